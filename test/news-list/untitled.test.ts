import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-list.js';
import type { BeneluxNewsList } from '../../src/index.js';
import { LOCALES, uniqueKey, untilState } from '../support/helpers.js';

// JSON Feed 1.1 makes `title` optional (microblog posts). Every item still needs a heading
// and links with a name (WCAG 2.4.4, 4.1.2): the start of its text stands in, else its URL.
const FEED = '/api/feeds/untitled';

async function list(lang: string, attrs = ''): Promise<BeneluxNewsList> {
  const el = await fixture<BeneluxNewsList>(
    html`<benelux-news-list
      lang=${lang}
      limit="4"
      layout=${attrs || 'list'}
      src="${FEED}?key=${uniqueKey()}"
    ></benelux-news-list>`,
  );
  await untilState(el, 'populated');
  await el.updateComplete;
  return el;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function items(el: BeneluxNewsList) {
  return [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((item) => ({
    title: squash(item.querySelector('[part~="title"]')?.textContent),
    href: item.querySelector<HTMLAnchorElement>('[part~="link"]')?.href,
    summary: item.querySelector('[part~="summary"]')?.textContent ?? null,
    more: squash(item.querySelector('[part~="read-more"]')?.textContent),
  }));
}

describe('news list: items without a title', () => {
  for (const lang of LOCALES) {
    it(`names each item by its text, else its URL (${lang})`, async () => {
      const el = await list(lang);
      const [text, summary, htmlOnly, titled] = items(el);

      // Text only: its start (300 characters of a longer text), not repeated as the summary.
      expect(text.title.startsWith('Contrôle commun à Senningen. Patrouille mixte.')).to.equal(
        true,
      );
      expect(text.title.length).to.be.within(250, 300);
      expect(text.href).to.equal(new URL('/posts/text', location.href).href);
      expect(text.summary).to.equal(null);
      // "Read more" names the same item.
      expect(text.more.endsWith(`: ${text.title}`)).to.equal(true);

      expect(summary.title).to.equal('Réunion des ministres au château de Senningen.');
      expect(summary.summary).to.equal(null);

      // HTML only: no text to stand in, so the link's own URL names it.
      expect(htmlOnly.title).to.equal(new URL('/posts/html', location.href).href);

      // A real title keeps its summary.
      expect(titled.title).to.equal('Avec un titre');
      expect(titled.summary).to.equal('Et un résumé.');

      await expect(el).to.be.accessible();
    });
  }

  it('names them the same way in the compact layout (no summaries, no Read more)', async () => {
    const el = await list('fr', 'compact');
    const [text, summary, htmlOnly] = items(el);
    expect(text.title.startsWith('Contrôle commun à Senningen.')).to.equal(true);
    expect(summary.title).to.equal('Réunion des ministres au château de Senningen.');
    expect(htmlOnly.title).to.equal(new URL('/posts/html', location.href).href);
    expect(el.shadowRoot!.querySelectorAll('[part~="read-more"]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
