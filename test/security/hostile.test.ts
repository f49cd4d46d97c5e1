// The hostile feed corpus (test/fixtures/hostile/corpus.mjs, 200+ cases) through every
// element, with the strict CSP and without any. Cases are batched: one page per batch,
// one feed per range of cases, a news list per feed and a theme card per case.
import { expect } from '@open-wc/testing';
import { docCases, hostileUrls, itemCases } from '../fixtures/hostile/corpus.mjs';
import { uniqueKey } from '../support/helpers.js';
import { expectHarmless, provoke } from './hostile.js';
import { openPage, type Csp, type TestPage } from './page.js';

const SETTLED = ['populated', 'empty', 'error', 'stale'];
const HTML_CLASSES = new Set(['owasp', 'mxss', 'namespace', 'structural', 'css']);

/** Ranges of item cases [from, to) shown together; oversized cases get a feed each. */
function batches(size = 40): [number, number][][] {
  const pages: [number, number][][] = [];
  const oversized: [number, number][] = [];
  let start = 0;
  const flush = (end: number) => {
    for (let i = start; i < end; i += size) pages.push([[i, Math.min(i + size, end)]]);
  };
  itemCases.forEach((c, i) => {
    if (c.class === 'oversized') {
      flush(i);
      oversized.push([i, i + 1]);
      start = i + 1;
    }
  });
  flush(itemCases.length);
  return [...pages, oversized];
}

function settled(page: TestPage, el: Element): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => SETTLED.includes(el.getAttribute('state') ?? '');
    if (check()) return resolve();
    const timer = setTimeout(
      () => reject(new Error(`${el.localName} stayed "${el.getAttribute('state')}"`)),
      15000,
    );
    new page.win.MutationObserver((_, observer) => {
      if (!check()) return;
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    }).observe(el, { attributes: true, attributeFilter: ['state'] });
  });
}

describe(`security: hostile feed corpus (${itemCases.length + docCases.length} cases)`, () => {
  it('has at least 200 cases', () => {
    expect(itemCases.length + docCases.length).to.be.at.least(200);
  });

  const MODES: [Csp, 'off' | undefined, string][] = [
    ['strict', undefined, 'under the strict CSP'],
    ['none', undefined, 'without a CSP'],
    ['strict', 'off', 'under the strict CSP, DOMPurify instead of the Sanitizer API'],
  ];
  for (const [csp, sanitizer, title] of MODES) {
    describe(title, () => {
      // DOMPurify's DOMParser document reports a parsed <base href> against base-uri.
      const parseNoise = sanitizer === 'off' ? 'base-uri' : undefined;
      let page: TestPage | undefined;
      afterEach(() => page?.close());

      for (const ranges of batches()) {
        const ids = ranges.flatMap(([from, to]) => itemCases.slice(from, to).map((c) => c.id));
        it(`item cases ${ids[0]} … ${ids.at(-1)}`, async () => {
          page = await openPage({ csp, sanitizer });
          const waits: Promise<void>[] = [];
          const lists: HTMLElement[] = [];
          for (const [from, to] of ranges) {
            const key = uniqueKey();
            const list = page.harness.mount(
              'benelux-news-list',
              { src: `/api/security/hostile?from=${from}&to=${to}&key=${key}`, limit: '100' },
              '/news/',
            );
            lists.push(list);
            waits.push(settled(page, list));
            const themeSrc = `/api/security/hostile?from=${from}&to=${to}&kind=theme&key=${key}`;
            for (const c of itemCases.slice(from, to)) {
              if (typeof c.item.id !== 'string') continue;
              const card = page.harness.mount('benelux-theme-card', {
                src: themeSrc,
                item: c.item.id.trim().slice(0, 500),
              });
              waits.push(settled(page, card));
            }
          }
          await Promise.all(waits);
          await provoke(page);
          expectHarmless(page, csp, ids.join(' '), parseNoise);

          // Text fields are text: an HTML payload title shows as the characters it is.
          for (const [from, to] of ranges) {
            for (const c of itemCases.slice(from, to)) {
              if (!HTML_CLASSES.has(c.class)) continue;
              const title = String(c.item.title).trim();
              const links = lists.flatMap((l) => [
                ...l.shadowRoot!.querySelectorAll('a[part="link"]'),
              ]);
              const link = links.find((a) => a.getAttribute('href')?.endsWith(`/news/${c.id}`));
              expect(link, `item ${c.id} listed`).to.not.equal(undefined);
              expect(link!.textContent, c.id).to.equal(title);
            }
          }

          // Bidi overrides and invisible characters stay inside the title: it is alone in
          // its own block (a bidi paragraph), so it cannot reorder the date or other items.
          for (const [from, to] of ranges) {
            for (const c of itemCases.slice(from, to)) {
              if (c.class !== 'unicode') continue;
              const item = lists
                .flatMap((l) => [...l.shadowRoot!.querySelectorAll('[part="item"]')])
                .find((a) => a.querySelector(`a[href$="/news/${c.id}"]`));
              expect(item, `item ${c.id} listed`).to.not.equal(undefined);
              const heading = item!.querySelector('[part="title"]')!;
              expect(heading.textContent!.trim(), c.id).to.equal(String(c.item.title).trim());
              expect(page.win.getComputedStyle(heading).display, c.id).to.not.match(/^inline/);
            }
          }
        });
      }

      it(`document cases (${docCases.length}): wrong types, not JSON, too large`, async () => {
        page = await openPage({ csp, sanitizer });
        const waits = docCases.flatMap((c) => {
          const src = `/api/security/doc?id=${c.id}&key=${uniqueKey()}`;
          const list = page!.harness.mount('benelux-news-list', { src }, '/news/');
          const card = page!.harness.mount('benelux-theme-card', { src, item: 'ok' });
          return [settled(page!, list), settled(page!, card)];
        });
        await Promise.all(waits);
        await provoke(page);
        expectHarmless(page, csp, 'documents', parseNoise);
      });

      it('document and item cases as inline <script type="application/feed+json"> feeds', async () => {
        page = await openPage({ csp, sanitizer, body: 'inline' });
        const els = [...page.doc.querySelectorAll('benelux-news-list, benelux-theme-card')];
        expect(els.length).to.be.greaterThan(2 * docCases.length);
        await Promise.all(els.map((el) => settled(page!, el)));
        await provoke(page);
        expectHarmless(page, csp, 'inline feeds', parseNoise);
      });

      it(`hostile URLs (${hostileUrls.length}) as <benelux-read-more href>`, async () => {
        page = await openPage({ csp, sanitizer });
        const els = hostileUrls.map((href) => {
          const el = page!.harness.mount('benelux-read-more', { href, lines: '1' });
          el.textContent = 'Lorem ipsum dolor sit amet. '.repeat(40);
          return el as HTMLElement & { updateComplete: Promise<void> };
        });
        await Promise.all(els.map((el) => el.updateComplete));
        await provoke(page);
        expectHarmless(page, csp, 'read-more href', parseNoise);
      });
    });
  }
});
