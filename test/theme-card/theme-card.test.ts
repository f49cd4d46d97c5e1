import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/theme-card.js';
import type { BeneluxThemeCard } from '../../src/theme-card.js';
import type { BeneluxNewsList } from '../../src/news-list.js';
import type { BeneluxReadMore } from '../../src/read-more.js';
import { LOCALES, requestCount, uniqueKey, untilState, type Locale } from '../support/helpers.js';

declare global {
  interface Window {
    pwned?: number;
  }
}

const T = {
  fr: {
    loading: 'Chargement…',
    error: 'Ce contenu n’a pas pu être chargé.',
    empty: 'Ce thème n’est pas disponible.',
    stale: 'Ce contenu n’est peut-être plus à jour.',
    link: 'En savoir plus sur ce thème',
    news: 'Dernières actualités',
    retry: 'Réessayer',
    more: 'Lire plus',
  },
  nl: {
    loading: 'Laden…',
    error: 'Deze inhoud kon niet worden geladen.',
    empty: 'Dit thema is niet beschikbaar.',
    stale: 'Deze inhoud is mogelijk niet meer actueel.',
    link: 'Meer over dit thema',
    news: 'Laatste nieuws',
    retry: 'Opnieuw proberen',
    more: 'Lees meer',
  },
  de: {
    loading: 'Wird geladen…',
    error: 'Dieser Inhalt konnte nicht geladen werden.',
    empty: 'Dieses Thema ist nicht verfügbar.',
    stale: 'Dieser Inhalt ist möglicherweise nicht mehr aktuell.',
    link: 'Mehr zu diesem Thema',
    news: 'Aktuelle Nachrichten',
    retry: 'Erneut versuchen',
    more: 'Weiterlesen',
  },
  en: {
    loading: 'Loading…',
    error: 'This content could not be loaded.',
    empty: 'This theme is not available.',
    stale: 'This content may be out of date.',
    link: 'More about this theme',
    news: 'Latest news',
    retry: 'Retry',
    more: 'Read more',
  },
} as const;

interface RawItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_text: string;
  _benelux: { kind?: string; theme?: string };
}

const themeItems = new Map<Locale, RawItem>();
async function themeItem(lang: Locale): Promise<RawItem> {
  if (!themeItems.has(lang)) {
    const feed = (await (await fetch(`/demo/feeds/news.${lang}.json`)).json()) as {
      items: RawItem[];
    };
    themeItems.set(
      lang,
      feed.items.find((i) => i._benelux.kind === 'theme')!,
    );
  }
  return themeItems.get(lang)!;
}

const feedUrl = (params: string) => `/api/theme-card/feed?${params}&key=${uniqueKey('tc')}`;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Text as rendered: slots replaced by what they show, shadow roots entered. */
function composedText(node: Node): string {
  if (node instanceof HTMLSlotElement)
    return node.assignedNodes({ flatten: true }).map(composedText).join('');
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const children =
    node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return [...children].map(composedText).join('');
}

/**
 * The rendered outline: every part and block element in composed order, with its text.
 * Slots are flattened and shadow roots entered; inline wrappers (span, slotted or not) are
 * transparent, so feed content and equivalent slotted content compare equal.
 */
function outline(el: Element): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof HTMLSlotElement) {
      node.assignedNodes({ flatten: true }).forEach(visit);
      return;
    }
    if (!(node instanceof Element)) return;
    if (getComputedStyle(node).display === 'none') return;
    const p = node.getAttribute('part');
    if (p || /^(h[1-6]|p|ul|ol|li|a|img|blockquote|section|button)$/.test(node.localName)) {
      out.push(`${node.localName}${p ? `[${p}]` : ''} ${squash(composedText(node))}`);
    }
    const root = node.shadowRoot ?? node;
    root.childNodes.forEach(visit);
  };
  el.shadowRoot!.childNodes.forEach(visit);
  return out;
}

async function mount(template: ReturnType<typeof html>): Promise<BeneluxThemeCard> {
  const el = await fixture<BeneluxThemeCard>(template);
  return el;
}

/** Run `fn` with console.warn / console.error recorded (and silenced). */
async function captureConsole<R>(fn: () => Promise<R>) {
  const warn = console.warn;
  const error = console.error;
  const warnings: unknown[][] = [];
  const errors: unknown[][] = [];
  console.warn = (...a: unknown[]) => warnings.push(a);
  console.error = (...a: unknown[]) => errors.push(a);
  try {
    return { result: await fn(), warnings, errors };
  } finally {
    console.warn = warn;
    console.error = error;
  }
}

/** Resolves when `check` is true, polling each animation frame (no time limit but mocha's). */
function until(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const tick = () => (check() ? resolve() : requestAnimationFrame(tick));
    tick();
  });
}

describe('<benelux-theme-card>', () => {
  afterEach(() => {
    delete window.pwned;
  });

  for (const lang of LOCALES) {
    const t = T[lang];
    describe(`in ${lang}`, () => {
      it('loading: a skeleton hidden from assistive technology, announced politely', async () => {
        const el = await mount(
          html`<benelux-theme-card
            lang=${lang}
            item="theme-senningen"
            src=${`/api/slow?ms=4000&feed=/demo/feeds/news.${lang}.json&key=${uniqueKey()}`}
          ></benelux-theme-card>`,
        );
        expect(el.getAttribute('state')).to.equal('loading');
        const status = part(el, 'status')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(squash(status.textContent)).to.equal(t.loading);
        expect(part(el, 'skeleton')!.getAttribute('aria-hidden')).to.equal('true');
        expect(part(el, 'skeleton')!.getBoundingClientRect().height).to.be.greaterThan(100);
        await expect(el).to.be.accessible();
        el.remove();
      });

      it('populated: title, intro, body paragraphs, read-more and the theme link', async () => {
        const raw = await themeItem(lang);
        const el = await mount(
          html`<benelux-theme-card
            lang=${lang}
            item="theme-senningen"
            src=${feedUrl(`lang=${lang}`)}
          ></benelux-theme-card>`,
        );
        const loaded = await oneEvent(el, 'benelux-load');
        expect(loaded.detail.item.id).to.equal('theme-senningen');
        await untilState(el, 'populated');
        await el.updateComplete;
        const title = part(el, 'title')!;
        expect(title.localName).to.equal('h2');
        expect(squash(title.textContent)).to.equal(raw.title);
        expect(squash(part(el, 'summary')!.textContent)).to.equal(raw.summary);
        const paragraphs = raw.content_text.split(/\n\s*\n/);
        const body = part(el, 'body')!;
        expect([...body.children].map((p) => p.localName)).to.deep.equal(paragraphs.map(() => 'p'));
        expect(body.lastElementChild!.textContent).to.equal(paragraphs.at(-1));
        const readMore = part(el, 'read-more') as BeneluxReadMore;
        expect(readMore.localName).to.equal('benelux-read-more');
        expect(body.parentElement).to.equal(readMore);
        await until(() => !!readMore.shadowRoot!.querySelector('button'));
        expect(squash(readMore.shadowRoot!.querySelector('button')!.textContent)).to.equal(
          `${t.more}: ${raw.title}`,
        );
        const link = part(el, 'link') as HTMLAnchorElement;
        expect(link.href).to.equal(raw.url);
        expect(squash(link.textContent)).to.equal(`${t.link}: ${raw.title}`);
        expect(squash(part(el, 'status')!.textContent)).to.equal('');
        await expect(el).to.be.accessible();
      });

      it('empty: the item is missing (or not a theme)', async () => {
        for (const item of ['no-such-item', 'news-2020-07-knokke']) {
          const el = await mount(
            html`<benelux-theme-card
              lang=${lang}
              item=${item}
              src=${feedUrl(`lang=${lang}`)}
            ></benelux-theme-card>`,
          );
          await untilState(el, 'empty');
          expect(squash(part(el, 'status')!.textContent)).to.equal(t.empty);
          expect(part(el, 'card')).to.equal(null);
          await expect(el).to.be.accessible();
          el.remove();
        }
      });

      it('error: message, Retry, the light-DOM fallback, one warning and benelux-error', async () => {
        const key = uniqueKey('err');
        const {
          result: el,
          warnings,
          errors,
        } = await captureConsole(async () => {
          const el = await mount(
            html`<benelux-theme-card
              lang=${lang}
              item="theme-senningen"
              src=${`/api/theme-card/feed?status=404&key=${key}`}
              ><a href="/fr/concertation-senningen/">Concertation Senningen</a></benelux-theme-card
            >`,
          );
          const failed = await oneEvent(el, 'benelux-error');
          expect(failed.detail).to.include({ kind: 'http', status: 404 });
          await untilState(el, 'error');
          return el;
        });
        expect(warnings).to.have.length(1);
        expect(errors).to.have.length(0);
        expect(squash(part(el, 'status')!.textContent)).to.equal(t.error);
        const retry = part(el, 'retry')!;
        expect(squash(retry.textContent)).to.equal(t.retry);
        const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
        expect(slot.assignedElements()[0].textContent).to.equal('Concertation Senningen');
        await expect(el).to.be.accessible();
        const before = await requestCount(key);
        await captureConsole(async () => {
          retry.click();
          await oneEvent(el, 'benelux-error');
        });
        expect(await requestCount(key)).to.equal(before + 1);
      });

      it('stale: a failed refresh keeps the theme and shows a discreet notice', async () => {
        const raw = await themeItem(lang);
        const { result: el } = await captureConsole(async () => {
          const el = await mount(
            html`<benelux-theme-card
              lang=${lang}
              item="theme-senningen"
              refresh="1"
              src=${feedUrl(`lang=${lang}&ok=1`)}
            ></benelux-theme-card>`,
          );
          await untilState(el, 'populated');
          await untilState(el, 'stale');
          return el;
        });
        expect(squash(part(el, 'status')!.textContent)).to.equal(t.stale);
        expect(squash(part(el, 'title')!.textContent)).to.equal(raw.title);
        await expect(el).to.be.accessible();
        el.remove();
      });

      it('populated from slotted content, with the same strings', async () => {
        const raw = await themeItem(lang);
        const el = await mount(
          html`<benelux-theme-card lang=${lang} href=${raw.url}>
            <span slot="title">${raw.title}</span>
            <p slot="summary">${raw.summary}</p>
            <p>${raw.content_text.split(/\n\s*\n/)[0]}</p>
          </benelux-theme-card>`,
        );
        expect(el.getAttribute('state')).to.equal('populated');
        const link = part(el, 'link')!;
        await until(() => squash(link.textContent) === `${t.link}: ${raw.title}`);
        await expect(el).to.be.accessible();
      });

      it('lists the latest news of the theme with the news list, under a localized heading', async () => {
        const key = uniqueKey('news');
        const el = await mount(
          html`<benelux-theme-card
            lang=${lang}
            item="theme-senningen"
            news-limit="2"
            src=${`/api/theme-card/feed?lang=${lang}&key=${key}`}
          ></benelux-theme-card>`,
        );
        await untilState(el, 'populated');
        await el.updateComplete;
        const list = el.shadowRoot!.querySelector('benelux-news-list') as BeneluxNewsList;
        expect(list.getAttribute('theme')).to.equal('senningen');
        await untilState(list, 'populated');
        await list.updateComplete;
        expect(list.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(2);
        expect(list.shadowRoot!.querySelector('[part="title"]')!.localName).to.equal('h4');
        const newsHeading = part(el, 'news-heading')!;
        expect(newsHeading.localName).to.equal('h3');
        expect(squash(newsHeading.textContent)).to.equal(t.news);
        expect(await requestCount(key)).to.equal(1);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('renders the French sample theme item and equivalent slotted content the same way', async () => {
    const raw = await themeItem('fr');
    const fromFeed = await mount(
      html`<benelux-theme-card
        lang="fr"
        item="theme-senningen"
        src="/demo/feeds/news.fr.json"
      ></benelux-theme-card>`,
    );
    await untilState(fromFeed, 'populated');
    const slotted = await mount(
      html`<benelux-theme-card lang="fr" href=${raw.url}>
        <span slot="title">${raw.title}</span>
        <p slot="summary">${raw.summary}</p>
        ${raw.content_text.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`)}
      </benelux-theme-card>`,
    );
    const buttons = (el: BeneluxThemeCard) => () =>
      !!(part(el, 'read-more') as BeneluxReadMore).shadowRoot!.querySelector('button');
    await until(buttons(fromFeed));
    await until(buttons(slotted));
    const a = outline(fromFeed);
    expect(a).to.deep.equal(outline(slotted));
    expect(a.map((line) => line.split(' ')[0])).to.deep.equal([
      'div[status]',
      'section[card]',
      'h2[title]',
      'div[summary]',
      'p',
      'benelux-read-more[read-more]',
      'div[content]',
      'div[body]',
      'p',
      'p',
      'p',
      'p',
      'p',
      'button[button]',
      'a[link]',
    ]);
    await expect(fromFeed).to.be.accessible();
    await expect(slotted).to.be.accessible();
  });

  it('renders content_html only sanitized: hostile markup is harmless', async () => {
    const el = await mount(
      html`<benelux-theme-card
        lang="fr"
        item="theme-senningen"
        src=${feedUrl('lang=fr&html=hostile')}
      ></benelux-theme-card>`,
    );
    await untilState(el, 'populated');
    await el.updateComplete;
    const body = part(el, 'body')!;
    expect(squash(body.textContent)).to.equal('Texte sûr.Cliquerjs');
    expect(
      body.querySelectorAll('script, style, img, svg, math, iframe, form, input').length,
    ).to.equal(0);
    for (const node of body.querySelectorAll('*')) {
      expect(node.getAttributeNames().filter((n) => n !== 'href' && n !== 'rel')).to.deep.equal([]);
    }
    expect(body.querySelectorAll('a').length).to.equal(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(window.pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('renders rich content_html with absolute safe links, headings under the title', async () => {
    const src = feedUrl('lang=fr&html=rich');
    const el = await mount(
      html`<benelux-theme-card lang="fr" item="theme-senningen" src=${src}></benelux-theme-card>`,
    );
    await untilState(el, 'populated');
    await el.updateComplete;
    const body = part(el, 'body')!;
    expect([...body.children].map((c) => c.localName)).to.deep.equal(['p', 'ul', 'blockquote']);
    const a = body.querySelector('a')!;
    expect(a.href).to.equal(new URL('../page.html', new URL(src, document.baseURI)).href);
    expect(a.rel).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();

    const deeper = await mount(
      html`<benelux-theme-card
        lang="fr"
        heading-level="3"
        item="theme-senningen"
        src=${feedUrl('lang=fr&html=headings')}
      ></benelux-theme-card>`,
    );
    await untilState(deeper, 'populated');
    await deeper.updateComplete;
    expect(part(deeper, 'title')!.localName).to.equal('h3');
    const headings = [...part(deeper, 'body')!.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    expect(headings.map((h) => h.localName)).to.deep.equal(['h4', 'h5']);
    await expect(deeper).to.be.accessible();
  });

  it('falls back to the English feed when {lang} is missing, with a localized notice', async () => {
    const key = uniqueKey('fb');
    const en = await themeItem('en');
    const el = await mount(
      html`<benelux-theme-card
        lang="fr"
        item="theme-senningen"
        src=${`/api/theme-card/feed?lang={lang}&have=en&key=${key}`}
      ></benelux-theme-card>`,
    );
    await untilState(el, 'populated');
    await el.updateComplete;
    expect(squash(part(el, 'title')!.textContent)).to.equal(en.title);
    expect(squash(part(el, 'status')!.textContent)).to.equal(
      'Ces actualités ne sont pas disponibles dans votre langue.',
    );
    await expect(el).to.be.accessible();
  });

  it('uses fallback-src when the {lang} feed is missing', async () => {
    const de = await themeItem('de');
    const el = await mount(
      html`<benelux-theme-card
        lang="nl"
        item="theme-senningen"
        src=${`/api/theme-card/feed?lang={lang}&have=fr&key=${uniqueKey()}`}
        fallback-src=${`/api/theme-card/feed?lang=de&key=${uniqueKey()}`}
      ></benelux-theme-card>`,
    );
    await untilState(el, 'populated');
    expect(squash(part(el, 'title')!.textContent)).to.equal(de.title);
  });

  it('follows a lang change without reloading the page', async () => {
    const el = await mount(
      html`<benelux-theme-card lang="fr" href="https://example.org/theme"
        ><span slot="title">Titre</span>
        <p>Texte.</p></benelux-theme-card
      >`,
    );
    await until(() => squash(part(el, 'link')!.textContent) === `${T.fr.link}: Titre`);
    el.setAttribute('lang', 'de');
    await el.updateComplete;
    expect(squash(part(el, 'link')!.textContent)).to.equal(`${T.de.link}: Titre`);
  });

  it('loads the feed of the new language when lang changes with a {lang} src', async () => {
    const [fr, nl] = [await themeItem('fr'), await themeItem('nl')];
    const el = await mount(
      html`<benelux-theme-card
        lang="fr"
        item="theme-senningen"
        src=${`/api/theme-card/feed?lang={lang}&key=${uniqueKey()}`}
      ></benelux-theme-card>`,
    );
    await untilState(el, 'populated');
    expect(squash(part(el, 'title')!.textContent)).to.equal(fr.title);
    el.setAttribute('lang', 'nl');
    await until(() => squash(part(el, 'title')?.textContent) === nl.title);
    expect(squash(part(el, 'link')!.textContent)).to.equal(`${T.nl.link}: ${nl.title}`);
  });

  it('shows no read-more button for a short body, and no style attributes', async () => {
    const el = await mount(
      html`<benelux-theme-card lang="en"
        ><span slot="title">Short</span>
        <p>One line.</p></benelux-theme-card
      >`,
    );
    const readMore = part(el, 'read-more') as BeneluxReadMore;
    await readMore.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    await readMore.updateComplete;
    expect(readMore.shadowRoot!.querySelector('button')).to.equal(null);
    expect(part(el, 'link')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('reads an inline feed child, and lists its news too', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {
          id: 't',
          title: 'Thème inline',
          content_text: 'Un.',
          _benelux: { kind: 'theme', theme: 'x' },
        },
        { id: 'n1', title: 'Nouvelle', url: 'https://example.org/n1', _benelux: { theme: 'x' } },
      ],
    };
    const script = document.createElement('script');
    script.type = 'application/feed+json';
    script.textContent = JSON.stringify(feed);
    const el = document.createElement('benelux-theme-card');
    el.setAttribute('lang', 'fr');
    el.setAttribute('item', 't');
    el.setAttribute('news-limit', '3');
    el.append(script);
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('populated');
      expect(squash(part(el, 'title')!.textContent)).to.equal('Thème inline');
      const list = el.shadowRoot!.querySelector('benelux-news-list') as BeneluxNewsList;
      await list.updateComplete;
      expect(squash(list.shadowRoot!.querySelector('[part="link"]')!.textContent)).to.equal(
        'Nouvelle',
      );
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('shows the item image, decorative, resolved against the feed URL', async () => {
    const src = feedUrl('lang=fr&image=1');
    const el = await mount(
      html`<benelux-theme-card lang="fr" item="theme-senningen" src=${src}></benelux-theme-card>`,
    );
    await untilState(el, 'populated');
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.src).to.equal(new URL('images/theme.png', new URL(src, document.baseURI)).href);
    expect(img.compareDocumentPosition(part(el, 'title')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('passes `lines` to the read-more and keeps heading-level within 2–6', async () => {
    const el = await mount(
      html`<benelux-theme-card lang="fr" lines="2" heading-level="9"
        ><span slot="title">Titre</span>
        <p>Texte.</p></benelux-theme-card
      >`,
    );
    expect((part(el, 'read-more') as BeneluxReadMore).lines).to.equal(2);
    expect(part(el, 'title')!.localName).to.equal('h2');
    el.headingLevel = 4;
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h4');
  });

  // (@web/test-runner's emulateMedia ignores forcedColors under puppeteer: not emulated here.)
  it('follows a dark color scheme and stays accessible', async () => {
    const el = await mount(
      html`<benelux-theme-card
        lang="nl"
        item="theme-senningen"
        news-limit="1"
        src=${feedUrl('lang=nl')}
      ></benelux-theme-card>`,
    );
    await untilState(el, 'populated');
    // The page follows the reader's scheme, as a host page opting in would.
    const scheme = new CSSStyleSheet();
    scheme.replaceSync(':root { color-scheme: light dark; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, scheme];
    const card = part(el, 'card')!;
    const light = getComputedStyle(card).backgroundColor;
    try {
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(card).backgroundColor).to.not.equal(light);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== scheme);
    }
  });

  it('exports the parts of its read-more and news list for ::part() styling', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      .parts::part(read-more-button) { color: rgb(1, 2, 3); }
      .parts::part(news-title) { color: rgb(4, 5, 6); }
    `);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const el = await mount(
        html`<benelux-theme-card
          class="parts"
          lang="fr"
          item="theme-senningen"
          news-limit="1"
          src=${feedUrl('lang=fr')}
        ></benelux-theme-card>`,
      );
      await untilState(el, 'populated');
      const readMore = part(el, 'read-more') as BeneluxReadMore;
      await until(() => !!readMore.shadowRoot!.querySelector('button'));
      expect(getComputedStyle(readMore.shadowRoot!.querySelector('button')!).color).to.equal(
        'rgb(1, 2, 3)',
      );
      const list = el.shadowRoot!.querySelector('benelux-news-list') as BeneluxNewsList;
      await untilState(list, 'populated');
      await list.updateComplete;
      const title = list.shadowRoot!.querySelector('[part="title"]')!;
      expect(getComputedStyle(title).color).to.equal('rgb(4, 5, 6)');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('reports a failed refresh once, though its news list shares the feed', async () => {
    const events: Event[] = [];
    const listen = (e: Event) => events.push(e);
    document.addEventListener('benelux-error', listen);
    try {
      await captureConsole(async () => {
        const el = await mount(
          html`<benelux-theme-card
            lang="fr"
            item="theme-senningen"
            refresh="1"
            news-limit="2"
            src=${feedUrl('lang=fr&ok=1')}
          ></benelux-theme-card>`,
        );
        await untilState(el, 'stale');
        const list = el.shadowRoot!.querySelector('benelux-news-list')!;
        await untilState(list, 'stale');
      });
      expect(events).to.have.length(1);
      expect((events[0] as CustomEvent).detail).to.include({ kind: 'http', status: 400 });
    } finally {
      document.removeEventListener('benelux-error', listen);
    }
  });

  it('takes the feed as a property too', async () => {
    const feed = await (await fetch('/demo/feeds/news.nl.json')).json();
    const el = await mount(
      html`<benelux-theme-card
        lang="nl"
        item="theme-senningen"
        .feed=${feed}
      ></benelux-theme-card>`,
    );
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('populated');
    expect(squash(part(el, 'title')!.textContent)).to.equal((await themeItem('nl')).title);
  });
});
