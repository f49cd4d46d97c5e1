// Feeds for the <benelux-theme-card> tests, all under /api/theme-card/ (so `?key=K` counts).
//   /api/theme-card/feed?lang=fr          the demo feed news.<lang>.json
//     &html=hostile|rich|headings          ... with that content_html on the theme item
//     &image=1                             ... with a relative `image` on the theme item
//     &have=fr,en                          ... or 404 when `lang` is not in `have`
//     &ok=N                                ... for the first N requests of a key, then HTTP 400
//     &status=N                            ... or just that HTTP status
import { readFile } from 'node:fs/promises';

const LANGS = ['fr', 'nl', 'de', 'en'];
const hits = new Map();

export const HTML = {
  hostile:
    '<p>Texte sûr.</p><script>window.pwned=1</script><img src=x onerror="window.pwned=1">' +
    '<p onclick="window.pwned=1" style="color:red">Cliquer</p>' +
    '<a href="javascript:window.pwned=1">js</a>' +
    '<svg onload="window.pwned=1"><a href="javascript:window.pwned=1"><text>svg</text></a></svg>' +
    '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned=1"></style></mglyph></table></mtext></math>' +
    '<style>*{display:none}</style><iframe srcdoc="<script>parent.pwned=1</script>"></iframe>' +
    '<form action="javascript:window.pwned=1"><input autofocus onfocus="window.pwned=1"></form>',
  rich:
    '<p>Un <strong>paragraphe</strong> avec un <a href="../page.html">lien relatif</a>.</p>' +
    '<ul><li>un</li><li>deux</li></ul><blockquote>Citation</blockquote>',
  headings: '<h2>Partie</h2><p>Texte.</p><h3>Sous-partie</h3><p>Encore.</p>',
};

export const themeCardRoutes = [
  async function themeCardFeeds(ctx, next) {
    if (ctx.path !== '/api/theme-card/feed') return next();
    const q = ctx.query;
    const key = String(q.key ?? '');
    hits.set(key, (hits.get(key) ?? 0) + 1);
    const lang = LANGS.includes(q.lang) ? q.lang : 'fr';
    const missing = q.have && !String(q.have).split(',').includes(String(q.lang));
    const failed = q.ok !== undefined && hits.get(key) > Number(q.ok);
    if (q.status || missing || failed) {
      ctx.status = Number(q.status) || (missing ? 404 : 400);
      ctx.body = 'No feed here';
      return;
    }
    const feed = JSON.parse(
      await readFile(new URL(`../../../demo/feeds/news.${lang}.json`, import.meta.url), 'utf8'),
    );
    for (const item of feed.items) {
      if (item._benelux?.kind !== 'theme') continue;
      if (HTML[q.html]) item.content_html = HTML[q.html];
      if (q.image) item.image = 'images/theme.png';
    }
    ctx.type = 'application/feed+json';
    ctx.set('cache-control', 'no-store');
    ctx.body = JSON.stringify(feed);
  },
];
