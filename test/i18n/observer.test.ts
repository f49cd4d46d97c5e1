/**
 * Watching `lang` is cheap: one MutationObserver for the page, observing the document
 * once and each shadow root that holds a widget once — never one observer per widget.
 * (This file's page creates no widget before the spy is installed.)
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/index.js';
import type { BeneluxNewsList } from '../../src/index.js';
import { untilState } from '../support/helpers.js';

interface LangObservation {
  observer: MutationObserver;
  target: Node;
}

function spyLangObservers(): { calls: LangObservation[]; restore(): void } {
  const calls: LangObservation[] = [];
  const observe = MutationObserver.prototype.observe;
  MutationObserver.prototype.observe = function (target, options) {
    if (options?.attributeFilter?.includes('lang')) calls.push({ observer: this, target });
    return observe.call(this, target, options);
  };
  return { calls, restore: () => (MutationObserver.prototype.observe = observe) };
}

describe('i18n: one page-wide lang observer', () => {
  it('observes the document and each shadow root holding widgets once, whatever their number', async () => {
    const spy = spyLangObservers();
    try {
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: '1', title: 'T', url: 'https://example.org/1' }],
      };
      const page = fixtureSync(html`<div lang="fr"><section id="host"></section></div>`);
      const lists: BeneluxNewsList[] = [];
      for (let i = 0; i < 30; i++) {
        const el = document.createElement('benelux-news-list');
        el.feed = feed;
        page.append(el);
        lists.push(el);
      }
      const root = page.querySelector('#host')!.attachShadow({ mode: 'open' });
      for (let i = 0; i < 10; i++) {
        const el = document.createElement('benelux-news-list');
        el.feed = feed;
        root.append(el);
        lists.push(el);
      }
      await Promise.all(lists.map((el) => untilState(el, 'populated')));
      // Moving widgets around re-resolves them but adds no observation.
      for (const el of lists.slice(0, 10)) root.append(el);
      for (const el of lists.slice(0, 10)) page.append(el);

      expect(spy.calls.map((c) => c.target)).to.deep.equal([document, root]);
      expect(spy.calls[0].observer).to.equal(spy.calls[1].observer);
      expect(lists.every((el) => el.shadowRoot!.textContent!.includes('Lire plus'))).to.equal(true);
    } finally {
      spy.restore();
    }
  });
});
