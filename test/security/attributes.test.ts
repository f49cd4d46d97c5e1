// Odd or hostile attribute values (a CMS may fill them from user input): nothing throws,
// nothing dangerous is rendered, every feed element still reaches a state.
import { expect } from '@open-wc/testing';
import { uniqueKey } from '../support/helpers.js';
import { dangers, openPage, type TestPage } from './page.js';

const ODD = [
  '',
  '-1',
  '0',
  '1e308',
  'NaN',
  'Infinity',
  '9999999999999999999999',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><script>alert(1)</script>',
  '\u202Eevil',
  'x'.repeat(10_000),
];

const ATTRS: Record<string, string[]> = {
  'benelux-news-list': [
    'lang',
    'limit',
    'theme',
    'tag',
    'related-to',
    'heading-level',
    'layout',
    'refresh',
    'target',
    'fallback-src',
  ],
  'benelux-theme-card': ['lang', 'item', 'heading-level', 'lines', 'news-limit', 'theme', 'href'],
  'benelux-read-more': ['lang', 'lines', 'href', 'label'],
};

describe('security: odd attribute values', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.close());

  for (const [tag, names] of Object.entries(ATTRS)) {
    it(`<${tag}>: ${names.length} attributes x ${ODD.length} values`, async () => {
      page = await openPage({ csp: 'strict' });
      const els: HTMLElement[] = [];
      for (const name of names) {
        for (const value of ODD) {
          const attrs: Record<string, string> = { [name]: value };
          if (tag !== 'benelux-read-more') {
            attrs.src ??= `/demo/feeds/news.fr.json?key=${uniqueKey()}`;
            if (tag === 'benelux-theme-card' && name !== 'item') attrs.item = 'theme-senningen';
          }
          const el = page.harness.mount(tag, attrs, '/news/');
          if (tag === 'benelux-read-more') el.append('Lorem ipsum dolor sit amet. '.repeat(30));
          els.push(el);
        }
      }
      // And the same values given to `src` itself.
      if (tag !== 'benelux-read-more') {
        for (const value of ODD) els.push(page.harness.mount(tag, { src: value }, '/news/'));
      }
      await new Promise((r) => setTimeout(r, 300));
      if (tag !== 'benelux-read-more') {
        await Promise.all(
          els
            .filter((el) => el.hasAttribute('src') && el.getAttribute('src') !== '')
            .map((el) =>
              el.getAttribute('state') === 'loading'
                ? new Promise<void>((resolve) => {
                    new page!.win.MutationObserver((_, o) => {
                      if (el.getAttribute('state') === 'loading') return;
                      o.disconnect();
                      resolve();
                    }).observe(el, { attributes: true, attributeFilter: ['state'] });
                  })
                : undefined,
            ),
        );
      }
      expect(page.report.errors, 'uncaught').to.deep.equal([]);
      expect(page.report.consoleErrors, 'console.error').to.deep.equal([]);
      expect(page.report.xss, 'script ran').to.deep.equal([]);
      expect(page.report.violations, 'violations').to.deep.equal([]);
      expect(dangers(page.doc, page.doc.baseURI)).to.deep.equal([]);
    });
  }
});
