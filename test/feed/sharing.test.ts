// One page-wide store: shared requests, aborts when the last subscriber leaves, paging,
// isolated listeners; FeedElement's sources on a small element; and real widgets on one page.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-list.js';
import { subscribe, type FeedSnapshot } from '../../src/feed/store.js';
import type { Feed } from '../../src/feed/types.js';
import { FeedElement, type FeedState } from '../../src/internal/feed-element.js';
import { requestCount, untilState } from '../support/helpers.js';
import { feedUrl, noPageErrors, serverStats, untilServer, watch } from './util.js';

const opts = { timeout: 4000 };

describe('page-wide sharing', () => {
  noPageErrors();

  it('three subscribers of one URL make exactly one request', async () => {
    const { key, url } = feedUrl('hang', { ms: 300 });
    const [a, b, c] = [watch(url, opts), watch(url, opts), watch(url, opts)];
    const settled = await Promise.all([a.settled(), b.settled(), c.settled()]);
    expect(settled.map((s) => s.status)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(settled[1].feed).to.equal(settled[0].feed);
    expect(settled[2].feed).to.equal(settled[0].feed);
    expect(await requestCount(key)).to.equal(1);
    for (const w of [a, b, c]) w.sub.unsubscribe();
  });

  it('the last subscriber leaving mid-request aborts it (the server sees the close)', async () => {
    const { key, url } = feedUrl('hang', { ms: 5000 });
    const w = watch(url, opts);
    await untilServer(key, (s) => s.requests === 1);
    w.sub.unsubscribe();
    const stats = await untilServer(key, (s) => s.closedEarly + s.finished > 0);
    expect(stats).to.deep.include({ closedEarly: 1, finished: 0 });
    expect(w.snapshots).to.deep.equal([]);
  });

  it('a subscriber leaving while others stay does not abort', async () => {
    const { key, url } = feedUrl('hang', { ms: 400 });
    const a = watch(url, opts);
    const b = watch(url, opts);
    await untilServer(key, (s) => s.requests === 1);
    a.sub.unsubscribe();
    expect((await b.settled()).status).to.equal('ready');
    expect(await serverStats(key)).to.deep.include({ requests: 1, closedEarly: 0, finished: 1 });
    b.sub.unsubscribe();
  });

  it('after an aborted load, a new subscriber starts a fresh one', async () => {
    const { key, url } = feedUrl('hang', { ms: 300 });
    const first = watch(url, opts);
    // Abort only once the first request has reached the server, so both are counted.
    while ((await requestCount(key)) < 1) await new Promise((r) => setTimeout(r, 20));
    first.sub.unsubscribe();
    const w = watch(url, opts);
    expect((await w.settled()).status).to.equal('ready');
    expect(await requestCount(key)).to.equal(2);
    w.sub.unsubscribe();
  });

  it('isolates a listener that throws: the others still hear, the page sees nothing', async () => {
    const { url } = feedUrl('good');
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const bad = subscribe(url, () => {
        throw new Error('listener bug');
      });
      const good = watch(url, opts);
      expect((await good.settled()).status).to.equal('ready');
      bad.unsubscribe();
      good.sub.unsubscribe();
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][1])).to.contain('listener bug');
  });
});

describe('paging (next_url)', () => {
  noPageErrors();

  const ids = (s: FeedSnapshot) => s.feed!.items.map((i) => i.id);

  it('appends each next page, de-duplicating ids, until there is none', async () => {
    const { key, url } = feedUrl('paged', { page: 1 });
    const w = watch(url, opts);
    await w.settled();
    expect(ids(w.sub.snapshot)).to.deep.equal(['p1-a', 'p1-b', 'shared']);
    const loading = w.sub.loadMore();
    expect(w.sub.snapshot.loadingMore).to.equal(true);
    expect(await loading).to.equal(true);
    expect(ids(w.sub.snapshot)).to.deep.equal(['p1-a', 'p1-b', 'shared', 'p2-a', 'p2-b']);
    expect(await w.sub.loadMore()).to.equal(true);
    expect(ids(w.sub.snapshot)).to.have.length(7);
    expect(w.sub.snapshot.feed!.nextUrl).to.equal(undefined);
    expect(await w.sub.loadMore()).to.equal(false);
    expect(await requestCount(key)).to.equal(3);
    w.sub.unsubscribe();
  });

  it('never loads the same page twice (a next_url loop)', async () => {
    const { key, url } = feedUrl('paged', { page: 1, loop: 1 });
    const w = watch(url, opts);
    await w.settled();
    expect(await w.sub.loadMore()).to.equal(true);
    expect(await w.sub.loadMore()).to.equal(true);
    // Page 3 points back at page 1: dropped.
    expect(w.sub.snapshot.feed!.nextUrl).to.equal(undefined);
    expect(await w.sub.loadMore()).to.equal(false);
    expect(await requestCount(key)).to.equal(3);
    w.sub.unsubscribe();
  });

  it("never loads the feed's own feed_url as a next page", async () => {
    const { key, url } = feedUrl('paged', { page: 1, loop: 'self' });
    const w = watch(url, opts);
    await w.settled();
    expect(await w.sub.loadMore()).to.equal(true);
    expect(w.sub.snapshot.feed!.nextUrl).to.equal(undefined);
    expect(await w.sub.loadMore()).to.equal(false);
    expect(await requestCount(key)).to.equal(2);
    w.sub.unsubscribe();
  });

  it('a failed page keeps the items and reports the error; it can be tried again', async () => {
    const { key, url } = feedUrl('paged', { page: 1, broken: 1 });
    const w = watch(url, opts);
    await w.settled();
    const next = w.sub.snapshot.feed!.nextUrl;
    expect(await w.sub.loadMore()).to.equal(false);
    const s = w.sub.snapshot;
    expect(s.error!.kind).to.equal('http');
    expect(s.error!.status).to.equal(404);
    expect(s).to.deep.include({ status: 'ready', stale: false, loadingMore: false });
    expect(ids(s)).to.deep.equal(['p1-a', 'p1-b', 'shared']);
    expect(s.feed!.nextUrl).to.equal(next);
    expect(await w.sub.loadMore()).to.equal(false);
    expect(await requestCount(key)).to.equal(3);
    w.sub.unsubscribe();
  });
});

/** The smallest feed widget: FeedElement with its snapshot in view. */
class FeedHost extends FeedElement {
  get data() {
    return { snapshot: this.snapshot, usingFallback: this.usingFallback };
  }
  protected override stateName(): FeedState {
    return 'populated';
  }
  protected override loadDetail(feed: Feed) {
    return { feed };
  }
}
customElements.define('feed-host', FeedHost);

async function host(setup: (el: FeedHost) => void): Promise<FeedHost> {
  const el = document.createElement('feed-host') as FeedHost;
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

function until(el: FeedHost, test: (s: FeedSnapshot) => boolean, within = 5000): Promise<void> {
  const end = Date.now() + within;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (test(el.data.snapshot)) resolve();
      else if (Date.now() > end) reject(new Error(JSON.stringify(el.data.snapshot)));
      else setTimeout(check, 10);
    };
    check();
  });
}

describe('FeedElement: where the feed comes from', () => {
  noPageErrors();

  it('normalizes the feed property through the same rules, only when the data changes', async () => {
    const feed = { items: [{ id: 1, url: 'javascript:alert(1)', title: ' One ' }] };
    const el = await host((e) => (e.feed = feed));
    expect(el.data.snapshot.status).to.equal('ready');
    expect(el.data.snapshot.feed!.items).to.deep.equal([
      { id: '1', title: 'One', tags: [], related: [], kind: 'news' },
    ]);
    const before = el.data.snapshot;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.data.snapshot).to.equal(before);
    el.feed = { items: 'nope' };
    await el.updateComplete;
    expect(el.data.snapshot.error!.kind).to.equal('invalid');
    el.remove();
  });

  it('reads JSON text (an inline script): bad JSON is not-json', async () => {
    const script = (text: string) =>
      Object.assign(document.createElement('script'), { type: 'application/feed+json', text });
    const el = await host((e) => e.append(script('{"items":[{"id":"a"}]}')));
    expect(el.data.snapshot.feed!.items[0].id).to.equal('a');
    el.replaceChildren(script('{"items":['));
    el.refresh = 1; // any source property change reads the source again
    await el.updateComplete;
    expect(el.data.snapshot.status).to.equal('error');
    expect(el.data.snapshot.error!.kind).to.equal('not-json');
    el.remove();
  });

  it('switches to fallback-src after a 404', async () => {
    const { url } = feedUrl('status', { code: 404 });
    const { url: fallbackUrl } = feedUrl('good', { title: 'Fallback' });
    const el = await host((e) => Object.assign(e, { src: url, fallbackSrc: fallbackUrl }));
    await until(el, (s) => s.status !== 'loading');
    expect(el.data.usingFallback).to.equal(true);
    expect(el.data.snapshot.feed!.title).to.equal('Fallback');
    el.remove();
  });

  it('aborts the old request when src changes', async () => {
    const slow = feedUrl('hang', { ms: 5000 });
    const el = await host((e) => (e.src = slow.url));
    await untilServer(slow.key, (s) => s.requests === 1);
    el.src = feedUrl('good').url;
    await until(el, (s) => s.status === 'ready');
    expect((await untilServer(slow.key, (s) => s.closedEarly > 0)).finished).to.equal(0);
    el.remove();
  });

  it('aborts when it leaves the page, and resumes from the cache when it returns', async () => {
    const slow = feedUrl('hang', { ms: 5000 });
    const el = await host((e) => (e.src = slow.url));
    await untilServer(slow.key, (s) => s.requests === 1);
    el.remove();
    expect((await untilServer(slow.key, (s) => s.closedEarly > 0)).finished).to.equal(0);

    const good = feedUrl('good');
    const other = await host((e) => (e.src = good.url));
    await until(other, (s) => s.status === 'ready');
    other.remove();
    document.body.append(other);
    expect(other.data.snapshot.status).to.equal('ready');
    expect(await requestCount(good.key)).to.equal(1);
    other.remove();
  });
});

describe('widgets on one page', () => {
  noPageErrors();

  it('three news lists with one src make exactly one request', async () => {
    const { key, url } = feedUrl('hang', { ms: 200 });
    const el = await fixture(html`
      <div>
        <benelux-news-list lang="fr" src=${url}></benelux-news-list>
        <benelux-news-list lang="nl" src=${url} limit="1"></benelux-news-list>
        <benelux-news-list lang="de" src=${url} layout="compact"></benelux-news-list>
      </div>
    `);
    const lists = [...el.querySelectorAll('benelux-news-list')];
    await Promise.all(lists.map((l) => untilState(l, 'populated')));
    expect(await requestCount(key)).to.equal(1);
  });

  it('three news lists sharing a failing feed: an error event each, one console warning', async () => {
    const { key, url } = feedUrl('status', { code: 404 });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    const errors: string[] = [];
    try {
      const el = await fixture(html`
        <div @benelux-error=${(e: Event) => errors.push((e.target as Element).id)}>
          <benelux-news-list id="a" lang="fr" src=${url}></benelux-news-list>
          <benelux-news-list id="b" lang="nl" src=${url}></benelux-news-list>
          <benelux-news-list id="c" lang="de" src=${url}></benelux-news-list>
        </div>
      `);
      await Promise.all([...el.children].map((l) => untilState(l, 'error')));
    } finally {
      console.warn = warn;
    }
    expect(await requestCount(key)).to.equal(1);
    expect(errors.sort()).to.deep.equal(['a', 'b', 'c']);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('404');
  });

  it('a news list removed mid-request aborts it when it was the last subscriber', async () => {
    const { key, url } = feedUrl('hang', { ms: 5000 });
    const el = await fixture(html`<benelux-news-list lang="fr" src=${url}></benelux-news-list>`);
    expect(el.getAttribute('state')).to.equal('loading');
    await untilServer(key, (s) => s.requests === 1);
    el.remove();
    const stats = await untilServer(key, (s) => s.closedEarly + s.finished > 0);
    expect(stats).to.deep.include({ requests: 1, closedEarly: 1, finished: 0 });
  });

  it('removing one of two news lists does not abort the other', async () => {
    const { key, url } = feedUrl('hang', { ms: 400 });
    const el = await fixture(html`
      <div>
        <benelux-news-list lang="fr" src=${url}></benelux-news-list>
        <benelux-news-list lang="en" src=${url}></benelux-news-list>
      </div>
    `);
    const [first, second] = el.querySelectorAll('benelux-news-list');
    await untilServer(key, (s) => s.requests === 1);
    first.remove();
    await untilState(second, 'populated');
    expect(await serverStats(key)).to.deep.include({ requests: 1, closedEarly: 0 });
  });
});
