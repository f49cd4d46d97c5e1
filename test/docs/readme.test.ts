import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { BeneluxNewsList } from '../../src/index.js';
import { untilState } from '../support/helpers.js';
import { codeBlocks, readmeSections, validate, withoutImports } from './markdown.js';

/**
 * A new user reads only the README: its snippets are run here as written, with only the
 * CDN address, the integrity value and the feed path pointed at this repository.
 */
const sections = await readmeSections();
const section = (name: string) => {
  const text = sections.get(name);
  if (text === undefined) throw new Error(`README has no "## ${name}" section`);
  return text;
};
const text = async (url: string) => {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} (run \`npm run build\` first?)`);
  return res.text();
};

/** Loads `body` as a whole page in an iframe and resolves when it has loaded. */
async function page(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('README: Embed from a CDN', () => {
  const [embed, bilingual, seedPage] = codeBlocks(section('Embed from a CDN'), 'html');
  const CDN = 'https://cdn.example.org/@benelux/widgets@0.1.0/cdn/benelux-widgets.js';
  const pointed = (snippet: string, integrity: string) =>
    snippet
      .replace(CDN, `${location.origin}/dist/cdn/benelux-widgets.js`)
      .replace('sha384-…', integrity)
      .replaceAll('src="/feeds/', 'src="/demo/feeds/');

  it('is a script tag with integrity and crossorigin, then the element', () => {
    expect(embed).to.include(`src="${CDN}"`);
    expect(embed).to.match(/integrity="sha384-…"\s+crossorigin="anonymous"/);
    expect(embed).to.include('<benelux-news-list src="/feeds/news.{lang}.json" lang="fr"');
  });

  it('renders the feed in a plain page with the published integrity value', async () => {
    const sri = (await text('/dist/cdn/benelux-widgets.js.sri')).trim();
    const doc = await page(pointed(embed, sri) + pointed(bilingual, sri));
    const [fr, left, right] = [...doc.querySelectorAll('benelux-news-list')];
    await Promise.all([fr, left, right].map((el) => untilState(el, 'populated')));
    const first = (el: Element) => el.shadowRoot!.querySelector('[part="link"]')!.textContent;
    expect(fr.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(3);
    expect(fr.shadowRoot!.querySelector('time')!.textContent).to.equal('16 juil. 2020');
    expect(first(left)).to.equal(first(fr));
    expect(first(right)).to.equal(
      'Belgische en Nederlandse politieteams patrouilleren samen in Knokke',
    );
  });

  it('renders the seed page: theme card, theme news and related news', async () => {
    const sri = (await text('/dist/cdn/benelux-widgets.js.sri')).trim();
    const doc = await page(`<div lang="nl">${pointed(embed, sri) + pointed(seedPage, sri)}</div>`);
    const [, card, news, related] = doc.querySelectorAll('benelux-theme-card, benelux-news-list');
    expect(card.localName).to.equal('benelux-theme-card');
    await Promise.all([card, news, related].map((el) => untilState(el, 'populated')));
    expect(card.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(
      'De krachten van politie, justitie en andere diensten bundelen',
    );
    expect(news.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(3);
    const relatedIds = [...related.shadowRoot!.querySelectorAll('[part="link"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(relatedIds.some((href) => href!.includes('news-2020-07-knokke'))).to.equal(false);
    expect(relatedIds).to.have.length(2);
  });

  it('does not run a file whose integrity does not match: the fallback link stays', async () => {
    const wrong = `sha384-${btoa('x'.repeat(48))}`;
    const doc = await page(pointed(embed, wrong));
    expect(doc.defaultView!.customElements.get('benelux-news-list')).to.equal(undefined);
    const link = doc.querySelector('benelux-news-list > a')!;
    expect(link.textContent).to.equal('Toute l’actualité');
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

describe('README: Install from npm', () => {
  it('imports only entries the package exports, each built with its types', async () => {
    const pkg = JSON.parse(await text('/package.json')) as {
      exports: Record<string, { types: string; default: string }>;
    };
    const [imports] = codeBlocks(section('Install from npm'), 'js');
    const specifiers = [...imports.matchAll(/from '([^']+)'|import '([^']+)'/g)].map(
      ([, a, b]) => a ?? b,
    );
    expect(specifiers).to.have.length(3);
    for (const specifier of specifiers) {
      const subpath = specifier.replace('@benelux/widgets', '.');
      const entry = pkg.exports[subpath];
      expect(entry, `${specifier} is in package.json exports`).to.not.equal(undefined);
      await text(`/${entry.default.slice(2)}`);
      await text(`/${entry.types.slice(2)}`);
    }
  });
});

describe('README: React 19 and TypeScript', () => {
  const toPackage = (source: string) =>
    source.replaceAll("'../../src/", "'@benelux/widgets/").replace(/^\/\/.*\n/gm, '');

  it('shows the component the React host test renders, with its imports', async () => {
    const file = await text('/api/docs/source?path=test/react/LatestNews.tsx');
    const [component, imports] = codeBlocks(section('React 19'), 'tsx');
    expect(withoutImports(component)).to.equal(withoutImports(file));
    const fileImports = toPackage(file).match(/^import .*;$/gm)!;
    expect(imports.trim().split('\n')).to.deep.equal(fileImports);
  });

  it('types every attribute and event of the manifest in the JSX declaration', async () => {
    const typings = await text('/api/docs/source?path=test/react/benelux-widgets-jsx.d.ts');
    const manifest = JSON.parse(await text('/custom-elements.json')) as {
      modules: {
        declarations?: {
          tagName?: string;
          attributes?: { name: string }[];
          events?: { name: string }[];
        }[];
      }[];
    };
    for (const decl of manifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (!decl.tagName) continue;
      const start = typings.indexOf(`'${decl.tagName}': Host<`);
      expect(start, decl.tagName).to.be.greaterThan(-1);
      const block = typings.slice(start, typings.indexOf('};', start));
      const names = [
        ...(decl.attributes ?? []).map((a) => a.name).filter((n) => n !== 'lang'),
        ...(decl.events ?? [])
          .map((e) => e.name)
          .filter((n) => n.startsWith('benelux-'))
          .map((n) => `on${n}`),
      ];
      for (const name of names) {
        expect(block, `${decl.tagName} ${name}`).to.match(new RegExp(`\\n\\s+'?${name}'?\\?:`));
      }
    }
  });

  it('shows the JSX declaration that tsc checks the React test with', async () => {
    const file = await text('/api/docs/source?path=test/react/benelux-widgets-jsx.d.ts');
    const declaration = codeBlocks(section('TypeScript'), 'ts').find((b) =>
      b.includes("declare module 'react'"),
    );
    expect(declaration).to.equal(toPackage(file));
  });
});

describe('README: Feed format for publishers', () => {
  const [example] = codeBlocks(section('Feed format for publishers'), 'json');
  const feed = JSON.parse(example) as { items: { id: string }[] };

  it('gives a complete example that the schema accepts', async () => {
    expect(await validate('feed', feed)).to.deep.equal({ valid: true, errors: [] });
  });

  it('gives an example the news list renders, in every locale', async () => {
    for (const lang of ['fr', 'nl', 'de', 'en']) {
      const el = await fixture<BeneluxNewsList>(
        html`<benelux-news-list lang=${lang} hide-images .feed=${feed}></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      const links = [...el.shadowRoot!.querySelectorAll('[part="link"]')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://www.police.example/fr/news/2020-07-knokke/',
        'https://www.police.example/fr/news/2020-02-etoile/',
      ]);
      expect(el.shadowRoot!.querySelector('[part="views"]')!.textContent).to.match(/481/);
      await expect(el).to.be.accessible();
    }
  });

  it('documents every field of the _benelux extension the schema defines', async () => {
    const schema = JSON.parse(await text('/docs/feed.schema.json')) as {
      definitions: { benelux: { properties: Record<string, unknown> } };
    };
    for (const key of Object.keys(schema.definitions.benelux.properties)) {
      expect(section('Feed format for publishers')).to.include(`\`_benelux.${key}\``);
    }
  });

  it('validates the sample feeds of the demo and the stories', async () => {
    const files = [
      ...['fr', 'nl', 'de', 'en'].map((l) => `/demo/feeds/news.${l}.json`),
      '/stories/feeds/gallery.fr.json',
      '/stories/feeds/empty.json',
    ];
    for (const file of files) {
      const result = await validate('feed', JSON.parse(await text(file)));
      expect(result, file).to.deep.equal({ valid: true, errors: [] });
    }
  });

  it('rejects what the widgets would refuse or drop', async () => {
    const base = { version: 'https://jsonfeed.org/version/1.1' };
    const cases: [unknown, string][] = [
      [base, "must have required property 'items'"],
      [{ ...base, items: [{ title: 'no id' }] }, "must have required property 'id'"],
      [{ ...base, items: [{ id: 'a', _benelux: { views: -1 } }] }, 'must be >= 0'],
      [{ ...base, items: [{ id: 'a', _benelux: { views: 1.5 } }] }, 'must be integer'],
      [{ ...base, items: [{ id: 'a', _benelux: { kind: 'video' } }] }, 'allowed values'],
      [{ ...base, items: [{ id: 'a', url: 'javascript:alert(1)' }] }, 'must NOT be valid'],
      [{ ...base, items: [{ id: 'a', date_published: '16/07/2020' }] }, 'must match pattern'],
    ];
    for (const [data, message] of cases) {
      const result = await validate('feed', data);
      expect(result.valid, JSON.stringify(data)).to.equal(false);
      expect(result.errors.join('\n')).to.include(message);
    }
  });
});

describe('custom-elements.json', () => {
  it('is valid against the official Custom Elements Manifest schema', async () => {
    const manifest = JSON.parse(await text('/custom-elements.json')) as unknown;
    expect(await validate('manifest', manifest)).to.deep.equal({ valid: true, errors: [] });
  });

  it('is not accepted when broken (the schema check can fail)', async () => {
    const result = await validate('manifest', { schemaVersion: '1.0.0', modules: [{}] });
    expect(result.valid).to.equal(false);
  });

  it('describes every attribute in the README API reference', async () => {
    const manifest = JSON.parse(await text('/custom-elements.json')) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const reference = section('API reference');
    for (const decl of manifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (!decl.tagName) continue;
      expect(reference).to.include(`### \`<${decl.tagName}>\``);
      for (const a of decl.attributes ?? []) expect(reference).to.include(`| \`${a.name}\` |`);
    }
  });
});
