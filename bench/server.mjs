// The bench's HTTP server: the CDN build, the bench modules, generated JSON feeds and
// the pages run.mjs registers. It counts requests per feed URL and answers every
// response with COOP/COEP, so pages are cross-origin isolated (fine-grained timers).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };

const TITLES = [
  'Des équipes de police belge et néerlandaise patrouillent ensemble à Knokke',
  'Action transfrontalière contre le trafic de drogue',
  'Les victimes de la traite des êtres humains mieux protégées',
  'Nouvel accord Benelux sur l’échange de données policières',
  'Contrôles communs aux frontières pendant les vacances',
];

/** A JSON Feed 1.1 document with one theme item and `n` news items (deterministic). */
export function makeFeed(n) {
  const items = [
    {
      id: 'theme-senningen',
      url: 'https://www.benelux.int/fr/concertation-senningen/',
      title: 'Conjuguer les forces de la police, de la justice et des autres services',
      summary: 'Les pays du Benelux unissent police, justice et services de sécurité.',
      date_published: '2019-06-05T10:00:00+02:00',
      _benelux: { kind: 'theme', theme: 'senningen' },
    },
  ];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2024, 11, 31) - i * 86_400_000);
    items.push({
      id: `news-${i}`,
      url: `https://www.benelux.int/fr/news/${i}/`,
      title: `${TITLES[i % TITLES.length]} (${i + 1})`,
      summary:
        'Depuis la semaine dernière, la police locale reçoit le renfort de policiers ' +
        `des pays voisins pour lutter contre les nuisances dans le district n° ${i + 1}.`,
      date_published: day.toISOString().replace('.000Z', '+00:00'),
      tags: ['police', i % 2 ? 'justice' : 'security'],
      _benelux: { kind: 'news', theme: 'senningen', views: (i * 397) % 5000, related: [] },
    });
  }
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Benelux : actualité',
    home_page_url: 'https://www.benelux.int/fr/',
    language: 'fr',
    items,
  };
}

export function startServer({ root, cdnDir }) {
  const pages = new Map();
  const counts = new Map();
  const feeds = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const headers = {
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    };
    try {
      if (url.pathname.startsWith('/feeds/')) {
        // /feeds/<n>.json?delay=ms&maxage=s&key=anything
        counts.set(url.pathname + url.search, (counts.get(url.pathname + url.search) ?? 0) + 1);
        const n = Number(url.pathname.slice(7).replace('.json', ''));
        if (!feeds.has(n)) feeds.set(n, JSON.stringify(makeFeed(n)));
        const delay = Number(url.searchParams.get('delay') ?? 0);
        if (delay) await new Promise((r) => setTimeout(r, delay));
        const maxAge = url.searchParams.get('maxage');
        if (maxAge) headers['cache-control'] = `public, max-age=${maxAge}`;
        res.writeHead(200, { ...headers, 'content-type': 'application/feed+json' });
        return res.end(feeds.get(n));
      }
      if (pages.has(url.pathname)) {
        res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
        return res.end(pages.get(url.pathname));
      }
      const [dir, rest] = url.pathname.startsWith('/cdn/')
        ? [cdnDir, url.pathname.slice(5)]
        : url.pathname.startsWith('/bench/')
          ? [root, url.pathname.slice(7)]
          : [];
      if (!dir) throw new Error('not found');
      const body = await readFile(join(dir, normalize(rest)));
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(rest)] ?? 'text/plain' });
      res.end(body);
    } catch {
      res.writeHead(404, headers);
      res.end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({
        origin,
        /** Register a page; returns its absolute URL. */
        page(name, html) {
          pages.set(`/${name}.html`, html);
          return `${origin}/${name}.html`;
        },
        /** Requests received for a feed path + query. */
        count: (pathAndQuery) => counts.get(pathAndQuery) ?? 0,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}
