// content_html of every hostile case through both sanitizer engines (the Sanitizer API and
// DOMPurify), inside a page under the strict CSP with Trusted Types enforced, so DOMPurify
// runs through the documented "benelux-dompurify" policy.
import { expect } from '@open-wc/testing';
import { itemCases } from '../fixtures/hostile/corpus.mjs';
import { openPage, type TestPage } from './page.js';
import { expectHarmless, provoke } from './hostile.js';

describe('security: sanitizer engines on the hostile corpus', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.close());

  for (const engine of ['native', 'dompurify'] as const) {
    it(`${engine}: every case's content_html comes out harmless`, async () => {
      page = await openPage({ csp: 'strict' });
      const { sanitizeHtml } = (await page.harness.load(
        '/src/internal/sanitize.ts',
      )) as typeof import('../../src/internal/sanitize.js');
      const host = page.doc.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      page.doc.body.append(host);
      for (const c of itemCases) {
        if (typeof c.item.content_html !== 'string') continue;
        root.append(await sanitizeHtml(c.item.content_html, { baseUrl: page.doc.baseURI, engine }));
      }
      expect(root.childNodes.length).to.be.greaterThan(0);
      await provoke(page);
      // DOMPurify parses with DOMParser, whose inert document still reports a parsed
      // <base href> against base-uri; the <base> itself never leaves the sanitizer.
      expectHarmless(page, 'strict', engine, engine === 'dompurify' ? 'base-uri' : undefined);
    });

    it(`${engine}: 20 000 nested elements are cut at MAX_TAGS (no main-thread freeze)`, async () => {
      page = await openPage({ csp: 'strict' });
      const { sanitizeHtml, MAX_TAGS } = (await page.harness.load(
        '/src/internal/sanitize.ts',
      )) as typeof import('../../src/internal/sanitize.js');
      const html = '<b>'.repeat(20_000) + 'deep' + '</b>'.repeat(20_000);
      const fragment = await sanitizeHtml(html, { baseUrl: page.doc.baseURI, engine });
      const count = fragment.querySelectorAll('b').length;
      expect(count).to.be.within(1, MAX_TAGS);
    });
  }
});
