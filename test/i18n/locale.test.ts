import { expect, fixtureSync, html } from '@open-wc/testing';
import { formatDate, formatNumber, pluralCategory } from '../../src/i18n/format.js';
import { localeOf, resolveLocale, supportedLocale } from '../../src/i18n/locale.js';
import { msgFor, str, supportedLanguages, translate } from '../../src/i18n/localize.js';
import { catalogs } from '../../src/generated/locales/index.js';

const NNBSP = '\u202f';

describe('i18n: resolving a lang tag', () => {
  it('knows the four languages, English being the source', () => {
    expect([...supportedLanguages].sort()).to.deep.equal(['de', 'en', 'fr', 'nl']);
  });

  it('keeps the region for Intl and uses the language for strings', () => {
    expect(resolveLocale('fr-BE')).to.deep.equal({ language: 'fr', tag: 'fr-BE', catalog: 'fr' });
    expect(resolveLocale('nl-BE')).to.deep.equal({ language: 'nl', tag: 'nl-BE', catalog: 'nl' });
    expect(resolveLocale('de-LU')).to.deep.equal({ language: 'de', tag: 'de-LU', catalog: 'de' });
    expect(resolveLocale('fr-LU')).to.deep.equal({ language: 'fr', tag: 'fr-LU', catalog: 'fr' });
    expect(resolveLocale('en-GB')).to.deep.equal({ language: 'en', tag: 'en-GB', catalog: 'en' });
  });

  it('canonicalizes what authors write', () => {
    expect(resolveLocale('FR-be')).to.deep.equal({ language: 'fr', tag: 'fr-BE', catalog: 'fr' });
    expect(resolveLocale(' nl_nl ')).to.deep.equal({ language: 'nl', tag: 'nl-NL', catalog: 'nl' });
    expect(resolveLocale('de-Latn-CH')).to.deep.equal({
      language: 'de',
      tag: 'de-Latn-CH',
      catalog: 'de',
    });
  });

  it('uses a regional catalog when there is one (data only: a code in lit-localize.json)', () => {
    const languages = supportedLanguages as string[];
    catalogs['nl-BE'] = { 'read-more': 'Lees verder' };
    languages.push('nl-BE');
    try {
      expect(resolveLocale('nl-be')).to.deep.equal({
        language: 'nl',
        tag: 'nl-BE',
        catalog: 'nl-BE',
      });
      expect(resolveLocale('nl-NL')).to.deep.equal({ language: 'nl', tag: 'nl-NL', catalog: 'nl' });
      expect(msgFor('nl-BE')('Read more', { id: 'read-more' })).to.equal('Lees verder');
    } finally {
      languages.pop();
      delete catalogs['nl-BE'];
    }
  });

  it('falls back to English for unsupported or broken tags', () => {
    for (const tag of ['es', 'lb-LU', 'zz', '', '  ', 'not a tag', 'fr--BE']) {
      expect(resolveLocale(tag), JSON.stringify(tag)).to.deep.equal({
        language: 'en',
        tag: 'en',
        catalog: 'en',
      });
      expect(supportedLocale(tag), JSON.stringify(tag)).to.equal(undefined);
    }
  });
});

describe('i18n: the locale of an element in the page', () => {
  it('takes its own lang, else the nearest ancestor lang', () => {
    const root = fixtureSync(html`
      <div lang="nl-BE">
        <section>
          <p id="inherit"></p>
          <p id="own" lang="fr-BE"></p>
          <p id="empty" lang=""></p>
        </section>
      </div>
    `);
    expect(localeOf(root.querySelector('#inherit')!)).to.deep.equal({
      language: 'nl',
      tag: 'nl-BE',
      catalog: 'nl',
    });
    expect(localeOf(root.querySelector('#own')!)).to.deep.equal({
      language: 'fr',
      tag: 'fr-BE',
      catalog: 'fr',
    });
    // An empty lang says nothing: the ancestor's language applies.
    expect(localeOf(root.querySelector('#empty')!).tag).to.equal('nl-BE');
  });

  it('crosses shadow roots, nested ones too', () => {
    const outer = fixtureSync(html`<div lang="de-LU"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    const deeper = document.createElement('i');
    inner.attachShadow({ mode: 'closed' }).append(deeper);
    expect(localeOf(deeper)).to.deep.equal({ language: 'de', tag: 'de-LU', catalog: 'de' });
  });

  it('passes over an unsupported language to the next lang above it', () => {
    const root = fixtureSync(html`
      <div lang="fr-LU">
        <p lang="lb"><span id="lb"></span></p>
      </div>
      <div lang="es"><span id="es"></span></div>
    `);
    expect(localeOf(root.querySelector('#lb')!)).to.deep.equal({
      language: 'fr',
      tag: 'fr-LU',
      catalog: 'fr',
    });
    const es = root.parentElement!.querySelector('#es')!;
    // Nothing supported up to <html lang="en"> (the test page): English.
    expect(localeOf(es).language).to.equal('en');
  });
});

describe('i18n: messages', () => {
  it('every target language has every message the source has', () => {
    const ids = Object.keys(catalogs.fr).sort();
    expect(ids).to.include.members(['read-more', 'views.one', 'views.other', 'fallback-notice']);
    for (const language of ['nl', 'de']) {
      expect(Object.keys(catalogs[language]).sort(), language).to.deep.equal(ids);
    }
  });

  it('translates plain messages per language, unknown ids keep the source text', () => {
    expect(msgFor('fr')('Read more', { id: 'read-more' })).to.equal('Lire plus');
    expect(msgFor('nl')('Read more', { id: 'read-more' })).to.equal('Lees meer');
    expect(msgFor('de')('Read more', { id: 'read-more' })).to.equal('Weiterlesen');
    expect(msgFor('en')('Read more', { id: 'read-more' })).to.equal('Read more');
    expect(translate('fr', 'Something new', { id: 'not-in-any-catalog' })).to.equal(
      'Something new',
    );
  });

  it('fills str placeholders by source index, even when a translation reorders them', () => {
    const n = '481';
    expect(msgFor('fr')(str`${n} views`, { id: 'views.other' })).to.equal('481 vues');
    expect(msgFor('en')(str`${n} views`, { id: 'views.other' })).to.equal('481 views');
    // A translation that moves the placeholders: the localized template holds indexes.
    const reordered = { strTag: true as const, strings: ['', ' of ', ''], values: [1, 0] };
    const catalog = catalogs.fr as Record<string, unknown>;
    catalog['test.reorder'] = reordered;
    try {
      const [a, b] = ['A', 'B'];
      expect(translate('fr', str`${a} then ${b}`, { id: 'test.reorder' })).to.equal('B of A');
      // A translation may also drop the value ("Une vue" for exactly one view).
      catalog['test.plain'] = 'Une vue';
      expect(translate('fr', str`${a} view`, { id: 'test.plain' })).to.equal('Une vue');
    } finally {
      delete catalog['test.reorder'];
      delete catalog['test.plain'];
    }
  });
});

describe('i18n: Intl formats in the full locale', () => {
  const july16 = new Date('2020-07-16T11:30:00+02:00');

  it('formats dates per region', () => {
    expect(formatDate(july16, 'fr-BE')).to.equal('16 juil. 2020');
    expect(formatDate(july16, 'nl-BE')).to.equal('16 jul 2020');
    expect(formatDate(july16, 'de-LU')).to.equal('16. Juli 2020');
    expect(formatDate(july16, 'en-GB')).to.equal('16 Jul 2020');
    expect(formatDate(july16, 'en')).to.equal('Jul 16, 2020');
  });

  it('shows dates in Benelux time whatever the reader’s time zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Brussels.
    expect(formatDate(new Date('2019-12-31T23:30:00Z'), 'fr')).to.equal('1 janv. 2020');
  });

  it('formats numbers per region (fr uses a narrow no-break space)', () => {
    expect(formatNumber(1925, 'fr-BE')).to.equal(`1${NNBSP}925`);
    expect(formatNumber(1925, 'fr-LU')).to.equal('1.925');
    expect(formatNumber(1925, 'nl-BE')).to.equal('1.925');
    expect(formatNumber(1925, 'de-LU')).to.equal('1.925');
    expect(formatNumber(1925, 'en-GB')).to.equal('1,925');
  });

  it('picks plural categories with Intl.PluralRules', () => {
    // French counts 0 and 1 as singular; Dutch, German and English only 1.
    expect([0, 1, 2].map((n) => pluralCategory(n, 'fr'))).to.deep.equal(['one', 'one', 'other']);
    for (const tag of ['nl', 'de', 'en']) {
      expect(
        [0, 1, 2].map((n) => pluralCategory(n, tag)),
        tag,
      ).to.deep.equal(['other', 'one', 'other']);
    }
  });
});
