import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/index.js';
import type { BeneluxNewsList } from '../../src/index.js';
import { untilState } from '../support/helpers.js';
import { countUpdates, partText, settle, watchShadow } from './support.js';

const NNBSP = '\u202f';
const FEED = '/demo/feeds/news.{lang}.json';

/** What the first item of the sample feed looks like in each language. */
const FIRST_ITEM = {
  fr: {
    link: 'Des équipes de police belge et néerlandaise patrouillent ensemble à Knokke',
    date: '16 juil. 2020',
    views: '481 vues',
    readMore: 'Lire plus',
  },
  nl: {
    link: 'Belgische en Nederlandse politieteams patrouilleren samen in Knokke',
    date: '16 jul 2020',
    views: '481 keer bekeken',
    readMore: 'Lees meer',
  },
  de: {
    link: 'Belgische und niederländische Polizeiteams patrouillieren gemeinsam in Knokke',
    date: '16. Juli 2020',
    views: '481 Aufrufe',
    readMore: 'Weiterlesen',
  },
  en: {
    link: 'Belgian and Dutch police teams patrol together in Knokke',
    date: 'Jul 16, 2020',
    views: '481 views',
    readMore: 'Read more',
  },
};

function firstItem(el: Element) {
  return {
    link: partText(el, 'link'),
    date: partText(el, 'date'),
    views: partText(el, 'views'),
    readMore: partText(el, 'read-more').split(':')[0].trim(),
  };
}

function lists(root: ParentNode): BeneluxNewsList[] {
  return [...root.querySelectorAll('benelux-news-list')];
}

describe('i18n: three languages on one page', () => {
  const html0 = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = html0;
  });

  it('shows nl, fr and de at once; changing the div’s lang re-renders only what it holds', async () => {
    document.documentElement.lang = 'nl';
    const page = fixtureSync(html`
      <main>
        <div lang="fr" id="fr">
          <benelux-news-list src=${FEED} limit="1"></benelux-news-list>
        </div>
        <benelux-news-list lang="de" src=${FEED} limit="1"></benelux-news-list>
        <benelux-news-list src=${FEED} limit="1"></benelux-news-list>
      </main>
    `);
    const [fr, de, nl] = lists(page);
    await Promise.all([fr, de, nl].map((el) => untilState(el, 'populated')));

    expect(firstItem(fr)).to.deep.equal(FIRST_ITEM.fr);
    expect(firstItem(de)).to.deep.equal(FIRST_ITEM.de);
    expect(firstItem(nl)).to.deep.equal(FIRST_ITEM.nl);
    for (const el of [fr, de, nl]) {
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2020-07-16T09:30:00.000Z',
      );
      await expect(el).to.be.accessible();
    }

    const updates = [fr, de, nl].map(countUpdates);
    const dom = [de, nl].map(watchShadow);
    page.querySelector('#fr')!.setAttribute('lang', 'en');
    await settle(fr);
    await untilState(fr, 'populated');

    expect(firstItem(fr)).to.deep.equal(FIRST_ITEM.en);
    expect(updates[0].count).to.be.greaterThan(0);
    // The widgets outside the div neither updated nor touched their DOM.
    expect(updates.slice(1).map((u) => u.count)).to.deep.equal([0, 0]);
    expect(dom.map((d) => d.records.length)).to.deep.equal([0, 0]);
    expect(firstItem(de)).to.deep.equal(FIRST_ITEM.de);
    expect(firstItem(nl)).to.deep.equal(FIRST_ITEM.nl);
    await expect(fr).to.be.accessible();
  });

  it('follows <html lang>, except where a nearer lang decides', async () => {
    document.documentElement.lang = 'nl-BE';
    const page = fixtureSync(html`
      <main>
        <benelux-news-list src=${FEED} limit="1"></benelux-news-list>
        <div lang="fr-BE"><benelux-news-list src=${FEED} limit="1"></benelux-news-list></div>
      </main>
    `);
    const [inherits, fr] = lists(page);
    await Promise.all([inherits, fr].map((el) => untilState(el, 'populated')));
    expect(firstItem(inherits)).to.deep.equal(FIRST_ITEM.nl);

    const frUpdates = countUpdates(fr);
    document.documentElement.lang = 'de-BE';
    await settle(inherits);
    await untilState(inherits, 'populated');
    expect(firstItem(inherits)).to.deep.equal(FIRST_ITEM.de);
    expect(frUpdates.count).to.equal(0);

    document.documentElement.removeAttribute('lang');
    await settle(inherits);
    await untilState(inherits, 'populated');
    expect(firstItem(inherits)).to.deep.equal(FIRST_ITEM.en);
    expect(firstItem(fr)).to.deep.equal(FIRST_ITEM.fr);
  });

  it('an element’s own lang changes only that element', async () => {
    const page = fixtureSync(html`
      <div lang="de">
        <benelux-news-list src=${FEED} limit="1"></benelux-news-list>
        <benelux-news-list src=${FEED} limit="1"></benelux-news-list>
      </div>
    `);
    const [a, b] = lists(page);
    await Promise.all([a, b].map((el) => untilState(el, 'populated')));
    const bUpdates = countUpdates(b);
    a.lang = 'fr-BE';
    await settle(a);
    await untilState(a, 'populated');
    expect(firstItem(a)).to.deep.equal(FIRST_ITEM.fr);
    expect(bUpdates.count).to.equal(0);
    // A lang that resolves to the same locale does not re-render either.
    const aUpdates = countUpdates(a);
    a.lang = 'FR-be';
    await settle(a);
    expect(aUpdates.count).to.equal(0);
  });

  it('regional tags: the language’s strings, the region’s formats', async () => {
    const page = fixtureSync(html`
      <div>
        <benelux-news-list lang="fr-LU" limit="1"></benelux-news-list>
        <benelux-news-list lang="fr-BE" limit="1"></benelux-news-list>
        <benelux-news-list lang="en-GB" limit="1"></benelux-news-list>
        <benelux-news-list lang="de-LU" limit="1"></benelux-news-list>
        <benelux-news-list lang="nl-BE" limit="1"></benelux-news-list>
      </div>
    `);
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Regional',
      items: [
        {
          id: '1',
          title: 'T',
          url: 'https://example.org/1',
          date_published: '2020-07-16T11:30:00+02:00',
          _benelux: { views: 1925 },
        },
      ],
    };
    const all = lists(page);
    for (const el of all) el.feed = feed;
    await Promise.all(all.map((el) => untilState(el, 'populated')));
    expect(all.map((el) => [partText(el, 'date'), partText(el, 'views')])).to.deep.equal([
      ['16 juil. 2020', '1.925 vues'],
      ['16 juil. 2020', `1${NNBSP}925 vues`],
      ['16 Jul 2020', '1,925 views'],
      ['16. Juli 2020', '1.925 Aufrufe'],
      ['16 jul 2020', '1.925 keer bekeken'],
    ]);
  });

  it('view counts follow each language’s plural rules', async () => {
    const items = [0, 1, 2, 481, 1925].map((views) => ({
      id: `v${views}`,
      title: `Item ${views}`,
      url: `https://example.org/${views}`,
      _benelux: { views },
    }));
    const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'Views', items };
    const expected = {
      fr: ['0 vue', '1 vue', '2 vues', '481 vues', `1${NNBSP}925 vues`],
      nl: [
        '0 keer bekeken',
        '1 keer bekeken',
        '2 keer bekeken',
        '481 keer bekeken',
        '1.925 keer bekeken',
      ],
      de: ['0 Aufrufe', '1 Aufruf', '2 Aufrufe', '481 Aufrufe', '1.925 Aufrufe'],
      en: ['0 views', '1 view', '2 views', '481 views', '1,925 views'],
    };
    for (const [lang, views] of Object.entries(expected)) {
      const el = await fixture<BeneluxNewsList>(
        html`<benelux-news-list lang=${lang} limit="5" .feed=${feed}></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      const shown = [...el.shadowRoot!.querySelectorAll('[part="views"]')].map((n) =>
        n.textContent!.trim(),
      );
      expect(shown, lang).to.deep.equal(views);
    }
  });

  it('an unsupported language gives way to the nearest supported lang, else English', async () => {
    const page = fixtureSync(html`
      <div>
        <div lang="fr-LU">
          <benelux-news-list lang="lb" src=${FEED} limit="1"></benelux-news-list>
        </div>
        <div lang="es"><benelux-news-list src=${FEED} limit="1"></benelux-news-list></div>
      </div>
    `);
    const [lb, es] = lists(page);
    await Promise.all([lb, es].map((el) => untilState(el, 'populated')));
    // `{lang}` is the language the strings are in: the French feed for the lb widget.
    expect(firstItem(lb)).to.deep.equal(FIRST_ITEM.fr);
    expect(firstItem(es)).to.deep.equal(FIRST_ITEM.en);
    await expect(lb).to.be.accessible();
  });
});

describe('i18n: lang across shadow roots', () => {
  /** A host component (not ours) that puts a widget in its own shadow root. */
  class HostCard extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      const section = document.createElement('section');
      section.innerHTML = `<benelux-news-list src="${FEED}" limit="1"></benelux-news-list>`;
      root.append(section);
    }
  }
  customElements.define('i18n-host-card', HostCard);
  const widgetIn = (host: Element) =>
    host.shadowRoot!.querySelector<BeneluxNewsList>('benelux-news-list')!;

  it('a widget inside another component’s shadow root follows the host’s lang', async () => {
    const page = fixtureSync(html`
      <div>
        <i18n-host-card lang="nl-BE"></i18n-host-card>
        <i18n-host-card lang="de"></i18n-host-card>
      </div>
    `);
    const [nlHost, deHost] = [...page.querySelectorAll('i18n-host-card')];
    const [nl, de] = [widgetIn(nlHost), widgetIn(deHost)];
    await Promise.all([nl, de].map((el) => untilState(el, 'populated')));
    expect(firstItem(nl)).to.deep.equal(FIRST_ITEM.nl);
    expect(firstItem(de)).to.deep.equal(FIRST_ITEM.de);

    const deUpdates = countUpdates(de);
    nlHost.setAttribute('lang', 'fr');
    await settle(nl);
    await untilState(nl, 'populated');
    expect(firstItem(nl)).to.deep.equal(FIRST_ITEM.fr);
    expect(deUpdates.count).to.equal(0);

    // A lang set inside the host's shadow root is nearer than the host's.
    deHost.shadowRoot!.querySelector('section')!.setAttribute('lang', 'en');
    await settle(de);
    await untilState(de, 'populated');
    expect(firstItem(de)).to.deep.equal(FIRST_ITEM.en);
    await expect(nl).to.be.accessible();
  });

  it('the widgets inside a theme card follow a lang change above the card', async () => {
    const page = fixtureSync(html`
      <div lang="fr-BE">
        <benelux-theme-card item="theme-senningen" news-limit="1" src=${FEED}></benelux-theme-card>
      </div>
    `);
    const card = page.querySelector('benelux-theme-card')!;
    const inner = () => card.shadowRoot?.querySelector<BeneluxNewsList>('benelux-news-list');
    const innerState = async (state: string) => {
      for (let i = 0; i < 400 && inner()?.getAttribute('state') !== state; i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(inner()?.getAttribute('state')).to.equal(state);
    };
    await untilState(card, 'populated');
    await innerState('populated');
    expect(partText(card, 'news-heading')).to.equal('Dernières actualités');
    expect(partText(inner()!, 'date')).to.equal(FIRST_ITEM.fr.date);

    page.setAttribute('lang', 'nl-BE');
    await settle(card);
    await untilState(card, 'populated');
    await settle(inner()!);
    await innerState('populated');
    expect(partText(card, 'news-heading')).to.equal('Laatste nieuws');
    expect(partText(inner()!, 'date')).to.equal(FIRST_ITEM.nl.date);
    await expect(card).to.be.accessible();
  });

  it('a widget moved to another part of the page takes that part’s language', async () => {
    const page = fixtureSync(html`
      <div>
        <div lang="fr" id="a"><benelux-news-list src=${FEED} limit="1"></benelux-news-list></div>
        <div lang="nl" id="b"></div>
        <i18n-host-card lang="de"></i18n-host-card>
      </div>
    `);
    const [el] = lists(page);
    await untilState(el, 'populated');
    expect(firstItem(el)).to.deep.equal(FIRST_ITEM.fr);

    page.querySelector('#b')!.append(el);
    await settle(el);
    await untilState(el, 'populated');
    expect(firstItem(el)).to.deep.equal(FIRST_ITEM.nl);

    // Into another component's shadow root.
    page.querySelector('i18n-host-card')!.shadowRoot!.append(el);
    await settle(el);
    await untilState(el, 'populated');
    expect(firstItem(el)).to.deep.equal(FIRST_ITEM.de);

    // There, it keeps following lang changes (its new shadow root is watched too).
    el.parentNode!.querySelector('section')!.setAttribute('lang', 'fr');
    el.parentNode!.querySelector('section')!.append(el);
    await settle(el);
    await untilState(el, 'populated');
    expect(firstItem(el)).to.deep.equal(FIRST_ITEM.fr);
    el.parentElement!.setAttribute('lang', 'en');
    await settle(el);
    await untilState(el, 'populated');
    expect(firstItem(el)).to.deep.equal(FIRST_ITEM.en);
  });

  it('an atomic move (moveBefore) re-resolves too', async function () {
    const parent = document.createElement('div') as HTMLDivElement & {
      moveBefore?: (node: Node, child: Node | null) => void;
    };
    if (!parent.moveBefore) this.skip();
    const page = fixtureSync(html`
      <div>
        <div lang="fr" id="a"><benelux-news-list src=${FEED} limit="1"></benelux-news-list></div>
        <div lang="de" id="b"></div>
      </div>
    `);
    const [el] = lists(page);
    await untilState(el, 'populated');
    const b = page.querySelector('#b') as typeof parent;
    b.moveBefore!(el, null);
    await settle(el);
    await untilState(el, 'populated');
    expect(firstItem(el)).to.deep.equal(FIRST_ITEM.de);
  });
});
