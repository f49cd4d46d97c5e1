import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LIST_LIMIT, TEXT_LIMITS, normalizeFeed, parseFeed } from '../../src/feed/normalize.js';
import type { Feed, FeedItem } from '../../src/feed/types.js';
import { safeUrl } from '../../src/internal/url.js';

const RUNS = { numRuns: 1000 };
const BASE = 'https://police.example/fr/feeds/news.json';

// Values aimed at the rules: URLs of every scheme, RFC 3339-ish dates, hostile keys.
const urlish = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
    'blob:x',
    'file:///x',
    '//cdn.example/a.png',
    '/a/b',
    '../c?d#e',
    'https://ok.example/',
    'http://[::1',
    'mailto:x@y.z',
  ),
  fc.webUrl(),
  fc.string(),
);
const dateish = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 61 }),
      fc.constantFrom('Z', 'z', '+02:00', '-05:30', '+24:00', '+23:59', '', '+0200'),
    )
    .map(
      ([y, mo, d, h, mi, s, z]) =>
        `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T` +
        `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}:${String(s).padStart(2, '0')}${z}`,
    ),
  fc.string(),
);

// URLs at the edge of the form that is kept without parsing: an absolute URL in the form
// the URL parser writes, with at most one of its parts replaced by something the parser
// rewrites or refuses.
const plainLabel = fc.stringMatching(/^[a-z0-9]{1,5}(-[a-z0-9]{1,3})?$/);
const plainPath = fc.stringMatching(/^[-\w.~!$&()*+,;=:@]{0,6}$/);
const plainQuery = fc.stringMatching(/^[-\w.~!$&()*+,;=:@/?]{0,6}$/);
const URL_PARTS = {
  scheme: [
    fc.constantFrom('https://', 'http://'),
    fc.constantFrom('HTTPS://', 'Http://', 'ftp://', 'https:', 'https:/', 'https//', 'https:///'),
  ],
  user: [fc.constant(''), fc.constantFrom('user@', 'a:b@', ':@', 'police.example@')],
  host: [
    fc.array(plainLabel, { minLength: 1, maxLength: 3 }),
    fc.array(
      fc.oneof(
        plainLabel,
        fc.stringMatching(/^[-a-zA-Z0-9_\\%\u00e9]{0,6}$/),
        fc.constantFrom('xn--', 'xn--ls8h', 'a--b', '-a', 'a-', '127', '0x7f', '1e1', ''),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  ],
  tld: [
    fc.stringMatching(/^[a-z]{1,6}$/),
    fc.constantFrom('', '123', '0x7f', 'COM', 'xn--p1ai', 'a1', 'a-b', 'com.'),
  ],
  port: [fc.constant(''), fc.constantFrom(':443', ':80', ':8080', ':', ':0443')],
  path: [
    fc.array(plainPath, { minLength: 1, maxLength: 3 }),
    fc.array(
      fc.oneof(
        plainPath,
        fc.stringMatching(/^[-\w.~!$&()*+,;=:@%'"<>\\^`{|} \u00e9\t]{1,6}$/),
        fc.constantFrom('.', '..', '%2e', '.%2E', '%41', '%zz', '.a', 'a.'),
      ),
      { maxLength: 4 },
    ),
  ],
  query: [
    fc.option(plainQuery, { nil: undefined }),
    fc.stringMatching(/^[-\w.~!$&()*+,;=:@/?%'"<>#\\ \u00e9]{1,6}$/),
  ],
  fragment: [fc.constant(undefined), fc.stringMatching(/^[a-z0-9/?#%' ]{0,4}$/)],
} as const;
type UrlPart = keyof typeof URL_PARTS;
const nearPlainUrl = fc
  .constantFrom<(UrlPart | undefined)[]>(undefined, ...(Object.keys(URL_PARTS) as UrlPart[]))
  .chain((odd) =>
    fc.record(
      Object.fromEntries(
        Object.entries(URL_PARTS).map(([k, [plain, other]]) => [k, k === odd ? other : plain]),
      ) as { [K in UrlPart]: fc.Arbitrary<string | string[] | undefined> },
    ),
  )
  .map(({ scheme, user, host, tld, port, path, query, fragment }) => {
    const p = path as string[];
    return (
      `${scheme}${user}${[...(host as string[]), tld].join('.')}${port}` +
      `${p.map((x) => `/${x}`).join('')}${p.length ? '' : '/'}` +
      `${query === undefined ? '' : `?${query}`}${fragment === undefined ? '' : `#${fragment}`}`
    );
  });

const anyValue = fc.oneof(fc.jsonValue(), urlish, dateish);
const field = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, anyValue);
const hostile = fc.dictionary(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
  fc.jsonValue(),
);

const benelux = fc.record(
  {
    views: field(fc.integer({ min: -5, max: 10_000 })),
    theme: field(fc.string()),
    related: field(fc.array(fc.oneof(fc.string(), fc.integer()))),
    kind: field(fc.constantFrom('news', 'theme')),
  },
  { requiredKeys: [] },
);
const item = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.record(
          {
            id: field(fc.oneof(fc.string(), fc.integer(), fc.double())),
            url: urlish,
            external_url: urlish,
            image: urlish,
            title: field(fc.string()),
            summary: field(fc.string()),
            content_text: field(fc.string()),
            content_html: field(fc.string()),
            date_published: dateish,
            date_modified: dateish,
            tags: field(fc.array(fc.oneof(fc.string(), fc.integer()))),
            language: field(fc.constantFrom('fr', 'nl-BE', 'de_LU', 'x', '')),
            _benelux: field(benelux),
          },
          { requiredKeys: [] },
        ),
        hostile,
      )
      .map(([fields, keys]) => ({ ...keys, ...fields })),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
);
const feedish = fc.record(
  {
    version: field(fc.string()),
    title: field(fc.string()),
    home_page_url: urlish,
    feed_url: urlish,
    next_url: urlish,
    language: field(fc.string()),
    expired: field(fc.boolean()),
    items: fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { maxLength: 8 }) },
      { weight: 1, arbitrary: fc.jsonValue() },
    ),
  },
  { requiredKeys: [] },
);
const anyDocument = fc.oneof(fc.jsonValue(), feedish);

/** What the URL parser makes of a value under safeUrl's rule (http(s), no credentials). */
function parsedUrl(value: string): string | undefined {
  const s = value.trim();
  if (!s) return undefined;
  try {
    const u = new URL(s, BASE);
    return /^https?:$/.test(u.protocol) && !u.username && !u.password ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function isHttpUrl(value: string): boolean {
  const u = new URL(value);
  return (u.protocol === 'http:' || u.protocol === 'https:') && u.href === value;
}

function isText(value: unknown, max: number): boolean {
  return (
    typeof value === 'string' && value.length > 0 && value.length <= max && value === value.trim()
  );
}

/** Throws (with the reason) unless `item` is a valid, safe `FeedItem`. */
function checkItem(it: FeedItem): void {
  const fail = (why: string) => {
    throw new Error(`${why}: ${JSON.stringify(it)}`);
  };
  if (!isText(it.id, TEXT_LIMITS.id)) fail('id');
  for (const key of ['url', 'externalUrl', 'image'] as const) {
    if (key in it && !isHttpUrl(it[key]!)) fail(key);
  }
  for (const key of ['datePublished', 'dateModified'] as const) {
    if (key in it && !(it[key] instanceof Date && Number.isFinite(it[key].getTime()))) fail(key);
  }
  for (const key of ['title', 'summary', 'contentText', 'contentHtml'] as const) {
    if (key in it && !isText(it[key], TEXT_LIMITS[key])) fail(key);
  }
  if (!Array.isArray(it.tags) || it.tags.length > LIST_LIMIT) fail('tags');
  if (!it.tags.every((t) => isText(t, TEXT_LIMITS.tag))) fail('tag');
  if (new Set(it.tags).size !== it.tags.length) fail('duplicate tag');
  if (!Array.isArray(it.related) || it.related.length > LIST_LIMIT) fail('related');
  if (!it.related.every((r) => isText(r, TEXT_LIMITS.id) && r !== it.id)) fail('related id');
  if ('views' in it && !(Number.isSafeInteger(it.views) && it.views! >= 0)) fail('views');
  if ('theme' in it && !isText(it.theme, TEXT_LIMITS.id)) fail('theme');
  if (it.kind !== 'news' && it.kind !== 'theme') fail('kind');
  if ('language' in it && !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(it.language!)) fail('lang');
  for (const [key, value] of Object.entries(it)) if (value === undefined) fail(`undefined ${key}`);
  if (Object.getPrototypeOf(it) !== Object.prototype) fail('prototype');
}

function checkFeed(feed: Feed): void {
  if (feed.url !== BASE || typeof feed.expired !== 'boolean' || !Array.isArray(feed.items)) {
    throw new Error(`feed shape: ${JSON.stringify(feed)}`);
  }
  for (const key of ['homePageUrl', 'feedUrl', 'nextUrl'] as const) {
    if (key in feed && !isHttpUrl(feed[key]!)) throw new Error(`feed ${key}: ${feed[key]}`);
  }
  const ids = feed.items.map((i) => i.id);
  if (new Set(ids).size !== ids.length) throw new Error('duplicate ids');
  feed.items.forEach(checkItem);
}

describe('normalizeFeed properties (fast-check)', () => {
  it('any JSON value gives a valid Feed or an invalid error, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const result = normalizeFeed(raw, BASE);
        if (result.ok) checkFeed(result.feed);
        else expect(result.error.kind).to.equal('invalid');
      }),
      RUNS,
    );
  });

  it('any feed-shaped document gives a valid Feed or an invalid error', () => {
    fc.assert(
      fc.property(anyDocument, (raw) => {
        const result = normalizeFeed(raw, BASE);
        if (result.ok) checkFeed(result.feed);
        else expect(result.error.kind).to.equal('invalid');
      }),
      RUNS,
    );
  });

  it('every output URL is an absolute http(s) URL', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), urlish, (items, next) => {
        const result = normalizeFeed({ items, next_url: next, home_page_url: next }, BASE);
        expect(result.ok).to.equal(true);
        if (!result.ok) return;
        const urls = [result.feed.nextUrl, result.feed.homePageUrl].concat(
          result.feed.items.flatMap((i) => [i.url, i.externalUrl, i.image]),
        );
        for (const u of urls) if (u !== undefined) expect(isHttpUrl(u), u).to.equal(true);
      }),
      RUNS,
    );
  });

  it('every URL comes out exactly as the URL parser makes it, parsed here or not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nearPlainUrl,
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          urlish,
        ),
        (value) => {
          const result = normalizeFeed(
            { items: [{ id: 1, url: value, external_url: value, image: value }] },
            BASE,
          );
          // safeUrl keeps a URL in the parser's form without parsing it: same result.
          const expected = parsedUrl(value);
          expect(safeUrl(value, BASE), value).to.equal(expected);
          const it = result.ok ? result.feed.items[0] : undefined;
          expect([it?.url, it?.externalUrl, it?.image], value).to.deep.equal([
            expected,
            expected,
            expected,
          ]);
        },
      ),
      RUNS,
    );
  });

  it('every output date is a valid Date naming exactly the fields written', () => {
    fc.assert(
      fc.property(dateish, (value) => {
        const result = normalizeFeed({ items: [{ id: 1, date_published: value }] }, BASE);
        const d = result.ok ? result.feed.items[0].datePublished : undefined;
        if (d === undefined) return;
        expect(Number.isFinite(d.getTime())).to.equal(true);
        // Read back at the string's own offset, the date shows the same calendar fields:
        // no rolled-over day (2019-02-29 → March 1st) was accepted.
        const m =
          /^(\d{4})-(\d\d)-(\d\d).(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:[Zz]|([+-])(\d\d):(\d\d))$/.exec(
            value.trim(),
          );
        expect(m, value).not.to.equal(null);
        const offset = m![7] ? (m![7] === '-' ? -1 : 1) * (Number(m![8]) * 60 + Number(m![9])) : 0;
        const at = new Date(d.getTime() + offset * 60_000);
        const fields = [
          at.getUTCFullYear(),
          at.getUTCMonth() + 1,
          at.getUTCDate(),
          at.getUTCHours(),
          at.getUTCMinutes(),
          at.getUTCSeconds(),
        ];
        expect(fields, value).to.deep.equal(m!.slice(1, 7).map(Number));
      }),
      RUNS,
    );
  });

  it('every date-time with its fields in range is kept, to the millisecond', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    // Days in a month, from the Gregorian calendar's 400-year cycle (Date.UTC reads years
    // 0-99 as 1900-1999).
    const days = (y: number, mo: number) =>
      new Date(Date.UTC(2000 + (y % 400), mo, 0)).getUTCDate();
    const valid = fc
      .record({
        y: fc.integer({ min: 0, max: 9999 }),
        mo: fc.integer({ min: 1, max: 12 }),
        d: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant(31)),
        h: fc.integer({ min: 0, max: 23 }),
        mi: fc.integer({ min: 0, max: 59 }),
        s: fc.integer({ min: 0, max: 59 }),
        fraction: fc.option(fc.stringMatching(/^[0-9]{1,20}$/), { nil: '' }),
        t: fc.constantFrom('T', 't', ' '),
        zone: fc.oneof(
          fc.constantFrom('Z', 'z'),
          fc.tuple(
            fc.constantFrom(1, -1),
            fc.integer({ min: 0, max: 23 }),
            fc.integer({ min: 0, max: 59 }),
          ),
        ),
      })
      .map((f) => ({ ...f, d: Math.min(f.d, days(f.y, f.mo)) }));
    fc.assert(
      fc.property(valid, ({ y, mo, d, h, mi, s, fraction, t, zone }) => {
        const offset =
          typeof zone === 'string'
            ? ''
            : `${zone[0] < 0 ? '-' : '+'}${pad(zone[1])}:${pad(zone[2])}`;
        const value =
          `${pad(y, 4)}-${pad(mo)}-${pad(d)}${t}${pad(h)}:${pad(mi)}:${pad(s)}` +
          `${fraction && `.${fraction}`}${offset || zone}`;
        const expected = new Date(0);
        expected.setUTCFullYear(y, mo - 1, d);
        // Milliseconds: the fraction's first three digits (cut, not rounded).
        expected.setUTCHours(h, mi, s, Number((fraction + '00').slice(0, 3)));
        const minutes = typeof zone === 'string' ? 0 : zone[0] * (zone[1] * 60 + zone[2]);
        const result = normalizeFeed({ items: [{ id: 1, date_published: value }] }, BASE);
        const got = result.ok ? result.feed.items[0].datePublished : undefined;
        expect(got?.getTime(), value).to.equal(expected.getTime() - minutes * 60_000);
      }),
      RUNS,
    );
  });

  it('a date-time with a field out of range is refused', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const days = (y: number, mo: number) =>
      new Date(Date.UTC(2000 + (y % 400), mo, 0)).getUTCDate();
    const fields = fc.tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
    );
    // One field, chosen by `which`, is set past its range (the day: past its month's end).
    const invalid = fc
      .tuple(fields, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 99 }))
      .map(([f, which, n]) => {
        const out = [...f];
        const y = f[0];
        const mo = f[1];
        out[which] = [
          y,
          n % 2 ? 0 : 13 + (n % 87),
          n % 3 ? days(y, mo) + 1 + (n % (32 - days(y, mo))) : 0,
          24 + (n % 76),
          60 + (n % 40),
          60 + (n % 40),
          24 + (n % 76),
          60 + (n % 40),
        ][which];
        return which === 0 ? null : out;
      })
      .filter((f): f is number[] => f !== null)
      .map(
        ([y, mo, d, h, mi, s, oh, om]) =>
          `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+${pad(oh)}:${pad(om)}`,
      );
    fc.assert(
      fc.property(invalid, (value) => {
        const result = normalizeFeed({ items: [{ id: 1, date_published: value }] }, BASE);
        expect(result.ok && result.feed.items[0], value).not.to.have.property('datePublished');
      }),
      RUNS,
    );
  });

  it('real dates survive the round trip', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const result = normalizeFeed(
            { items: [{ id: 1, date_published: d.toISOString() }] },
            BASE,
          );
          expect(result.ok && result.feed.items[0].datePublished?.getTime()).to.equal(d.getTime());
        },
      ),
      RUNS,
    );
  });

  it('any text gives a Feed, a not-json or an invalid error, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          anyDocument.map((d) => JSON.stringify(d).slice(0, -1)),
        ),
        (body) => {
          const result = parseFeed(body, BASE);
          if (result.ok) checkFeed(result.feed);
          else expect(result.error.kind).to.be.oneOf(['not-json', 'invalid']);
        },
      ),
      RUNS,
    );
  });

  it('leaves the input untouched and Object.prototype clean', () => {
    fc.assert(
      fc.property(anyDocument, (raw) => {
        const before = JSON.stringify(raw);
        normalizeFeed(raw, BASE);
        expect(JSON.stringify(raw)).to.equal(before);
        expect(Object.keys(Object.prototype)).to.deep.equal([]);
      }),
      RUNS,
    );
  });
});
