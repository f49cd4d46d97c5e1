// Request counting and a slow feed. `?key=K` on any /api/ URL counts requests under K;
// GET /api/count?key=K returns that count as JSON.
const counts = new Map();

export const basicRoutes = [
  async function requestCounter(ctx, next) {
    if (ctx.path === '/api/count') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(counts.get(ctx.query.key) ?? 0);
      return;
    }
    if (ctx.path.startsWith('/api/') && ctx.query.key) {
      counts.set(ctx.query.key, (counts.get(ctx.query.key) ?? 0) + 1);
    }
    return next();
  },
  /** /api/slow?ms=N&feed=/demo/feeds/news.fr.json: that file (default: an empty feed) after N ms. */
  async function slow(ctx, next) {
    if (ctx.path !== '/api/slow') return next();
    const ms = Math.min(Number(ctx.query.ms ?? 500), 30000);
    await new Promise((r) => setTimeout(r, ms));
    const { readFile } = await import('node:fs/promises');
    const file =
      typeof ctx.query.feed === 'string' && /^\/demo\/feeds\/[\w.-]+\.json$/.test(ctx.query.feed)
        ? await readFile(new URL(`../../..${ctx.query.feed}`, import.meta.url), 'utf8')
        : JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Slow', items: [] });
    ctx.type = 'application/feed+json';
    ctx.body = file;
  },
];
