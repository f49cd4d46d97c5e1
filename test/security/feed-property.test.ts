// The `feed` property takes a JS object, which can hold what JSON cannot: getters that
// throw, proxies, cycles, symbols, BigInts, functions. None of it may reach the host page
// as an exception.
import { expect } from '@open-wc/testing';
import { dangers, openPage, type TestPage } from './page.js';

const item = (extra: object) => ({ id: 'x', title: 'ok', url: '/news/x', ...extra });

/** Built inside the page's realm so the objects are of the page, as a host's would be. */
function hostileObjects(win: Window & typeof globalThis): [string, unknown][] {
  const boom = () => {
    throw new win.Error('boom');
  };
  const cyclic: Record<string, unknown> = { id: 'c', title: 'cyclic' };
  cyclic.self = cyclic;
  cyclic._benelux = { related: [cyclic] };
  return [
    ['throwing items getter', Object.defineProperty({}, 'items', { get: boom, enumerable: true })],
    [
      'throwing item field',
      { items: [Object.defineProperty(item({}), 'title', { get: boom, enumerable: true })] },
    ],
    [
      'throwing _benelux field',
      {
        items: [
          item({ _benelux: Object.defineProperty({}, 'views', { get: boom, enumerable: true }) }),
        ],
      },
    ],
    [
      'proxy that throws on every trap',
      new win.Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom }),
    ],
    ['proxy items', { items: new win.Proxy([], { get: boom }) }],
    ['cyclic item', { items: [cyclic] }],
    ['symbol title', { items: [item({ title: win.Symbol('t') })] }],
    ['bigint views and id', { items: [item({ id: 10n, _benelux: { views: 5n } })] }],
    ['function fields', { items: [item({ url: () => 'javascript:alert(1)', title: boom })] }],
    [
      'toString/valueOf traps',
      { items: [item({ url: { toString: boom }, title: { valueOf: boom } })] },
    ],
    [
      'frozen and null-prototype',
      { items: [Object.freeze(Object.assign(Object.create(null), item({})))] },
    ],
    [
      'array with holes and a getter index',
      { items: Object.defineProperty([undefined, item({})], 0, { get: boom }) },
    ],
    [
      'Date and RegExp as fields',
      { items: [item({ date_published: new win.Date(), title: /x/ })] },
    ],
  ];
}

describe('security: hostile objects on the feed property', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.close());

  for (const tag of ['benelux-news-list', 'benelux-theme-card']) {
    it(`<${tag}>: nothing throws into the page`, async () => {
      page = await openPage({ csp: 'strict' });
      const cases = hostileObjects(page.win);
      const els = cases.map(([, value]) => {
        const el = page!.harness.mount(tag, { item: 'x' }) as HTMLElement & { feed: unknown };
        el.feed = value;
        return el;
      });
      // Not awaiting updateComplete: a host does not, so a failed update would surface as
      // an unhandled rejection, which the harness records.
      await new Promise((r) => setTimeout(r, 100));
      expect(page.report.errors, 'uncaught').to.deep.equal([]);
      expect(page.report.consoleErrors, 'console.error').to.deep.equal([]);
      expect(dangers(page.doc, page.doc.baseURI)).to.deep.equal([]);
      els.forEach((el, i) => {
        expect(el.getAttribute('state'), cases[i][0]).to.be.oneOf(['populated', 'empty', 'error']);
      });
    });
  }
});
