import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/theme-card.js';
import type { BeneluxThemeCard } from '../../src/theme-card.js';
import { uniqueKey, untilState } from '../support/helpers.js';

async function card(lang: string, feed: string): Promise<BeneluxThemeCard> {
  const el = await fixture<BeneluxThemeCard>(
    html`<benelux-theme-card
      lang=${lang}
      item="theme-senningen"
      news-limit="0"
      src="${feed}?key=${uniqueKey()}"
    ></benelux-theme-card>`,
  );
  await untilState(el, 'populated');
  await el.updateComplete;
  return el;
}

/** The `lang` of the card's feed text: title, intro, body, and the theme link's hidden title. */
function langs(el: BeneluxThemeCard) {
  const root = el.shadowRoot!;
  return ['#title', '[part="summary"]', '[part="body"]', '[part="link"] .visually-hidden'].map(
    (selector) => root.querySelector(selector)!.getAttribute('lang'),
  );
}

describe('theme card: language of feed text (WCAG 3.1.2)', () => {
  it('marks the feed text of a feed in another language with that language', async () => {
    const el = await card('fr-BE', '/demo/feeds/news.en.json');
    expect(langs(el)).to.deep.equal(['en', 'en', 'en', 'en']);
    const root = el.shadowRoot!;
    // The widget's own words stay in the widget's language: no lang on them, and the
    // read-more inside keeps speaking French.
    const link = root.querySelector('[part="link"]')!;
    expect(link.getAttribute('lang')).to.equal(null);
    expect(link.textContent).to.contain('En savoir plus sur ce thème');
    const readMore = root.querySelector('benelux-read-more')!;
    expect(readMore.getAttribute('lang')).to.equal(null);
    // (Its button shows once the long English body is measured to overflow.)
    await waitUntil(() => readMore.shadowRoot!.querySelector('[part="button"]'), 'no button');
    expect(readMore.shadowRoot!.querySelector('[part="button"]')!.textContent).to.contain(
      'Lire plus',
    );
    await expect(el).to.be.accessible();
  });

  it('adds no lang where the feed speaks the widget language (regional tags included)', async () => {
    const el = await card('nl-BE', '/demo/feeds/news.nl.json');
    expect(langs(el)).to.deep.equal([null, null, null, null]);
    await expect(el).to.be.accessible();
  });
});
