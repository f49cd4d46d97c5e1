// Request recording: a page with all three elements (the CDN file, under the strict CSP,
// so any other origin would also show as a violation) asks only for its feed and the
// feed's images, and uses no cookie, Web Storage, IndexedDB, Cache API or service worker.
import { expect } from '@open-wc/testing';
import { uniqueKey } from '../support/helpers.js';
import { openPage, type TestPage } from './page.js';

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
    const card = harness.mount('benelux-theme-card', { lang: 'fr' });
    card.textContent = 'Généralités';
    const more = harness.mount('benelux-read-more', { lang: 'fr' });
    more.textContent = 'Lorem ipsum. '.repeat(100);
    await harness.untilState(list, 'populated');
    const images = [...list.shadowRoot!.querySelectorAll('img')];
    expect(images).to.have.length(3);
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
    // No feed here has content_html: the sanitizer's fallback (DOMPurify) is never fetched.
    expect(
      library.filter((p) => /purify/i.test(p)),
      'DOMPurify loaded',
    ).to.deep.equal([]);
    const widgetRequests = urls
      .filter((u) => isWidgetRequest(u.pathname))
      .map((u) => u.pathname + u.search)
      .sort();
    expect(widgetRequests).to.deep.equal(
      [feed, ...[1, 2, 3].map((n) => `/api/security/image.png?n=${n}&key=${key}`)].sort(),
    );
    const kinds = entries
      .filter((e) => isWidgetRequest(new URL(e.name).pathname))
      .map((e) => e.initiatorType)
      .sort();
    expect(kinds).to.deep.equal(['fetch', 'img', 'img', 'img']);

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
