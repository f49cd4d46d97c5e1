// Before upgrade: with JavaScript off or the CDN down, each element's light-DOM content
// shows as written and its links work; the page's `:not(:defined)` rule reserves room.
import { expect } from '@open-wc/testing';
import { openPage, type TestPage } from './page.js';

function expectFallbackUsable(page: TestPage): void {
  for (const tag of ['benelux-news-list', 'benelux-theme-card', 'benelux-read-more']) {
    const el = page.doc.querySelector(tag)!;
    expect(el.matches(':not(:defined)'), `${tag} not upgraded`).to.equal(true);
    expect(el.shadowRoot, `${tag} has no shadow root`).to.equal(null);
    const child = el.firstElementChild!;
    expect(child.checkVisibility(), `${tag} content visible`).to.equal(true);
    expect(child.getBoundingClientRect().height, `${tag} content has height`).to.be.greaterThan(0);
  }
  const link = page.doc.querySelector<HTMLAnchorElement>('benelux-news-list > a')!;
  expect(link.href).to.equal(new URL('/fr/actualites/', page.doc.baseURI).href);
  link.focus();
  expect(page.doc.activeElement, 'fallback link takes focus').to.equal(link);
  const list = page.doc.querySelector('benelux-news-list')!;
  expect(list.getBoundingClientRect().height, ':not(:defined) reserves room').to.be.at.least(
    parseFloat(page.win.getComputedStyle(page.doc.documentElement).fontSize) * 6 - 1,
  );
}

describe('security: before the elements upgrade', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.close());

  it('JavaScript off: the light-DOM content is the page', async () => {
    page = await openPage({ js: 'off', body: 'fallback' });
    expectFallbackUsable(page);
  });

  it('CDN down: the same, and nothing reaches window.onerror', async () => {
    page = await openPage({ libs: ['down'], body: 'fallback' });
    expectFallbackUsable(page);
    expect(page.report.errors).to.deep.equal([]);
  });

  it('after the upgrade, the fallback link shows only in the error state', async () => {
    page = await openPage({ body: 'fallback' });
    const list = page.doc.querySelector('benelux-news-list')!;
    await page.harness.untilState(list, 'populated');
    expect(page.doc.querySelector('benelux-news-list > a')!.checkVisibility()).to.equal(false);
  });
});
