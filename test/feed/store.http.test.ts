// The feed store against real, misbehaving HTTP (test/server/routes/feeds.mjs).
// Every load must end in the right data or the right error kind within timeout + 1 s
// (`settled()` enforces that deadline), with at most 3 requests, and no page error.
import { expect } from '@open-wc/testing';
import { subscribe } from '../../src/feed/store.js';
import { FeedError } from '../../src/feed/types.js';
import { requestCount } from '../support/helpers.js';
import { feedUrl, noPageErrors, untilServer, watch } from './util.js';

const TIMEOUT = 2000;
const opts = { timeout: TIMEOUT };

async function expectError(route: string, query: Record<string, string | number>, kind: string) {
  const { key, url } = feedUrl(route, query);
  const w = watch(url, opts);
  const s = await w.settled();
  expect(s.status, JSON.stringify(s.error?.message)).to.equal('error');
  expect(s.error).to.be.instanceOf(FeedError);
  expect(s.error!.kind).to.equal(kind);
  expect(s.error!.message).to.contain(url);
  expect(s.feed).to.equal(undefined);
  w.sub.unsubscribe();
  return { key, url, error: s.error!, requests: await requestCount(key) };
}

describe('feed store over HTTP', () => {
  noPageErrors();

  describe('good responses', () => {
    it('loads a good feed, resolving its links against the feed URL', async () => {
      const { key, url } = feedUrl('good');
      const w = watch(url, opts);
      expect(w.sub.snapshot.status).to.equal('loading');
      const s = await w.settled();
      expect(s.status).to.equal('ready');
      expect(s.stale).to.equal(false);
      expect(s.feed!.url).to.equal(url);
      expect(s.feed!.items.map((i) => i.id)).to.deep.equal(['1', 'two']);
      expect(s.feed!.items[0].url).to.equal(new URL('/api/feeds/item-1.html', url).href);
      expect(s.feed!.items[0].views).to.equal(481);
      expect(await requestCount(key)).to.equal(1);
      w.sub.unsubscribe();
    });

    it('accepts a relative URL, keyed by its absolute form', async () => {
      const { key, url } = feedUrl('good');
      const relative = url.slice(location.origin.length);
      const a = watch(relative, opts);
      const b = watch(url, opts);
      await a.settled();
      expect((await b.settled()).feed).to.equal(a.sub.snapshot.feed);
      expect(await requestCount(key)).to.equal(1);
      a.sub.unsubscribe();
      b.sub.unsubscribe();
    });

    it('serves later subscribers from the page cache, without a request', async () => {
      const { key, url } = feedUrl('good');
      const first = watch(url, opts);
      const feed = (await first.settled()).feed;
      first.sub.unsubscribe();
      const later = watch(url, opts);
      expect(later.sub.snapshot.status).to.equal('ready');
      expect(later.sub.snapshot.feed).to.equal(feed);
      expect(await requestCount(key)).to.equal(1);
      later.sub.unsubscribe();
    });

    it('follows a redirect and resolves links against the final URL', async () => {
      const { key, url } = feedUrl('redirect');
      const w = watch(url, opts);
      const s = await w.settled();
      expect(s.status).to.equal('ready');
      expect(s.feed!.title).to.equal('Moved');
      expect(s.feed!.url).to.equal(new URL('/api/feeds/sub/good', url).href);
      expect(s.feed!.items[0].url).to.equal(new URL('/api/feeds/sub/item-1.html', url).href);
      expect(await requestCount(key)).to.equal(1);
      w.sub.unsubscribe();
    });

    it('accepts JSON served with a generic content type', async () => {
      for (const type of ['text/plain', 'application/octet-stream', 'application/json']) {
        const { url } = feedUrl('type', { type });
        const w = watch(url, opts);
        const s = await w.settled();
        expect(s.status, type).to.equal('ready');
        expect(s.feed!.title).to.equal('Typed');
        w.sub.unsubscribe();
      }
    });

    it('reads __proto__ and constructor keys as plain data', async () => {
      const { url } = feedUrl('proto');
      const w = watch(url, opts);
      const s = await w.settled();
      expect(s.status).to.equal('ready');
      expect(s.feed!.items).to.deep.equal([
        { id: 'p1', title: 'Kept', tags: [], related: [], kind: 'news', views: 7 },
        {
          id: 'constructor',
          title: 'An id named constructor',
          tags: ['__proto__', 'toString'],
          related: [],
          kind: 'news',
        },
      ]);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      w.sub.unsubscribe();
    });

    it('survives 10,000-deep nesting', async () => {
      const { key, url } = feedUrl('deep', { depth: 10_000 });
      const w = watch(url, opts);
      const s = await w.settled();
      expect(s.status).to.equal('ready');
      expect(s.feed!.items.map((i) => i.id)).to.deep.equal(['d1']);
      expect(await requestCount(key)).to.equal(1);
      w.sub.unsubscribe();
    });

    it('loads 100,000 items when the size limit allows them', async () => {
      const { key, url } = feedUrl('many', { n: 100_000 });
      const w = watch(url, { timeout: 5000, maxBytes: 20_000_000 });
      const s = await w.settled();
      expect(s.status, s.error?.message).to.equal('ready');
      expect(s.feed!.items).to.have.length(100_000);
      expect(s.feed!.items[99_999]).to.deep.include({ id: '99999', title: 'Item 99999' });
      expect(await requestCount(key)).to.equal(1);
      w.sub.unsubscribe();
    });

    it('refuses 100,000 items (6 MB) under the default 1 MB limit', async () => {
      const { requests } = await expectError('many', { n: 100_000 }, 'too-large');
      expect(requests).to.equal(1);
    });
  });

  describe('HTTP errors and retries', () => {
    it('reports a 404 at once: http, status 404, no retry', async () => {
      const { error, requests } = await expectError('status', { code: 404 }, 'http');
      expect(error.status).to.equal(404);
      expect(error.message).to.contain('404');
      expect(requests).to.equal(1);
    });

    it('does not retry other 4xx', async () => {
      for (const code of [400, 401, 403, 410]) {
        const { error, requests } = await expectError('status', { code }, 'http');
        expect(error.status).to.equal(code);
        expect(requests, String(code)).to.equal(1);
      }
    });

    it('recovers from a 500 by retrying', async () => {
      const { key, url } = feedUrl('flaky', { fail: 1 });
      const w = watch(url, opts);
      const s = await w.settled();
      expect(s.status).to.equal('ready');
      expect(s.feed!.title).to.equal('Flaky 2');
      expect(await requestCount(key)).to.equal(2);
      w.sub.unsubscribe();
    });

    it('gives up after 2 retries: 3 requests, http 500', async () => {
      const { error, requests } = await expectError('flaky', { fail: 99 }, 'http');
      expect(error.status).to.equal(500);
      expect(requests).to.equal(3);
    });

    it('retries a 503 twice too', async () => {
      const { error, requests } = await expectError('status', { code: 503 }, 'http');
      expect(error.status).to.equal(503);
      expect(requests).to.equal(3);
    });

    it('honors Retry-After on a 429, then loads', async () => {
      const { key, url } = feedUrl('flaky', { fail: 1, code: 429, 'retry-after': 1 });
      const started = performance.now();
      const w = watch(url, { timeout: 3000 });
      const s = await w.settled();
      expect(s.status).to.equal('ready');
      expect(await requestCount(key)).to.equal(2);
      // The retry waited the second the server asked for (timers never fire early).
      expect(performance.now() - started).to.be.at.least(990);
      w.sub.unsubscribe();
    });

    it('gives up at once when Retry-After is beyond the cap', async () => {
      const { error, requests } = await expectError(
        'flaky',
        { fail: 99, code: 429, 'retry-after': 3600 },
        'http',
      );
      expect(error.status).to.equal(429);
      expect(requests).to.equal(1);
    });

    it('gives up at once when Retry-After would pass the deadline', async () => {
      // 3 s fits under the 5 s cap but not in the 2 s timeout.
      const { error, requests } = await expectError(
        'flaky',
        { fail: 99, code: 503, 'retry-after': 3 },
        'http',
      );
      expect(error.status).to.equal(503);
      expect(requests).to.equal(1);
    });

    it('reports an unreachable server as a network error', async () => {
      // Port 9 (discard) is closed on the test machine: connection refused.
      const url = 'http://127.0.0.1:9/feed.json';
      const w = watch(url, opts);
      const s = await w.settled();
      expect(s.status).to.equal('error');
      expect(s.error!.kind).to.equal('network');
      expect(s.error!.message).to.contain(url);
      w.sub.unsubscribe();
    });

    it('retries a dropped connection twice, then reports a network error', async () => {
      const { error, requests } = await expectError('reset', {}, 'network');
      expect(error.status).to.equal(undefined);
      // At least the store's 3 attempts. Chromium's network stack also retries, on its own
      // and as often as it sees fit under load, a request whose connection closed before
      // any byte, so the server's count has no reliable upper bound here; the mid-body
      // test below, where Chromium does not retry, pins the store's own count to exactly 3.
      expect(requests).to.be.at.least(3);
    });

    it('retries a connection dropped mid-body too', async () => {
      const { requests } = await expectError('reset', { mid: 1 }, 'network');
      expect(requests).to.equal(3);
    });

    it('reports a URL that is not http(s) without fetching', async () => {
      for (const src of ['javascript:alert(1)', 'data:application/json,{"items":[]}']) {
        const sub = subscribe(src, () => {});
        expect(sub.snapshot.status).to.equal('error');
        expect(sub.snapshot.error!.kind).to.equal('network');
        sub.unsubscribe();
      }
    });
  });

  describe('bodies', () => {
    it('reports HTML with status 200 as not-json', async () => {
      const { error, requests } = await expectError('html', {}, 'not-json');
      expect(error.message).to.contain('HTML');
      expect(requests).to.equal(1);
    });

    it('reports truncated JSON as not-json', async () => {
      const { requests } = await expectError('truncated', {}, 'not-json');
      expect(requests).to.equal(1);
    });

    it('reports binary bytes with a wrong content type as not-json', async () => {
      await expectError('type', { type: 'image/png', body: 'png' }, 'not-json');
    });

    it('refuses a 5 MB body from its Content-Length', async () => {
      const { error, requests } = await expectError('big', { mb: 5 }, 'too-large');
      expect(error.message).to.contain('1000000');
      expect(requests).to.equal(1);
    });

    it('refuses a chunked 5 MB body while streaming, closing the connection', async () => {
      const { key, requests } = await expectError('big', { mb: 5, chunked: 1 }, 'too-large');
      expect(requests).to.equal(1);
      const stats = await untilServer(key, (s) => s.closedEarly + s.finished > 0);
      expect(stats.closedEarly).to.equal(1);
    });

    it('honors a smaller maxBytes', async () => {
      const { url } = feedUrl('good');
      const w = watch(url, { ...opts, maxBytes: 100 });
      const s = await w.settled();
      expect(s.error?.kind).to.equal('too-large');
      w.sub.unsubscribe();
    });
  });

  describe('timeouts', () => {
    it('times out a server that does not answer, and closes the connection', async () => {
      const { key, error, requests } = await expectError('hang', { ms: 5000 }, 'timeout');
      expect(error.message).to.contain(`${TIMEOUT} ms`);
      expect(requests).to.equal(1);
      expect((await untilServer(key, (s) => s.closedEarly > 0)).finished).to.equal(0);
    });

    it('times out a body that arrives too slowly', async () => {
      const { requests } = await expectError('dribble', { ms: 5000 }, 'timeout');
      expect(requests).to.equal(1);
    });

    it('bounds the whole load, retries included', async () => {
      // Every attempt fails after 500 ms: three attempts and their backoff do not fit in 1 s.
      // The load ends by the deadline: a timeout mid-attempt, or the last http error when
      // the next backoff would pass it (which one depends on the machine's speed).
      const { key, url } = feedUrl('flaky', { fail: 99, delay: 500 });
      const w = watch(url, { timeout: 1000 });
      const s = await w.settled();
      expect(s.error!.kind).to.be.oneOf(['timeout', 'http']);
      expect(await requestCount(key)).to.be.within(1, 2);
      w.sub.unsubscribe();
    });
  });

  describe('revalidation', () => {
    it('revalidates with a conditional request: a 304 keeps the data as it was', async () => {
      const { key, url } = feedUrl('etag');
      const w = watch(url, opts);
      const first = await w.settled();
      expect(first.status).to.equal('ready');
      w.sub.retry();
      const checked = await w.next((s) => s.checkedAt !== first.checkedAt, 3000);
      expect(checked.feed).to.equal(first.feed);
      expect(checked.status).to.equal('ready');
      expect(checked.stale).to.equal(false);
      const stats = await untilServer(key, (s) => s.requests === 2);
      expect(stats.notModified).to.equal(1);
      w.sub.unsubscribe();
    });

    it('revalidates every `refresh` seconds', async () => {
      const { key, url } = feedUrl('etag');
      const w = watch(url, { ...opts, refresh: 1 });
      const first = await w.settled();
      const checked = await w.next((s) => s.checkedAt !== first.checkedAt, 3000);
      expect(checked.feed).to.equal(first.feed);
      expect((await untilServer(key, (s) => s.requests >= 2)).notModified).to.be.at.least(1);
      w.sub.unsubscribe();
    });

    it('keeps the last good data when a refresh fails (stale), and recovers', async () => {
      // One good answer, then 500s (a refresh makes 3 requests), then good again.
      const { key, url } = feedUrl('flaky', { fail: 0, good: 1 });
      const w = watch(url, opts);
      const good = await w.settled();
      expect(good.status).to.equal('ready');
      w.sub.retry();
      const stale = await w.next((s) => s.stale, 4000);
      expect(stale.status).to.equal('ready');
      expect(stale.feed).to.equal(good.feed);
      expect(stale.error!.kind).to.equal('http');
      expect(stale.error!.status).to.equal(500);
      expect(await requestCount(key)).to.equal(4);
      w.sub.unsubscribe();
    });

    it('leaves the stale state when a later revalidation succeeds', async () => {
      // Request 1 good, 2-4 fail (a refresh and its retries), 5 on good again.
      const { key, url } = feedUrl('flaky', { fail: 0, good: 1, up: 5 });
      const w = watch(url, opts);
      const first = await w.settled();
      w.sub.retry();
      await w.next((s) => s.stale, 4000);
      w.sub.retry();
      const fresh = await w.next((s) => !s.stale, 4000);
      expect(fresh).to.deep.include({ status: 'ready', error: undefined });
      expect(fresh.feed!.title).to.equal('Flaky 5');
      expect(fresh.feed).not.to.equal(first.feed);
      expect(await requestCount(key)).to.equal(5);
      w.sub.unsubscribe();
    });

    it('does not revalidate an expired feed (it will never change)', async () => {
      const { key, url } = feedUrl('good', { expired: 1 });
      const w = watch(url, { ...opts, refresh: 1 });
      expect((await w.settled()).feed!.expired).to.equal(true);
      await new Promise((r) => setTimeout(r, 1300));
      expect(await requestCount(key)).to.equal(1);
      w.sub.unsubscribe();
    });

    it('does not poll from a hidden page; revalidates when it is shown again', async () => {
      let hidden = true;
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      try {
        const { key, url } = feedUrl('etag');
        const w = watch(url, { ...opts, refresh: 1 });
        const first = await w.settled();
        await new Promise((r) => setTimeout(r, 1300));
        expect(await requestCount(key)).to.equal(1);
        hidden = false;
        document.dispatchEvent(new Event('visibilitychange'));
        const checked = await w.next((s) => s.checkedAt !== first.checkedAt, 3000);
        expect(checked.feed).to.equal(first.feed);
        expect(await requestCount(key)).to.equal(2);
        w.sub.unsubscribe();
      } finally {
        delete (document as { hidden?: boolean }).hidden;
      }
      expect(document.hidden).to.be.a('boolean');
    });

    it('stops revalidating when the last subscriber leaves', async () => {
      const { key, url } = feedUrl('etag');
      const w = watch(url, { ...opts, refresh: 1 });
      await w.settled();
      w.sub.unsubscribe();
      // Wait past one refresh period; then a new subscriber still finds the cache.
      await new Promise((r) => setTimeout(r, 1300));
      expect(await requestCount(key)).to.equal(1);
    });
  });
});
