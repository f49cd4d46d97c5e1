/**
 * No English left in a French, Dutch or German widget: every state of the three elements
 * is rendered in each language, and nothing a reader sees or hears (text, accessible
 * names) contains an English source string of the XLIFF files. English, the source
 * language, must show its own strings in the same places, which keeps the test honest.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { uniqueKey, untilState } from '../support/helpers.js';

const SHOWN_ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'alt', 'placeholder'];

/** What a reader can see or hear in `el`'s shadow tree (nested shadow roots included). */
function shown(el: Element): string {
  const out: string[] = [];
  const visit = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n instanceof Text) {
        if (!n.parentElement?.closest('style')) out.push(n.data);
        continue;
      }
      const e = n as Element;
      for (const a of SHOWN_ATTRIBUTES) if (e.hasAttribute(a)) out.push(e.getAttribute(a)!);
      if (e.shadowRoot) visit(e.shadowRoot);
    }
  };
  visit(el.shadowRoot!);
  return out.join(' ').replace(/\s+/g, ' ');
}

/** The English source texts, read from the XLIFF file over HTTP, placeholders dropped. */
async function englishSources(): Promise<string[]> {
  const xml = await (await fetch('/xliff/fr.xlf')).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return [...doc.querySelectorAll('trans-unit > source')]
    .map((s) => s.textContent!.trim())
    .filter((s) => s.length > 3);
}

interface Case {
  name: string;
  state?: string;
  template: (lang: string, key: string) => TemplateResult;
  /** Something to do once the state is reached (e.g. expand). */
  then?: (el: HTMLElement) => Promise<unknown> | void;
}

const feed = (lang: string) => `/demo/feeds/news.${lang === 'en' ? 'en' : lang}.json`;
const longText = 'Lorem ipsum dolor sit amet. '.repeat(80);

/** The read-more button appears once the content is measured as overflowing. */
async function untilButton(el: HTMLElement): Promise<HTMLButtonElement> {
  const button = () => el.shadowRoot!.querySelector('button');
  for (let i = 0; i < 250 && !button(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(button(), 'the read-more button').not.to.equal(null);
  return button()!;
}

const CASES: Case[] = [
  {
    name: 'news list, loading',
    state: 'loading',
    template: (lang, key) =>
      html`<benelux-news-list
        lang=${lang}
        src=${`/api/slow?ms=10000&feed=${feed(lang)}&key=${key}`}
      ></benelux-news-list>`,
  },
  {
    name: 'news list, populated (with load more)',
    state: 'populated',
    template: (lang) =>
      html`<benelux-news-list
        lang=${lang}
        src=${feed(lang)}
        limit="1"
        load-more
      ></benelux-news-list>`,
  },
  {
    name: 'news list, related',
    state: 'populated',
    template: (lang) =>
      html`<benelux-news-list
        lang=${lang}
        src=${feed(lang)}
        related-to="news-2020-07-knokke"
      ></benelux-news-list>`,
  },
  {
    name: 'news list, empty',
    state: 'empty',
    template: (lang, key) =>
      html`<benelux-news-list lang=${lang} src=${`/api/slow?ms=0&key=${key}`}></benelux-news-list>`,
  },
  {
    name: 'news list, error',
    state: 'error',
    template: (lang, key) =>
      html`<benelux-news-list
        lang=${lang}
        src=${`/demo/feeds/does-not-exist.json?key=${key}`}
      ></benelux-news-list>`,
  },
  {
    name: 'news list, stale',
    state: 'stale',
    template: (lang, key) =>
      html`<benelux-news-list
        lang=${lang}
        refresh="1"
        src=${`/api/news-list/flaky?feed=${lang}&ok=1&key=${key}`}
      ></benelux-news-list>`,
  },
  {
    name: 'theme card, loading',
    state: 'loading',
    template: (lang, key) =>
      html`<benelux-theme-card
        lang=${lang}
        item="theme-senningen"
        src=${`/api/slow?ms=10000&feed=${feed(lang)}&key=${key}`}
      ></benelux-theme-card>`,
  },
  {
    name: 'theme card, populated with its latest news',
    state: 'populated',
    template: (lang) =>
      html`<benelux-theme-card
        lang=${lang}
        item="theme-senningen"
        news-limit="2"
        src=${feed(lang)}
      ></benelux-theme-card>`,
    then: async (el) => {
      const list = () => el.shadowRoot!.querySelector('benelux-news-list');
      for (let i = 0; i < 250 && list()?.getAttribute('state') !== 'populated'; i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(list()?.getAttribute('state'), 'the theme’s news').to.equal('populated');
    },
  },
  {
    name: 'theme card, empty',
    state: 'empty',
    template: (lang) =>
      html`<benelux-theme-card
        lang=${lang}
        item="no-such-item"
        src=${feed(lang)}
      ></benelux-theme-card>`,
  },
  {
    name: 'theme card, error',
    state: 'error',
    template: (lang, key) =>
      html`<benelux-theme-card
        lang=${lang}
        item="theme-senningen"
        src=${`/demo/feeds/does-not-exist.json?key=${key}`}
      ></benelux-theme-card>`,
  },
  {
    name: 'theme card, stale',
    state: 'stale',
    template: (lang, key) =>
      html`<benelux-theme-card
        lang=${lang}
        item="theme-senningen"
        refresh="1"
        src=${`/api/theme-card/feed?lang=${lang}&ok=1&key=${key}`}
      ></benelux-theme-card>`,
  },
  {
    name: 'read more, collapsed',
    template: (lang) =>
      html`<benelux-read-more lang=${lang} lines="2"><p>${longText}</p></benelux-read-more>`,
    then: (el) => untilButton(el),
  },
  {
    name: 'read more, expanded',
    template: (lang) =>
      html`<benelux-read-more lang=${lang} lines="2"><p>${longText}</p></benelux-read-more>`,
    then: async (el) => (await untilButton(el)).click(),
  },
];

describe('i18n: no English left in a translated widget', function () {
  this.timeout(60000);
  let sources: string[] = [];
  before(async () => {
    sources = await englishSources();
    expect(sources).to.include.members(['Read more', 'Retry', 'No news at the moment.']);
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const seen: Record<string, string[]> = {};
      for (const lang of ['en', 'fr', 'nl', 'de']) {
        const el = fixtureSync<HTMLElement>(c.template(lang, uniqueKey('no-english')));
        if (c.state) await untilState(el, c.state, 15000);
        await c.then?.(el);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const text = shown(el);
        seen[lang] = sources.filter((s) => text.includes(s));
        await expect(el, `${c.name} [${lang}]`).to.be.accessible();
        el.remove();
      }
      expect(seen.en, 'English widgets show their English strings').to.have.length.above(0);
      expect({ fr: seen.fr, nl: seen.nl, de: seen.de }).to.deep.equal({ fr: [], nl: [], de: [] });
    });
  }
});
