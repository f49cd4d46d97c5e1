// Well- and badly-behaved feed servers for test/feed/**: every route is under /api/feeds/.
// `?key=K` is counted by basic.mjs; these routes also record, per key, what happened to
// each response (GET /api/feeds/stats?key=K): 304s served, responses the client closed early.
import { Readable } from 'node:stream';

const PREFIX = '/api/feeds/';
const FEED_TYPE = 'application/feed+json';
const stats = new Map();

function statsOf(key) {
  if (!stats.has(key)) stats.set(key, { requests: 0, notModified: 0, closedEarly: 0, finished: 0 });
  return stats.get(key);
}

/** A small valid feed; relative links resolve against the URL it was served from. */
export function goodFeed(title = 'Good', extra = {}) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: [
      {
        id: 1,
        url: 'item-1.html',
        title: `${title} one`,
        date_published: '2020-07-16T10:00:00+02:00',
        _benelux: { views: 481 },
      },
      { id: 'two', url: '/two', title: `${title} two`, tags: ['police'] },
    ],
    ...extra,
  };
}

function send(ctx, body, type = FEED_TYPE, status = 200) {
  ctx.status = status;
  ctx.type = type;
  ctx.set('cache-control', 'no-store');
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

/** Record whether the client went away before the response was fully written. */
function watch(ctx, s) {
  ctx.res.on('close', () => {
    if (ctx.res.writableFinished) s.finished++;
    else s.closedEarly++;
  });
}

/** A stream of `bytes` bytes of a JSON document, in 64 KB chunks, one every 5 ms. */
function bigStream(bytes) {
  const head = '{"items":[],"padding":"';
  const tail = '"}';
  let sent = 0;
  const chunk = 'x'.repeat(65_536);
  return Readable.from(
    (async function* () {
      yield head;
      sent += head.length;
      while (sent < bytes - tail.length) {
        const part = chunk.slice(0, Math.min(chunk.length, bytes - tail.length - sent));
        sent += part.length;
        yield part;
        await new Promise((r) => setTimeout(r, 5));
      }
      yield tail;
    })(),
  );
}

const routes = {
  stats(ctx) {
    send(ctx, stats.get(ctx.query.key) ?? null, 'application/json');
  },

  /** ?title=T: a good feed (?expired=1: marked `expired`). */
  good(ctx) {
    send(ctx, goodFeed(ctx.query.title ?? 'Good', ctx.query.expired ? { expired: true } : {}));
  },

  /** A good feed under a deeper path, the target of `redirect`. */
  'sub/good'(ctx) {
    send(ctx, goodFeed('Moved'));
  },

  /** 302 to sub/good (relative links then resolve against the final URL). */
  redirect(ctx) {
    ctx.redirect(`${PREFIX}sub/good`);
  },

  /** ETag + no-cache: a conditional request gets a 304; ?version=N changes the ETag. */
  etag(ctx, s) {
    const etag = `"v${ctx.query.version ?? 1}"`;
    ctx.set('cache-control', 'no-cache');
    ctx.set('etag', etag);
    if (ctx.get('if-none-match') === etag) {
      s.notModified++;
      ctx.status = 304;
      return;
    }
    ctx.type = FEED_TYPE;
    ctx.body = JSON.stringify(goodFeed('Etag'));
  },

  /** ?code=N: that status, with a JSON body. */
  status(ctx) {
    send(ctx, { error: 'nope' }, 'application/json', Number(ctx.query.code));
  },

  /**
   * The first ?fail=N requests of this key answer ?code= (default 500, with ?retry-after=),
   * the next ones the good feed; after ?good=M good answers, it fails again (for stale).
   * ?delay=ms: every answer waits that long. ?up=K: from request K on, good again.
   */
  async flaky(ctx, s) {
    if (ctx.query.delay) await new Promise((r) => setTimeout(r, Number(ctx.query.delay)));
    const fail = Number(ctx.query.fail ?? 1);
    const good = Number(ctx.query.good ?? Infinity);
    const up = Number(ctx.query.up ?? Infinity);
    if (s.requests < up && (s.requests <= fail || s.requests > fail + good)) {
      if (ctx.query['retry-after']) ctx.set('retry-after', ctx.query['retry-after']);
      send(ctx, { error: 'flaky' }, 'application/json', Number(ctx.query.code ?? 500));
      return;
    }
    send(ctx, goodFeed(`Flaky ${s.requests}`));
  },

  html(ctx) {
    send(ctx, '<!doctype html><title>Not found</title><h1>Page not found</h1>', 'text/html');
  },

  truncated(ctx) {
    send(ctx, JSON.stringify(goodFeed('Cut')).slice(0, 60));
  },

  /** ?type=T: the good feed with that content type (?body=png: bytes that are not JSON). */
  type(ctx) {
    const body = ctx.query.body === 'png' ? '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' : goodFeed('Typed');
    send(ctx, body, ctx.query.type);
  },

  /** ?mb=5: a body that large; ?chunked=1 streams it without Content-Length. */
  big(ctx, s) {
    const bytes = Math.round(Number(ctx.query.mb ?? 5) * 1_000_000);
    ctx.status = 200;
    ctx.type = FEED_TYPE;
    ctx.set('cache-control', 'no-store');
    watch(ctx, s);
    if (ctx.query.chunked) {
      ctx.body = bigStream(bytes);
      ctx.remove('content-length');
    } else {
      const body = Buffer.alloc(bytes, 0x20);
      Buffer.from('{"items":[]}').copy(body);
      ctx.body = body;
      ctx.length = bytes;
    }
  },

  /** Headers at once, then the body only after ?ms= (a body slower than the timeout). */
  async dribble(ctx, s) {
    watch(ctx, s);
    const ms = Math.min(Number(ctx.query.ms ?? 3000), 30_000);
    ctx.status = 200;
    ctx.type = FEED_TYPE;
    ctx.set('cache-control', 'no-store');
    const body = JSON.stringify(goodFeed('Dribble'));
    ctx.body = Readable.from(
      (async function* () {
        yield body.slice(0, 10);
        await new Promise((r) => setTimeout(r, ms));
        yield body.slice(10);
      })(),
    );
  },

  /** Nothing at all for ?ms= (default 3 s), then the good feed; records an early close. */
  async hang(ctx, s) {
    watch(ctx, s);
    const ms = Math.min(Number(ctx.query.ms ?? 3000), 30_000);
    await new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      ctx.res.on('close', () => (clearTimeout(t), resolve()));
    });
    if (ctx.res.destroyed) {
      ctx.status = 204; // nobody is listening; keeps the runner's 404 log quiet
      ctx.respond = false;
    } else send(ctx, goodFeed('Late'));
  },

  /** The connection dropped: at once, or (?mid=1) after the headers and part of the body. */
  async reset(ctx) {
    ctx.respond = false;
    if (ctx.query.mid) {
      ctx.res.writeHead(200, { 'content-type': FEED_TYPE, 'content-length': '1000' });
      ctx.res.write('{"items":[');
      await new Promise((r) => setTimeout(r, 50));
    }
    ctx.req.socket.destroy();
  },

  /** Prototype-pollution keys at every level. */
  proto(ctx) {
    send(
      ctx,
      `{"__proto__":{"polluted":true,"items":[{"id":"bad"}]},"constructor":{"prototype":{"polluted":true}},
       "title":"Proto","items":[
        {"id":"p1","__proto__":{"title":"from proto","url":"javascript:alert(1)"},"title":"Kept",
         "_benelux":{"__proto__":{"views":5,"kind":"theme"},"constructor":"x","views":7}},
        {"__proto__":{"id":"p-inherited"}},
        {"id":"constructor","title":"An id named constructor","tags":["__proto__","toString"]}]}`,
    );
  },

  /** ?depth=N (default 10 000) nested arrays, inside an item and beside the items. */
  deep(ctx) {
    const depth = Math.min(Number(ctx.query.depth ?? 10_000), 100_000);
    const nest = '['.repeat(depth) + ']'.repeat(depth);
    const obj = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    send(
      ctx,
      `{"title":"Deep","x":${nest},"items":[{"id":"d1","title":"Shallow","_benelux":${obj}},${nest}]}`,
    );
  },

  /**
   * Items without a title, as JSON Feed 1.1 allows (microblog posts): text only (longer than
   * a title is ever shown), a summary only, HTML only; then one with a title, for contrast.
   */
  untitled(ctx) {
    send(ctx, {
      version: 'https://jsonfeed.org/version/1.1',
      language: 'fr',
      items: [
        {
          id: 'text',
          url: '/posts/text',
          content_text: `Contrôle commun à Senningen. ${'Patrouille mixte. '.repeat(30)}`,
        },
        {
          id: 'summary',
          url: '/posts/summary',
          summary: 'Réunion des ministres au château de Senningen.',
        },
        { id: 'html', url: '/posts/html', content_html: '<p>Seulement du <b>HTML</b>.</p>' },
        { id: 'titled', url: '/posts/titled', title: 'Avec un titre', summary: 'Et un résumé.' },
      ],
    });
  },

  /** ?n=N (default 100 000) minimal items. */
  many(ctx) {
    const n = Math.min(Number(ctx.query.n ?? 100_000), 1_000_000);
    const items = Array.from(
      { length: n },
      (_, i) => `{"id":${i},"title":"Item ${i}","date_published":"2020-01-01T00:00:00Z"}`,
    );
    send(ctx, `{"title":"Many","items":[${items.join(',')}]}`);
  },

  /**
   * Paging: ?page=N (1..3), each page's `feed_url` is ?page=0. ?loop=1: page 3 points back
   * at page 1; ?loop=self: page 2 points at the `feed_url`; ?broken=1: page 1 points at a 404.
   */
  paged(ctx) {
    const page = Number(ctx.query.page ?? 1);
    const { key, loop = '' } = ctx.query;
    // Same parameter order as test/feed/util.ts feedUrl(), so page 1's URL matches exactly.
    const at = (p) => `${PREFIX}paged?page=${p}${loop ? `&loop=${loop}` : ''}&key=${key}`;
    const nextPage = { 1: 2, 2: loop === 'self' ? 0 : 3, 3: loop === '1' ? 1 : undefined }[page];
    send(ctx, {
      title: `Page ${page}`,
      feed_url: at(0),
      next_url: ctx.query.broken
        ? `${PREFIX}status?code=404&key=${key}`
        : nextPage === undefined
          ? undefined
          : at(nextPage),
      items: [{ id: `p${page}-a` }, { id: `p${page}-b` }, { id: 'shared' }],
    });
  },
};

export const feedRoutes = [
  async function feeds(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const route = routes[ctx.path.slice(PREFIX.length)];
    if (!route) return next();
    const key = typeof ctx.query.key === 'string' ? ctx.query.key : '';
    const s = statsOf(key);
    if (route !== routes.stats) s.requests++;
    await route(ctx, s);
  },
];
