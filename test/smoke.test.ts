import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { BeneluxNewsList } from '../src/index.js';

describe('package smoke', () => {
  it('registers the three elements', () => {
    for (const tag of ['benelux-news-list', 'benelux-theme-card', 'benelux-read-more']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('renders the French sample feed over HTTP', async () => {
    const el = await fixture<BeneluxNewsList>(
      html`<benelux-news-list lang="fr" src="/demo/feeds/news.fr.json"></benelux-news-list>`,
    );
    await oneEvent(el, 'benelux-load');
    await el.updateComplete;
    const titles = [...el.shadowRoot!.querySelectorAll('[part="link"]')].map((a) =>
      a.textContent!.trim(),
    );
    expect(titles[0]).to.equal(
      'Des équipes de police belge et néerlandaise patrouillent ensemble à Knokke',
    );
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('16 juil. 2020');
    expect(el.shadowRoot!.querySelector('[part="views"]')!.textContent).to.equal('481 vues');
    await expect(el).to.be.accessible();
  });
});
