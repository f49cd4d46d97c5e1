// Shared checks of the hostile-corpus suites.
import { expect } from '@open-wc/testing';
import { dangers, scriptViolations, type Csp, type TestPage } from './page.js';

/** Let async work finish (sanitizer, image errors), then poke every element a payload could hook. */
export async function provoke(page: TestPage): Promise<void> {
  // Timers, not animation frames: a test tab in the background gets no frames.
  await new Promise((r) => setTimeout(r, 50));
  const all = (root: ParentNode): Element[] =>
    [...root.querySelectorAll('*')].flatMap((el) => [
      el,
      ...(el.shadowRoot ? all(el.shadowRoot) : []),
    ]);
  for (const el of all(page.doc)) {
    for (const type of ['mouseover', 'pointerover', 'focus', 'toggle', 'animationstart']) {
      el.dispatchEvent(new page.win.Event(type));
    }
  }
  await new Promise((r) => setTimeout(r, 20));
}

export function expectHarmless(page: TestPage, csp: Csp, what: string, alsoIgnore?: string): void {
  expect(page.report.xss, `script ran (${what})`).to.deep.equal([]);
  expect(page.report.errors, `uncaught (${what})`).to.deep.equal([]);
  expect(page.report.consoleErrors, `console.error (${what})`).to.deep.equal([]);
  expect(dangers(page.doc, page.doc.baseURI), `dangerous DOM (${what})`).to.deep.equal([]);
  if (csp !== 'none') {
    const violations = scriptViolations(page.report).filter((v) => v.directive !== alsoIgnore);
    expect(violations, `violations (${what})`).to.deep.equal([]);
  }
}
