/**
 * A host application that owns `@lit/localize`: it configures its own locales (en source,
 * fr and es targets, with its own templates — one even reusing our `read-more` id) and
 * has its own localized Lit component. The widgets must keep their own languages, and
 * the host's component must keep switching.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  configureLocalization,
  LOCALE_STATUS_EVENT,
  msg,
  str,
  updateWhenLocaleChanges,
} from '@lit/localize';
import '../../src/index.js';
import type { BeneluxNewsList } from '../../src/index.js';
import { untilState } from '../support/helpers.js';
import { countUpdates, partText } from './support.js';

const hostTemplates: Record<string, Record<string, unknown>> = {
  fr: {
    'host.greeting': str`Bonjour ${0} !`,
    'read-more': 'Voir l’article (hôte)',
  },
  es: {
    'host.greeting': str`¡Hola ${0}!`,
    'read-more': 'Leer más (anfitrión)',
  },
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr', 'es'],
  loadLocale: async (locale) => ({ templates: hostTemplates[locale] }) as never,
});

/** The host's own component, localized the usual @lit/localize way. */
class HostGreeting extends LitElement {
  static override properties = { name: {} };
  name = 'Ana';
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  override render() {
    return html`<p>${msg(str`Hello ${this.name}!`, { id: 'host.greeting' })}</p>
      <a href="#">${msg('Read more', { id: 'read-more' })}</a>`;
  }
}
customElements.define('i18n-host-greeting', HostGreeting);

const hostText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const readMore = (el: Element) => partText(el, 'read-more').split(':')[0].trim();

function localeLoaded(): Promise<void> {
  return new Promise((resolve) => {
    const onStatus = (e: Event) => {
      if ((e as CustomEvent<{ status: string }>).detail.status !== 'ready') return;
      window.removeEventListener(LOCALE_STATUS_EVENT, onStatus);
      resolve();
    };
    window.addEventListener(LOCALE_STATUS_EVENT, onStatus);
  });
}

describe('i18n: a host page that configures its own @lit/localize', () => {
  after(async () => {
    const ready = localeLoaded();
    void setLocale('en');
    await ready.catch(() => undefined);
  });

  it('widgets keep their own languages while the host switches its locale', async () => {
    const page = fixtureSync(html`
      <div>
        <i18n-host-greeting></i18n-host-greeting>
        <benelux-news-list
          lang="fr-BE"
          src="/demo/feeds/news.fr.json"
          limit="1"
        ></benelux-news-list>
        <benelux-news-list
          lang="nl-BE"
          src="/demo/feeds/news.nl.json"
          limit="1"
        ></benelux-news-list>
      </div>
    `);
    const host = page.querySelector('i18n-host-greeting') as HostGreeting;
    const [fr, nl] = [...page.querySelectorAll<BeneluxNewsList>('benelux-news-list')];
    await Promise.all([fr, nl].map((el) => untilState(el, 'populated')));
    await host.updateComplete;
    expect(hostText(host)).to.equal('Hello Ana! Read more');
    expect([readMore(fr), readMore(nl)]).to.deep.equal(['Lire plus', 'Lees meer']);

    const updates = [fr, nl].map(countUpdates);
    let loaded = localeLoaded();
    await setLocale('es');
    await loaded;
    await host.updateComplete;
    expect(getLocale()).to.equal('es');
    expect(hostText(host)).to.equal('¡Hola Ana! Leer más (anfitrión)');

    loaded = localeLoaded();
    await setLocale('fr');
    await loaded;
    await host.updateComplete;
    expect(hostText(host)).to.equal('Bonjour Ana ! Voir l’article (hôte)');

    // The host's locale switches and its own "read-more" template reached neither widget.
    await Promise.all([fr, nl].map((el) => el.updateComplete));
    expect(updates.map((u) => u.count)).to.deep.equal([0, 0]);
    expect([readMore(fr), readMore(nl)]).to.deep.equal(['Lire plus', 'Lees meer']);
    expect(partText(fr, 'views')).to.equal('481 vues');
    await expect(fr).to.be.accessible();
    await expect(nl).to.be.accessible();
  });

  it('a widget added after the host chose a locale still speaks its own language', async () => {
    const loaded = localeLoaded();
    await setLocale('es');
    await loaded;
    const el = fixtureSync<BeneluxNewsList>(
      html`<benelux-news-list
        lang="de"
        src="/demo/feeds/news.de.json"
        limit="1"
      ></benelux-news-list>`,
    );
    await untilState(el, 'populated');
    expect(readMore(el)).to.equal('Weiterlesen');
    expect(partText(el, 'date')).to.equal('16. Juli 2020');
    // The widgets never touch the host's setting.
    expect(getLocale()).to.equal('es');
  });
});
