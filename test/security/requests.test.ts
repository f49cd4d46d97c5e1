// Request recording: a page with all three elements (the CDN file, under the strict CSP,
// so any other origin would also show as a violation) asks only for its feed and the
// feed's images, and uses no cookie, Web Storage, IndexedDB, Cache API or service worker.
import { expect } from '@open-wc/testing';
import { uniqueKey } from '../support/helpers.js';
import { openPage, shadowRoots, type TestPage } from './page.js';

/** The page itself: harness and stylesheet. */
const PAGE_FILES = [
  '/test/security/harness.ts',
  '/test/security/harness-ready.ts',
  '/test/security/page.css',
];
/** The library: the CDN file and any lazy chunk of it. */
const isLibrary = (path: string) => path.startsWith('/dist/cdn/');
const isWidgetRequest = (path: string) => !PAGE_FILES.includes(path) && !isLibrary(path);

describe('security: requests, cookies and storage', () => {
  let page: TestPage | undefined;
  afterEach(() => {
    page?.close();
    document.cookie = 'benelux-probe=; path=/api/security/images; max-age=0';
  });

  it('a page with every element requests only the feed and its images', async () => {
    // A cookie the feed request would carry if the widget sent credentials.
    document.cookie = 'benelux-probe=1; path=/api/security/images; SameSite=Strict';
    page = await openPage({ libs: ['cdn'] });
    const { win, doc, harness } = page;
    const key = uniqueKey();
    const feed = `/api/security/images?key=${key}`;
    const list = harness.mount('benelux-news-list', { src: feed, lang: 'fr' }, '/news/');
    // The theme card reads the same feed (its item and latest news): still one feed request.
    const card = harness.mount('benelux-theme-card', {
      src: feed,
      item: 'theme-1',
      'news-limit': '3',
      lang: 'fr',
    });
    const more = harness.mount('benelux-read-more', { lang: 'fr' });
    more.textContent = 'Lorem ipsum. '.repeat(100);
    await Promise.all([
      harness.untilState(list, 'populated'),
      harness.untilState(card, 'populated'),
    ]);
    expect(list.shadowRoot!.querySelectorAll('img')).to.have.length(3);
    // Every image of every widget, the theme card's latest news included.
    const images = shadowRoots(doc).flatMap((root) => [...root.querySelectorAll('img')]);
    // The widget's images are lazy; a test tab running in the background never reaches
    // the lazy-load check, so ask for them now (same URLs, chosen by the widget).
    for (const img of images) img.loading = 'eager';
    await Promise.all(
      images.map(
        (img) =>
          img.complete ||
          new Promise((resolve) => {
            img.addEventListener('load', resolve, { once: true });
            img.addEventListener('error', resolve, { once: true });
          }),
      ),
    );
    expect(
      images.every((img) => img.naturalWidth === 1),
      'images loaded',
    ).to.equal(true);

    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const urls = entries.map((e) => new URL(e.name));
    expect(
      urls.filter((u) => u.origin !== win.location.origin),
      'third-party',
    ).to.deep.equal([]);
    const library = urls.filter((u) => isLibrary(u.pathname)).map((u) => u.pathname);
    expect(library).to.include('/dist/cdn/benelux-widgets.js');
    // The theme item's content_html is sanitized by the browser's Sanitizer API here: the
    // fallback (DOMPurify) is never fetched.
    expect(
      library.filter((p) => /purify/i.test(p)),
      'DOMPurify loaded',
    ).to.deep.equal([]);
    const widget = entries.filter((e) => isWidgetRequest(new URL(e.name).pathname));
    const path = (e: PerformanceResourceTiming) => {
      const u = new URL(e.name);
      return u.pathname + u.search;
    };
    // The feed exactly once (three widgets share it), by fetch; everything else its images.
    expect(widget.filter((e) => path(e) === feed).map((e) => e.initiatorType)).to.deep.equal([
      'fetch',
    ]);
    const others = widget.filter((e) => path(e) !== feed);
    expect([...new Set(others.map(path))].sort()).to.deep.equal(
      [1, 2, 3].map((n) => `/api/security/image.png?n=${n}&key=${key}`).sort(),
    );
    expect(new Set(others.map((e) => e.initiatorType))).to.deep.equal(new Set(['img']));

    expect(page.report.storage, 'storage use').to.deep.equal([]);
    expect(page.report.violations, 'CSP violations').to.deep.equal([]);
    expect(doc.cookie, 'cookies').to.equal('');
    const seen = await fetch(`/api/security/cookie-seen?key=${key}`).then((r) => r.json());
    expect(seen, 'the feed request carried a cookie').to.equal(false);
    // Control: a plain same-origin fetch of the same route does carry it.
    const control = uniqueKey();
    await fetch(`/api/security/images?key=${control}`);
    const controlSeen = await fetch(`/api/security/cookie-seen?key=${control}`);
    expect(await controlSeen.json(), 'control request carried the cookie').to.equal(true);
  });
});
