import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { LOCALES, untilState } from '../support/helpers.js';
import { EXPECTED, part, parts, text, type BeneluxNewsList } from './support.js';

const feedOf = (lang: string) => `/demo/feeds/news.${lang}.json`;

async function hosted(lang: string, css: string, attrs = '') {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = `<benelux-news-list lang="${lang}" ${attrs} src="${feedOf(lang)}"></benelux-news-list>`;
  const el = wrapper.firstElementChild as BeneluxNewsList;
  await untilState(el, 'populated');
  return { el, cleanup: () => style.remove() };
}

describe('<benelux-news-list> styling', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  for (const lang of LOCALES) {
    it(`[${lang}] --benelux-* tokens and ::part() style the pieces`, async () => {
      const { el, cleanup } = await hosted(
        lang,
        `.tokens benelux-news-list, benelux-news-list.tokens {
          --benelux-color-accent: rgb(1, 2, 3);
          --benelux-color-surface: rgb(250, 240, 230);
          --benelux-radius: 0px;
        }
        benelux-news-list.tokens::part(views) { color: rgb(200, 0, 0); }
        benelux-news-list.tokens::part(item) { border-color: rgb(0, 128, 0); }`,
        'class="tokens"',
      );
      const item = part(el, 'item');
      expect(getComputedStyle(part(el, 'link')).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(item).backgroundColor).to.equal('rgb(250, 240, 230)');
      expect(getComputedStyle(item).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(part(el, 'views')).color).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(item).borderTopColor).to.equal('rgb(0, 128, 0)');
      for (const name of [
        'list',
        'item',
        'title',
        'link',
        'meta',
        'date',
        'views',
        'summary',
        'read-more',
        'status',
      ]) {
        expect(parts(el, name).length, name).to.be.greaterThan(0);
      }
      await expect(el).to.be.accessible();
      cleanup();
    });
  }

  for (const layout of ['list', 'grid', 'compact']) {
    it(`${layout} holds at 280 px in every locale: nothing overflows`, async () => {
      for (const lang of LOCALES) {
        const { el, cleanup } = await hosted(lang, '', `layout="${layout}" load-more limit="2"`);
        el.style.width = '280px';
        const host = el.getBoundingClientRect();
        expect(el.scrollWidth, lang).to.be.at.most(280);
        for (const node of el.shadowRoot!.querySelectorAll('[part]')) {
          const box = node.getBoundingClientRect();
          expect(box.right, `${lang} ${node.getAttribute('part')}`).to.be.at.most(host.right + 0.5);
          expect(box.left).to.be.at.least(host.left - 0.5);
        }
        await expect(el).to.be.accessible();
        cleanup();
      }
    });
  }

  it('follows a dark color scheme when the host allows it', async () => {
    const { el, cleanup } = await hosted('fr', '.dark-host { color-scheme: light dark; }');
    el.parentElement!.classList.add('dark-host');
    const light = getComputedStyle(part(el, 'item')).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    const dark = getComputedStyle(part(el, 'item')).backgroundColor;
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(dark).to.not.equal(light);
    await expect(el).to.be.accessible();
    cleanup();
  });

  it('stops the skeleton shimmer under prefers-reduced-motion', async () => {
    const el = await fixture<BeneluxNewsList>(
      html`<benelux-news-list
        lang="nl"
        src=${'/api/slow?ms=5000&feed=/demo/feeds/news.nl.json'}
      ></benelux-news-list>`,
    );
    const bar = el.shadowRoot!.querySelector('.bar')!;
    expect(getComputedStyle(bar).animationName).to.equal('shimmer');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(bar).animationName).to.equal('none');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows a focus ring around the card of a focused title link', async () => {
    const { el, cleanup } = await hosted('de', '');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'link'));
    const card = part(el, 'item');
    expect(getComputedStyle(card).outlineStyle).to.equal('solid');
    expect(getComputedStyle(parts(el, 'item')[1]).outlineStyle).to.equal('none');
    cleanup();
  });

  it('two lists in two languages on one page', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <div lang="fr"><benelux-news-list src=${feedOf('fr')}></benelux-news-list></div>
        <div lang="nl-BE"><benelux-news-list src=${feedOf('nl')}></benelux-news-list></div>
      </div>`,
    );
    const [fr, nl] = [...page.querySelectorAll('benelux-news-list')];
    await Promise.all([untilState(fr, 'populated'), untilState(nl, 'populated')]);
    expect(text(part(fr, 'date'))).to.equal(EXPECTED.fr.date);
    expect(text(part(nl, 'date'))).to.equal(EXPECTED.nl.date);
    expect(text(part(fr, 'read-more'))).to.contain(EXPECTED.fr.readMore);
    expect(text(part(nl, 'read-more'))).to.contain(EXPECTED.nl.readMore);
    await expect(page).to.be.accessible();
  });
});
