// Security test routes: pages served with a real Content-Security-Policy header, the
// hostile feed corpus, a second CDN build reporting another version, and small feeds
// for every element state.
//
// Pages under test run in an iframe of a normal test page: @web/test-runner injects its
// own inline scripts into the test page, which a strict CSP would block, while the
// iframe's document gets the header below and loads only files from this server.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { cases } from '../../fixtures/hostile/corpus.mjs';

const root = new URL('../../../', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

/** The Trusted Types policies the library creates (README, "Content Security Policy"). */
export const POLICIES = ['lit-html', 'benelux-dompurify'];

/** Library copies a page can load, by `lib` name. */
const LIBS = {
  src: '/src/index.ts',
  cdn: '/dist/cdn/benelux-widgets.js',
  npm: '/dist/index.js',
  cdn2: '/security/cdn-copy/99.0.0-other/benelux-widgets.js',
  down: '/security/cdn-down.js',
};

/**
 * The README's policy ("Content Security Policy"), for `mode` strict (`script-src 'self'`)
 * or nonce (nonce + 'strict-dynamic'), with this server as the feed's origin. `copies` > 1
 * adds 'allow-duplicates' (each copy of Lit creates its own "lit-html" policy).
 */
export function cspHeader(mode, origin, nonce, copies = 1, styleNonce = false) {
  const script = mode === 'nonce' ? `'nonce-${nonce}' 'strict-dynamic'` : `'self'`;
  return [
    `default-src 'none'`,
    `script-src ${script}`,
    `style-src 'self'${styleNonce ? ` 'nonce-${nonce}'` : ''}`,
    `connect-src ${origin}`,
    `img-src ${origin}`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `object-src 'none'`,
    `frame-ancestors 'self'`,
    `require-trusted-types-for 'script'`,
    `trusted-types ${POLICIES.join(' ')}${copies > 1 ? ` 'allow-duplicates'` : ''}`,
  ].join('; ');
}

function page(ctx) {
  const mode = ['strict', 'nonce', 'none'].includes(ctx.query.csp) ? ctx.query.csp : 'strict';
  const libs = String(ctx.query.lib ?? 'src')
    .split(' ')
    .filter((l) => l in LIBS);
  const nonce = randomBytes(16).toString('base64');
  const attr = mode === 'nonce' ? ` nonce="${nonce}"` : '';
  const scripts = [
    '/test/security/harness.ts',
    ...libs.map((l) => LIBS[l]),
    '/test/security/harness-ready.ts',
  ]
    .map((src) => `<script type="module"${attr} src="${src}"></script>`)
    .join('\n    ');
  if (mode !== 'none') {
    const origin = `${ctx.protocol}://${ctx.host}`;
    // `dup=off` leaves out 'allow-duplicates' to show why two copies need it.
    const copies = ctx.query.dup === 'off' ? 1 : libs.filter((l) => l !== 'down').length;
    // `styles=nonce`: style-src also takes the nonce, which the page hands to Lit through a
    // <meta> (see window.litNonce in the README).
    const styleNonce = ctx.query.styles === 'nonce';
    ctx.set('Content-Security-Policy', cspHeader(mode, origin, nonce, copies, styleNonce));
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html';
  ctx.body = `<!doctype html>
<html lang="${/^[a-z]{2}(-[A-Z]{2})?$/.test(ctx.query.lang ?? '') ? ctx.query.lang : 'en'}">
  <head>
    <meta charset="utf-8" />
    <title>Security test page (${mode})</title>
    <link rel="stylesheet" href="/test/security/page.css" />
    ${ctx.query.styles === 'nonce' ? `<meta name="csp-nonce" content="${nonce}" />` : ''}
    ${ctx.query.js === 'off' ? '' : scripts}
  </head>
  <body>${ctx.query.body === 'fallback' ? FALLBACK_BODY : ctx.query.body === 'inline' ? inlineBody() : ''}</body>
</html>
`;
}

/** The hostile texts given as inline feeds (see inlineBody). */
export function inlineTexts() {
  const itemCases = cases.filter((c) => 'item' in c && c.class !== 'oversized');
  return [
    ...cases
      .filter((c) => 'doc' in c)
      .map((c) => (typeof c.doc === 'string' ? c.doc : JSON.stringify(c.doc))),
    ...Array.from({ length: Math.ceil(itemCases.length / 50) }, (_, i) =>
      JSON.stringify({ items: itemCases.slice(i * 50, i * 50 + 50).map((c) => c.item) }),
    ),
    // Tries to close its own script element (a host escapes "</" as "<\/", as here).
    '{"items": [{"id": "a", "title": "</script><script>alert(1)</script>"}]}',
  ];
}

/**
 * Every hostile document and item batch as an inline feed of a news list and a theme card,
 * written by the server as a host's CMS would (parser-inserted, so Trusted Types do not
 * apply to the script text, unlike a script element filled from JavaScript).
 */
function inlineBody() {
  return inlineTexts()
    .map((text) => {
      const script = `<script type="application/feed+json">${text.replaceAll('</', '<\\/')}</script>`;
      return `<benelux-news-list>${script}</benelux-news-list><benelux-theme-card item="a">${script}</benelux-theme-card>`;
    })
    .join('\n');
}

/** What a partner page writes: each element with light-DOM content that works without JS. */
const FALLBACK_BODY = `
    <benelux-news-list src="/demo/feeds/news.fr.json" lang="fr" limit="3">
      <a href="/fr/actualites/">Toutes les actualités</a>
    </benelux-news-list>
    <benelux-theme-card lang="fr">
      <span slot="title">Généralités</span>
      <p>Les pays du Benelux unissent police, justice et services de sécurité.</p>
    </benelux-theme-card>
    <benelux-read-more lang="fr">
      <p>De nouvelles formes de criminalité transfrontalière apparaissent sans cesse.</p>
    </benelux-read-more>
`;

const feed = (items, extra = {}) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Test', ...extra, items });

// One transparent 1×1 PNG for feeds with images.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const RICH_HTML = `<h2>Coopération</h2><p>Les pays du <strong>Benelux</strong> unissent
<em>police</em> et <a href="/fr/justice/">justice</a>.</p><ul><li>Patrouilles communes</li>
<li>Échange d'informations</li></ul><blockquote>Ensemble, plus sûrs.</blockquote>`;

const flips = new Map();
const cookieSeen = new Map();

export const securityRoutes = [
  async function securityPages(ctx, next) {
    if (ctx.path === '/security/page') return page(ctx);
    const copy = /^\/security\/cdn-copy\/([\w.-]{1,40})\/([\w.-]+\.js)$/.exec(ctx.path);
    if (copy) {
      // The CDN build (and any lazy chunk of it, fetched relative to it) once more, claiming
      // another version: a second copy on the page.
      const [, version, name] = copy;
      let file;
      try {
        file = await readFile(new URL(`dist/cdn/${name}`, root), 'utf8');
      } catch {
        return void (ctx.status = 404);
      }
      ctx.type = 'text/javascript';
      ctx.body = file
        .replaceAll(`\`${pkg.version}\``, `\`${version}\``)
        .replaceAll(`"${pkg.version}"`, `"${version}"`);
      return;
    }
    return next();
  },
  async function securityFeeds(ctx, next) {
    if (!ctx.path.startsWith('/api/security/')) return next();
    const name = ctx.path.slice('/api/security/'.length);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/feed+json';
    switch (name) {
      case 'hostile': {
        // Item cases `from`..`to` (indexes into the item cases) as one feed; `kind=theme`
        // marks every item as a theme so <benelux-theme-card item="…"> shows it.
        const itemCases = cases.filter((c) => 'item' in c);
        const from = Number(ctx.query.from ?? 0);
        const to = Number(ctx.query.to ?? itemCases.length);
        const items = itemCases.slice(from, to).map((c) => {
          const item = structuredClone(c.item);
          if (ctx.query.kind === 'theme' && item && typeof item === 'object') {
            const ext = item._benelux && typeof item._benelux === 'object' ? item._benelux : {};
            item._benelux = { ...ext, kind: 'theme' };
          }
          return item;
        });
        ctx.body = feed(items);
        return;
      }
      case 'doc': {
        // One document-level case, served as it is (it may not even be JSON).
        const c = cases.find((x) => x.id === ctx.query.id && 'doc' in x);
        if (!c) return void (ctx.status = 404);
        ctx.body = typeof c.doc === 'string' ? c.doc : JSON.stringify(c.doc);
        return;
      }
      case 'status': {
        ctx.status = Math.min(Math.max(Number(ctx.query.code) || 500, 400), 599);
        ctx.body = feed([]);
        return;
      }
      case 'empty':
        ctx.body = feed([]);
        return;
      case 'rich': {
        // The French sample feed with a rich, benign content_html on the theme item.
        const doc = JSON.parse(await readFile(new URL('demo/feeds/news.fr.json', root), 'utf8'));
        for (const item of doc.items) {
          if (item._benelux?.kind === 'theme') item.content_html = RICH_HTML;
        }
        ctx.body = JSON.stringify(doc);
        return;
      }
      case 'cookie-seen':
        // Whether the feed request of `key` carried a Cookie header (it must not).
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(cookieSeen.get(ctx.query.key) ?? null);
        return;
      case 'images': {
        // A feed whose items carry images on this origin (for the request recording).
        cookieSeen.set(ctx.query.key, Boolean(ctx.headers.cookie));
        // Its theme item has content_html and no image: a theme card and its latest news.
        ctx.body = feed([
          {
            id: 'theme-1',
            url: '/themes/senningen',
            title: 'Généralités',
            content_html: RICH_HTML,
            _benelux: { kind: 'theme', theme: 'senningen' },
          },
          ...[1, 2, 3].map((n) => ({
            id: `img-${n}`,
            url: `/news/${n}`,
            title: `News ${n}`,
            image: `/api/security/image.png?n=${n}&key=${ctx.query.key ?? ''}`,
            date_published: '2024-01-0' + n + 'T10:00:00Z',
            _benelux: { views: n, theme: 'senningen' },
          })),
        ]);
        return;
      }
      case 'image.png':
        ctx.type = 'image/png';
        ctx.body = PNG;
        return;
      case 'flip': {
        // The first request per key gets a feed, every later one a 404: a refresh that
        // fails, so the widget goes stale.
        const n = (flips.get(ctx.query.key) ?? 0) + 1;
        flips.set(ctx.query.key, n);
        if (n > 1) {
          ctx.status = 404;
          ctx.body = '';
          return;
        }
        ctx.body = await readFile(new URL('demo/feeds/news.en.json', root), 'utf8');
        return;
      }
      default:
        return next();
    }
  },
];
