// /cdn/page.html?src=FEED&lang=LANG — a plain host page that loads only the built CDN
// file, with its published SRI value, as a partner site would (no bundler, no import map).
import { readFile } from 'node:fs/promises';

const root = new URL('../../../', import.meta.url);

export const cdnRoutes = [
  async function cdnPage(ctx, next) {
    if (ctx.path !== '/cdn/page.html') return next();
    const sri = (await readFile(new URL('dist/cdn/benelux-widgets.js.sri', root), 'utf8')).trim();
    const src = String(ctx.query.src ?? '/demo/feeds/news.fr.json').replace(/[^\w./{}?=&-]/g, '');
    const lang = String(ctx.query.lang ?? 'fr').replace(/[^\w-]/g, '');
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>CDN host page</title>
    <script type="module" src="/dist/cdn/benelux-widgets.js" integrity="${sri}" crossorigin="anonymous"></script>
  </head>
  <body>
    <benelux-news-list src="${src}" limit="3"><a href="/news">All news</a></benelux-news-list>
  </body>
</html>`;
  },
];
