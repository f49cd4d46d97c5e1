// Feeds for the <benelux-news-list> tests, all under /api/news-list/ (so `?key=K` counts).
//   /api/news-list/lang?lang=X&have=fr,en        demo feed news.X.json, or 404 when X is not in `have`
//   /api/news-list/flaky?feed=fr&ok=N            the demo feed for the first N requests of a key, then HTTP 400
//   /api/news-list/pages?page=P&pages=N&per=M    page P of N generated pages of M items, chained by next_url
//                                                (&loop=1: the last page's next_url points back to page 1;
//                                                &broken=1: next_url answers 404)
//   /api/news-list/images?feed=fr                the demo feed with an SVG image on every news item
//   /api/news-list/image.svg                     a small SVG picture
import { readFile } from 'node:fs/promises';

const LANGS = ['fr', 'nl', 'de', 'en'];
const hits = new Map();

const demoFeed = (lang) =>
  readFile(
    new URL(`../../../demo/feeds/news.${LANGS.includes(lang) ? lang : 'fr'}.json`, import.meta.url),
    'utf8',
  );

function send(ctx, body) {
  ctx.type = 'application/feed+json';
  ctx.set('cache-control', 'no-store');
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

function page(query) {
  const n = Math.max(1, Number(query.page ?? 1));
  const pages = Math.max(1, Number(query.pages ?? 2));
  const per = Math.max(1, Number(query.per ?? 3));
  const next = new URLSearchParams(query);
  next.set('page', String(n + 1));
  if (n >= pages) next.set('page', '1');
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Page ${n}`,
    next_url: query.broken
      ? `/api/news-list/missing-page?key=${query.key}`
      : n < pages || query.loop
        ? `/api/news-list/pages?${next}`
        : undefined,
    items: Array.from({ length: per }, (_, i) => {
      const k = (n - 1) * per + i + 1;
      return {
        id: `p${k}`,
        url: `https://example.org/news/${k}`,
        title: `News ${k}`,
        summary: `Summary of news ${k}.`,
        date_published: new Date(Date.UTC(2024, 0, 31 - Math.min(k, 30))).toISOString(),
        _benelux: { views: k },
      };
    }),
  };
}

export const newsListRoutes = [
  async function newsListFeeds(ctx, next) {
    if (!ctx.path.startsWith('/api/news-list/')) return next();
    const q = ctx.query;
    switch (ctx.path.slice('/api/news-list/'.length)) {
      case 'lang': {
        const have = String(q.have ?? '').split(',');
        if (!have.includes(q.lang)) {
          ctx.status = 404;
          ctx.body = 'Not found';
          return;
        }
        return send(ctx, await demoFeed(q.lang));
      }
      case 'flaky': {
        const key = `${q.key}`;
        hits.set(key, (hits.get(key) ?? 0) + 1);
        if (hits.get(key) > Number(q.ok ?? 1)) {
          ctx.status = 400;
          ctx.body = 'Bad request';
          return;
        }
        return send(ctx, await demoFeed(q.feed));
      }
      case 'pages':
        return send(ctx, page(q));
      case 'images': {
        const feed = JSON.parse(await demoFeed(q.feed));
        feed.items.forEach((item, i) => (item.image = `/api/news-list/image.svg?i=${i}`));
        return send(ctx, feed);
      }
      case 'image.svg':
        ctx.type = 'image/svg+xml';
        ctx.body =
          '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90"><rect width="160" height="90" fill="#3b6ea5"/><circle cx="120" cy="28" r="14" fill="#f4c430"/><path d="M0 90 50 40l40 40 20-20 50 30z" fill="#24496f"/></svg>';
        return;
      default:
        return next();
    }
  },
];
