import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-list.js';
import type { BeneluxNewsList } from '../../src/index.js';
import { uniqueKey, untilState } from '../support/helpers.js';

async function list(lang: string, feed: string): Promise<BeneluxNewsList> {
  const el = await fixture<BeneluxNewsList>(
    html`<benelux-news-list lang=${lang} src="${feed}?key=${uniqueKey()}"></benelux-news-list>`,
  );
  await untilState(el, 'populated');
  await el.updateComplete;
  return el;
}

const langsOf = (el: BeneluxNewsList, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.getAttribute('lang'));

describe('news list: language of feed text (WCAG 3.1.2)', () => {
  it('marks titles and summaries of a feed in another language with that language', async () => {
    const el = await list('fr-BE', '/demo/feeds/news.en.json');
    expect(langsOf(el, '[part="link"]')).to.deep.equal(['en', 'en', 'en']);
    expect(langsOf(el, '[part="summary"]')).to.deep.equal(['en', 'en', 'en']);
    expect(langsOf(el, '[part="read-more"] .visually-hidden')).to.deep.equal(['en', 'en', 'en']);
    // The widget's own words stay in the widget's language: no lang on them.
    expect(langsOf(el, '[part="read-more"]')).to.deep.equal([null, null, null]);
    expect(el.shadowRoot!.querySelector('[part="read-more"]')!.textContent).to.contain('Lire plus');
    await expect(el).to.be.accessible();
  });

  it('adds no lang where the feed speaks the widget language (regional tags included)', async () => {
    const el = await list('nl-BE', '/demo/feeds/news.nl.json');
    expect(langsOf(el, '[part="link"], [part="summary"]').every((l) => l === null)).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
