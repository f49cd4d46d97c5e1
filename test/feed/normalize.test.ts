import { expect } from '@open-wc/testing';
import { LIST_LIMIT, TEXT_LIMITS, normalizeFeed, parseFeed } from '../../src/feed/normalize.js';
import type { Feed, FeedItem } from '../../src/feed/types.js';
import { safeUrl } from '../../src/internal/url.js';

const BASE = 'https://police.example/fr/feeds/news.json';

function feedOf(raw: unknown, base = BASE): Feed {
  const result = normalizeFeed(raw, base);
  if (!result.ok) throw new Error(`expected a feed, got ${result.error.message}`);
  return result.feed;
}

/** The normalized item of a one-item feed (`id` added unless given). */
function one(fields: Record<string, unknown>): FeedItem {
  const items = feedOf({ items: [{ id: 'x', ...fields }] }).items;
  expect(items).to.have.length(1);
  return items[0];
}

describe('normalizeFeed: documents', () => {
  for (const raw of [null, 1, 'feed', true, [], [{ items: [] }]]) {
    it(`rejects ${JSON.stringify(raw)} as invalid`, () => {
      const result = normalizeFeed(raw, BASE);
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.error.kind).to.equal('invalid');
        expect(result.error.message).to.contain(BASE);
      }
    });
  }

  for (const items of [undefined, null, {}, 'items', 3, { 0: { id: 'a' }, length: 1 }]) {
    it(`rejects items = ${JSON.stringify(items)} as invalid`, () => {
      const result = normalizeFeed({ version: 'x', items }, BASE);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error.message).to.contain('"items" array');
    });
  }

  it('reads the feed-level fields and ignores unknown ones', () => {
    const feed = feedOf({
      version: 'https://jsonfeed.org/version/1.1',
      title: '  Actualité ',
      home_page_url: '/fr/',
      feed_url: 'news.json',
      language: 'fr-BE',
      next_url: 'news.json?page=2',
      expired: true,
      author: { name: 'ignored' },
      _benelux: { anything: 1 },
      items: [],
    });
    expect(feed).to.deep.equal({
      url: BASE,
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Actualité',
      homePageUrl: 'https://police.example/fr/',
      feedUrl: 'https://police.example/fr/feeds/news.json',
      language: 'fr-BE',
      nextUrl: 'https://police.example/fr/feeds/news.json?page=2',
      expired: true,
      items: [],
    });
  });

  it('drops feed-level fields of the wrong type, and keeps no undefined keys', () => {
    const feed = feedOf({
      title: 5,
      home_page_url: 'javascript:alert(1)',
      language: 'not a language!',
      next_url: ['x'],
      expired: 'yes',
      items: [],
    });
    expect(feed).to.deep.equal({ url: BASE, expired: false, items: [] });
    expect(Object.keys(feed)).to.have.members(['url', 'expired', 'items']);
  });
});

describe('normalizeFeed: items', () => {
  it('drops items without a usable id, and non-object items', () => {
    const feed = feedOf({
      items: [
        { title: 'no id' },
        { id: null },
        { id: '   ' },
        { id: {} },
        { id: [1] },
        { id: true },
        null,
        'x',
        42,
        [{ id: 'nested' }],
        { id: 'kept' },
      ],
    });
    expect(feed.items.map((i) => i.id)).to.deep.equal(['kept']);
  });

  it('turns numeric ids into strings and trims string ids', () => {
    const feed = feedOf({ items: [{ id: 7 }, { id: 0 }, { id: -1.5 }, { id: '  a b ' }] });
    expect(feed.items.map((i) => i.id)).to.deep.equal(['7', '0', '-1.5', 'a b']);
  });

  it('keeps the first of two items with one id (7 and "7" included)', () => {
    const feed = feedOf({
      items: [
        { id: 7, title: 'first' },
        { id: '7', title: 'second' },
      ],
    });
    expect(feed.items).to.have.length(1);
    expect(feed.items[0].title).to.equal('first');
  });

  it('reads every item field', () => {
    expect(
      one({
        id: 'news-1',
        url: 'https://police.example/fr/news/1',
        external_url: 'http://other.example/a',
        title: 'Titre',
        summary: 'Résumé',
        content_text: 'Texte',
        content_html: '<p>Texte</p>',
        image: '/img/1.jpg',
        date_published: '2020-07-16T10:00:00+02:00',
        date_modified: '2020-07-17T08:30:00Z',
        tags: ['police', 'justice'],
        language: 'nl-BE',
        _benelux: { views: 481, theme: 'senningen', related: ['news-2', 3], kind: 'theme' },
      }),
    ).to.deep.equal({
      id: 'news-1',
      url: 'https://police.example/fr/news/1',
      externalUrl: 'http://other.example/a',
      title: 'Titre',
      summary: 'Résumé',
      contentText: 'Texte',
      contentHtml: '<p>Texte</p>',
      image: 'https://police.example/img/1.jpg',
      datePublished: new Date('2020-07-16T08:00:00Z'),
      dateModified: new Date('2020-07-17T08:30:00Z'),
      tags: ['police', 'justice'],
      language: 'nl-BE',
      views: 481,
      theme: 'senningen',
      related: ['news-2', '3'],
      kind: 'theme',
    });
  });

  it('gives a minimal item only its id, empty lists and the news kind', () => {
    expect(one({})).to.deep.equal({ id: 'x', tags: [], related: [], kind: 'news' });
  });

  it('ignores unknown item fields', () => {
    expect(one({ author: { name: 'A' }, attachments: [], banner_image: 'a.png' })).to.deep.equal(
      one({}),
    );
  });
});

describe('normalizeFeed: plain text', () => {
  it('trims text fields and drops empty or non-string ones', () => {
    const item = one({ title: '  Titre \n', summary: '   ', content_text: 42, content_html: {} });
    expect(item.title).to.equal('Titre');
    expect(item).not.to.have.any.keys('summary', 'contentText', 'contentHtml');
  });

  it('caps each text field at its limit', () => {
    const long = (n: number) => 'a'.repeat(n + 10);
    const item = one({
      title: long(TEXT_LIMITS.title),
      summary: long(TEXT_LIMITS.summary),
      content_text: long(TEXT_LIMITS.contentText),
      content_html: long(TEXT_LIMITS.contentHtml),
      tags: [long(TEXT_LIMITS.tag)],
    });
    expect(item.title).to.have.length(TEXT_LIMITS.title);
    expect(item.summary).to.have.length(TEXT_LIMITS.summary);
    expect(item.contentText).to.have.length(TEXT_LIMITS.contentText);
    expect(item.contentHtml).to.have.length(TEXT_LIMITS.contentHtml);
    expect(item.tags[0]).to.have.length(TEXT_LIMITS.tag);
    const feed = feedOf({ items: [{ id: long(TEXT_LIMITS.id) }] });
    expect(feed.items[0].id).to.have.length(TEXT_LIMITS.id);
  });

  it('never cuts a surrogate pair in half', () => {
    const title = 'a'.repeat(TEXT_LIMITS.title - 1) + '😀😀';
    const cut = one({ title }).title!;
    expect(cut).to.equal('a'.repeat(TEXT_LIMITS.title - 1));
    expect(/[\ud800-\udbff]$/.test(cut)).to.equal(false);
  });

  it('keeps markup in text fields as text (it is never parsed here)', () => {
    expect(one({ title: '<img src=x onerror=alert(1)>' }).title).to.equal(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('reads tags as a de-duplicated list of strings, capped', () => {
    expect(one({ tags: [' police ', 'police', 3, null, {}, '', 'justice'] }).tags).to.deep.equal([
      'police',
      '3',
      'justice',
    ]);
    expect(one({ tags: 'police' }).tags).to.deep.equal([]);
    const many = Array.from({ length: LIST_LIMIT * 3 }, (_, i) => `t${i}`);
    expect(one({ tags: many }).tags).to.have.length(LIST_LIMIT);
  });

  it('keeps a language only when it looks like a language tag', () => {
    expect(one({ language: 'fr' }).language).to.equal('fr');
    expect(one({ language: 'de-LU' }).language).to.equal('de-LU');
    for (const language of ['', 'f', 'fr BE', '"><script>', 12, 'fr_BE']) {
      expect(one({ language }), String(language)).not.to.have.key('language');
    }
  });
});

describe('normalizeFeed: dates', () => {
  const cases: [string, string | undefined][] = [
    ['2020-07-16T10:00:00Z', '2020-07-16T10:00:00.000Z'],
    ['2020-07-16T10:00:00+02:00', '2020-07-16T08:00:00.000Z'],
    ['2020-07-16T10:00:00-05:30', '2020-07-16T15:30:00.000Z'],
    ['2020-07-16t10:00:00z', '2020-07-16T10:00:00.000Z'],
    ['2020-07-16 10:00:00Z', '2020-07-16T10:00:00.000Z'],
    ['2020-07-16T10:00:00.123456Z', '2020-07-16T10:00:00.123Z'],
    ['2020-07-16T10:00:00.1Z', '2020-07-16T10:00:00.100Z'],
    ['2020-07-16T10:00:00.12+02:00', '2020-07-16T08:00:00.120Z'],
    // Cut, not rounded: never the next second (nor the next year).
    ['2020-12-31T23:59:59.99999999999999999999Z', '2020-12-31T23:59:59.999Z'],
    ['2020-07-16 10:00:00.5z', '2020-07-16T10:00:00.500Z'],
    ['2020-07-16t10:00:00-00:00', '2020-07-16T10:00:00.000Z'],
    ['2020-07-16T00:00:00+23:59', '2020-07-15T00:01:00.000Z'],
    ['2021-01-31T12:00:00Z', '2021-01-31T12:00:00.000Z'],
    ['2021-04-30T12:00:00Z', '2021-04-30T12:00:00.000Z'],
    ['2021-12-31T23:59:59-12:00', '2022-01-01T11:59:59.000Z'],
    ['2400-02-29T00:00:00Z', '2400-02-29T00:00:00.000Z'],
    ['0000-02-29T00:00:00Z', '0000-02-29T00:00:00.000Z'],
    ['0004-02-29T12:00:00+01:00', '0004-02-29T11:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    [' 2020-07-16T10:00:00Z ', '2020-07-16T10:00:00.000Z'],
    ['2020-02-29T00:00:00Z', '2020-02-29T00:00:00.000Z'],
    ['2000-02-29T00:00:00Z', '2000-02-29T00:00:00.000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['0099-12-31T23:59:59Z', '0099-12-31T23:59:59.000Z'],
    ['2019-02-29T00:00:00Z', undefined],
    ['2019-02-29T00:00:00-05:00', undefined],
    ['1900-02-29T00:00:00Z', undefined],
    ['2100-02-29T00:00:00Z', undefined],
    ['0100-02-29T00:00:00Z', undefined],
    ['2021-02-30T00:00:00Z', undefined],
    ['2021-04-31T00:00:00Z', undefined],
    ['2021-06-31T00:00:00Z', undefined],
    ['2021-01-32T00:00:00Z', undefined],
    ['2021-13-01T00:00:00Z', undefined],
    ['2021-00-01T00:00:00Z', undefined],
    ['2021-01-00T00:00:00Z', undefined],
    ['2021-01-01T24:00:00Z', undefined],
    ['2021-01-01T23:60:00Z', undefined],
    ['2016-12-31T23:59:60Z', undefined],
    ['2021-01-01T00:00:00+24:00', undefined],
    ['2021-01-01T00:00:00+01:60', undefined],
    ['2021-01-01T00:00:00+0100', undefined],
    ['2021-01-01T00:00:00.Z', undefined],
    ['2021-01-01T00:00Z', undefined],
    ['2021-01-01T00:00:00ZZ', undefined],
    ['+002021-01-01T00:00:00Z', undefined],
    ['2021-1-01T00:00:00Z', undefined],
    ['２０２１-01-01T00:00:00Z', undefined],
    ['2021-01-01T00:00:00', undefined],
    ['2021-01-01', undefined],
    ['16 July 2020', undefined],
    ['Thu, 16 Jul 2020 10:00:00 GMT', undefined],
    ['', undefined],
    ['not a date', undefined],
  ];
  for (const [input, iso] of cases) {
    it(`${JSON.stringify(input)} → ${iso ?? 'absent'}`, () => {
      const item = one({ date_published: input, date_modified: input });
      if (iso === undefined) {
        expect(item).not.to.have.any.keys('datePublished', 'dateModified');
      } else {
        expect(item.datePublished!.toISOString()).to.equal(iso);
        expect(item.dateModified!.toISOString()).to.equal(iso);
      }
    });
  }

  it('drops dates that are not strings', () => {
    for (const value of [0, 1594886400000, null, {}, ['2020-07-16T10:00:00Z']]) {
      expect(one({ date_published: value })).not.to.have.key('datePublished');
    }
  });

  // Chromium reads "t", "z", a space or any number of fraction digits; other engines need
  // the ES date format (else NaN, or local time), so the cases above must reach Date in it.
  it('hands Date only strings in the ES date format', () => {
    const NativeDate = Date;
    const given: string[] = [];
    globalThis.Date = class extends NativeDate {
      constructor(value: string | number) {
        super(value);
        if (typeof value === 'string') given.push(value);
      }
    } as DateConstructor;
    try {
      for (const [input] of cases) one({ date_published: input });
    } finally {
      globalThis.Date = NativeDate;
    }
    expect(given).to.include('2020-07-16T10:00:00.500Z');
    const es = /^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d(\.\d{3})?(Z|[+-]\d\d:\d\d))?$/;
    for (const value of given) expect(value).to.match(es);
  });
});

describe('normalizeFeed: URLs', () => {
  it('resolves url, external_url and image against the feed URL', () => {
    const item = one({ url: 'news/1.html', external_url: '//cdn.example/x', image: '../img.png' });
    expect(item.url).to.equal('https://police.example/fr/feeds/news/1.html');
    expect(item.externalUrl).to.equal('https://cdn.example/x');
    expect(item.image).to.equal('https://police.example/fr/img.png');
  });

  for (const bad of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://police.example/uuid',
    'file:///etc/passwd',
    'mailto:a@b.c',
    'http://[::1',
    '',
    '   ',
  ]) {
    it(`drops ${JSON.stringify(bad)}`, () => {
      const item = one({ url: bad, external_url: bad, image: bad });
      expect(item).not.to.have.any.keys('url', 'externalUrl', 'image');
    });
  }

  it('drops URLs that are not strings', () => {
    const item = one({ url: 1, external_url: { href: 'https://a.example' }, image: ['x.png'] });
    expect(item).not.to.have.any.keys('url', 'externalUrl', 'image');
  });

  // Absolute URLs already in the parser's form are kept without parsing them (it is the
  // costly step); these are all near that form, and each must still come out as the
  // URL parser has it.
  const parsed: [string, string | undefined][] = [
    ['https://www.police.example/fr/news/1/', 'https://www.police.example/fr/news/1/'],
    [
      'http://a-b.c1.example/x_y~z/(1);a=b,c:d@e!$&*+?q=1/2?3',
      'http://a-b.c1.example/x_y~z/(1);a=b,c:d@e!$&*+?q=1/2?3',
    ],
    ['https://police.example', 'https://police.example/'],
    ['HTTPS://Police.Example/A', 'https://police.example/A'],
    ['https://police.example:443/a', 'https://police.example/a'],
    ['http://police.example:80/a', 'http://police.example/a'],
    ['https://police.example:8443/a', 'https://police.example:8443/a'],
    ['https://police.example/a/./b/../c', 'https://police.example/a/c'],
    ['https://police.example/a/%2e%2E/b', 'https://police.example/b'],
    ['https://police.example/.well-known/x', 'https://police.example/.well-known/x'],
    ['https://police.example/a?x=/./', 'https://police.example/a?x=/./'],
    ["https://police.example/l'a?b='c'", "https://police.example/l'a?b=%27c%27"],
    ['https://police.example/a b', 'https://police.example/a%20b'],
    ['https://police.example/é', 'https://police.example/%C3%A9'],
    ['https://police.example/a#top', 'https://police.example/a#top'],
    ['https://police.example\\a\\b', 'https://police.example/a/b'],
    ['https://xn--pollce-0ya.example/', 'https://xn--pollce-0ya.example/'],
    ['https://pölice.example/', 'https://xn--plice-jua.example/'],
    ['https://127.0.0.1/a', 'https://127.0.0.1/a'],
    ['https://0x7f.1/a', 'https://127.0.0.1/a'],
    ['https://police.example./a', 'https://police.example./a'],
    ['https://police.example@evil.example/', undefined],
    ['https://user:pass@police.example/', undefined],
    ['https:police.example/a', 'https://police.example/fr/feeds/police.example/a'],
  ];
  for (const [input, output] of parsed) {
    it(`reads ${JSON.stringify(input)} as the URL parser does`, () => {
      expect(safeUrl(input, BASE)).to.equal(output);
      const item = one({ url: input, external_url: input, image: input });
      expect([item.url, item.externalUrl, item.image]).to.deep.equal([output, output, output]);
    });
  }
});

describe('normalizeFeed: _benelux', () => {
  it('keeps views only as a non-negative safe integer', () => {
    expect(one({ _benelux: { views: 0 } }).views).to.equal(0);
    expect(one({ _benelux: { views: 1925 } }).views).to.equal(1925);
    for (const views of [-1, 1.5, '481', NaN, Infinity, 2 ** 53, null, true]) {
      expect(one({ _benelux: { views } }), String(views)).not.to.have.key('views');
    }
  });

  it('keeps theme only as a non-empty string', () => {
    expect(one({ _benelux: { theme: ' senningen ' } }).theme).to.equal('senningen');
    for (const theme of [1, ['a'], {}, '', null]) {
      expect(one({ _benelux: { theme } })).not.to.have.key('theme');
    }
  });

  it('reads related as ids (numbers become strings), never the item itself', () => {
    expect(
      one({ _benelux: { related: ['a', 2, 'x', 'a', null, { id: 'b' }] } }).related,
    ).to.deep.equal(['a', '2']);
    expect(one({ _benelux: { related: 'a' } }).related).to.deep.equal([]);
  });

  it('keeps LIST_LIMIT related ids besides the item itself', () => {
    const others = Array.from({ length: LIST_LIMIT + 5 }, (_, i) => `r${i}`);
    const { related } = one({ _benelux: { related: ['x', ...others] } });
    expect(related).to.deep.equal(others.slice(0, LIST_LIMIT));
  });

  it('reads kind: theme, else news', () => {
    expect(one({ _benelux: { kind: 'theme' } }).kind).to.equal('theme');
    for (const kind of ['news', 'THEME', 'other', 1, null]) {
      expect(one({ _benelux: { kind } }).kind).to.equal('news');
    }
  });

  it('drops wrong fields one by one and keeps the item and the right ones', () => {
    const item = one({
      title: 'Kept',
      _benelux: { views: '12', theme: 7, related: ['r1'], kind: 'theme', unknown: { x: 1 } },
    });
    expect(item).to.deep.equal({
      id: 'x',
      title: 'Kept',
      tags: [],
      related: ['r1'],
      kind: 'theme',
    });
  });

  for (const ext of [null, 'x', 3, ['views'], true]) {
    it(`ignores _benelux = ${JSON.stringify(ext)}`, () => {
      expect(one({ _benelux: ext })).to.deep.equal({
        id: 'x',
        tags: [],
        related: [],
        kind: 'news',
      });
    });
  }
});

describe('normalizeFeed: hostile keys', () => {
  it('reads __proto__ and constructor keys as plain data, never as fields', () => {
    const raw: unknown = JSON.parse(`{
      "__proto__": { "items": [{ "id": "inherited" }] },
      "constructor": { "prototype": { "polluted": true } },
      "items": [
        { "id": "p1", "__proto__": { "title": "from proto", "url": "javascript:alert(1)" },
          "_benelux": { "__proto__": { "views": 5, "kind": "theme" }, "views": 7 } },
        { "__proto__": { "id": "inherited" } },
        { "id": "constructor", "tags": ["__proto__", "hasOwnProperty"] }
      ]
    }`);
    const feed = feedOf(raw);
    expect(feed.items).to.deep.equal([
      { id: 'p1', tags: [], related: [], kind: 'news', views: 7 },
      { id: 'constructor', tags: ['__proto__', 'hasOwnProperty'], related: [], kind: 'news' },
    ]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(feed)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(feed.items[0])).to.equal(Object.prototype);
  });

  it('does not read inherited fields from an object with a prototype', () => {
    const raw = Object.create({ items: [{ id: 'a' }] }) as object;
    expect(normalizeFeed(raw, BASE).ok).to.equal(false);
  });
});

describe('parseFeed', () => {
  it('parses and normalizes JSON text', () => {
    const result = parseFeed('{"items":[{"id":1}]}', BASE);
    expect(result.ok && result.feed.items[0].id).to.equal('1');
  });

  for (const [body, hint] of [
    ['<!doctype html><p>Not found</p>', 'HTML'],
    ['', 'empty'],
    ['{"items":[', ''],
    ["{'items':[]}", ''],
  ]) {
    it(`reports ${JSON.stringify(body.slice(0, 20))} as not-json`, () => {
      const result = parseFeed(body, BASE);
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.error.kind).to.equal('not-json');
        expect(result.error.message).to.contain(BASE).and.contain(hint);
      }
    });
  }

  it('reports valid JSON that is not a feed as invalid', () => {
    const result = parseFeed('[1,2,3]', BASE);
    expect(!result.ok && result.error.kind).to.equal('invalid');
  });
});
