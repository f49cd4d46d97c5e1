// Real HTTP for the tests: the dev server of @web/test-runner serves these routes.
// Each route is a koa middleware; see test/server/README.md for what each one does.
const counts = new Map();

/** `/api/...` routes the browser tests fetch. */
export const testServerMiddleware = [
  async function requestCounter(ctx, next) {
    if (ctx.path === '/api/count') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(counts.get(ctx.query.key) ?? 0);
      return;
    }
    if (ctx.path.startsWith('/api/')) {
      const key = ctx.query.key ? `${ctx.path}?key=${ctx.query.key}` : ctx.path;
      counts.set(ctx.query.key ?? key, (counts.get(ctx.query.key ?? key) ?? 0) + 1);
    }
    return next();
  },
  async function slow(ctx, next) {
    if (ctx.path !== '/api/slow') return next();
    const ms = Math.min(Number(ctx.query.ms ?? 500), 30000);
    await new Promise((r) => setTimeout(r, ms));
    ctx.type = 'application/feed+json';
    ctx.body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Slow',
      items: [],
    });
  },
];
