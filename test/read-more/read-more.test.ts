import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/read-more.js';
import type { BeneluxReadMore } from '../../src/read-more.js';
import { LOCALES } from '../support/helpers.js';

const LABELS = {
  fr: ['Lire plus', 'Lire moins'],
  nl: ['Lees meer', 'Lees minder'],
  de: ['Weiterlesen', 'Weniger anzeigen'],
  en: ['Read more', 'Read less'],
} as const;

const LONG =
  'De nouvelles formes de criminalité transfrontalière apparaissent sans cesse. Les frontières ' +
  'et les différences de règles entre nos pays freinent la prévention et les enquêtes. Des années ' +
  'de coopération et de confiance entre les services de sécurité ont déjà donné d’excellents ' +
  'résultats de part et d’autre des frontières. ';
const SHORT = 'Un paragraphe court.';

// Test layout through a stylesheet, never a style attribute (the library forbids them).
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  .box { width: 20rem; }
  .box.narrow { width: 6rem; }
  .spacer { height: 150vh; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const button = (el: BeneluxReadMore) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part="button"]');
const content = (el: BeneluxReadMore) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part="content"]')!;

/** Resolves when the button's presence matches `present` (the element measures after resize). */
function untilButton(el: BeneluxReadMore, present: boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (!!button(el) === present ? resolve() : requestAnimationFrame(check));
    check();
  });
}

async function mount(text: string, lang: string, attrs = '') {
  const box = await fixture<HTMLDivElement>(
    html`<div class="box">
      <benelux-read-more lang=${lang} lines="2" .innerHTML=${`<p>${text}</p>`}></benelux-read-more>
    </div>`,
  );
  const el = box.querySelector('benelux-read-more')!;
  for (const a of attrs.split(' ').filter(Boolean))
    el.setAttribute(...(a.split('=') as [string, string]));
  await el.updateComplete;
  return { box, el };
}

describe('<benelux-read-more>', () => {
  for (const lang of LOCALES) {
    describe(`in ${lang}`, () => {
      it('shows no button when a short text fits', async () => {
        const { el } = await mount(SHORT, lang);
        await new Promise((r) => requestAnimationFrame(r));
        await el.updateComplete;
        expect(button(el)).to.equal(null);
        expect(content(el).scrollHeight).to.be.at.most(content(el).clientHeight + 1);
        await expect(el).to.be.accessible();
      });

      it('clamps long content and toggles with a real, labelled button', async () => {
        const { el } = await mount(LONG.repeat(2), lang);
        await untilButton(el, true);
        const b = button(el)!;
        expect(b.localName).to.equal('button');
        expect(b.textContent!.trim()).to.equal(LABELS[lang][0]);
        expect(b.getAttribute('aria-expanded')).to.equal('false');
        expect(b.getAttribute('aria-controls')).to.equal(content(el).id);
        expect(content(el).scrollHeight).to.be.greaterThan(content(el).clientHeight);
        await expect(el).to.be.accessible();

        const toggled = oneEvent(el, 'benelux-toggle');
        b.click();
        expect((await toggled).detail).to.deep.equal({ expanded: true });
        await el.updateComplete;
        expect(el.hasAttribute('expanded')).to.equal(true);
        expect(button(el)).to.equal(b);
        expect(b.getAttribute('aria-expanded')).to.equal('true');
        expect(b.textContent!.trim()).to.equal(LABELS[lang][1]);
        expect(content(el).scrollHeight).to.be.at.most(content(el).clientHeight + 1);
        await expect(el).to.be.accessible();
      });

      it('as a link to the article, names what it leads to', async () => {
        const { el } = await mount(LONG, lang, 'href=/fr/article/ label=Concertation');
        const a = button(el)!;
        expect(a.localName).to.equal('a');
        expect(a.getAttribute('href')).to.equal(new URL('/fr/article/', document.baseURI).href);
        expect(a.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          `${LABELS[lang][0]}: Concertation`,
        );
        expect(a.querySelector('.visually-hidden')!.textContent).to.equal(': Concertation');
        await expect(el).to.be.accessible();
      });
    });
  }

  it('keeps the focus on the button when toggled with the keyboard', async () => {
    const { el } = await mount(LONG.repeat(2), 'fr');
    await untilButton(el, true);
    const b = button(el)!;
    b.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.expanded).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(b);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.expanded).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    expect(button(el)!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows the button when a resize makes the content overflow, and hides it again', async () => {
    const { box, el } = await mount('Un texte qui tient sur deux lignes.', 'fr');
    await untilButton(el, false);
    box.classList.add('narrow');
    await untilButton(el, true);
    box.classList.remove('narrow');
    await untilButton(el, false);
    await expect(el).to.be.accessible();
  });

  it('re-checks when the slotted content changes', async () => {
    const { el } = await mount(SHORT, 'en');
    await untilButton(el, false);
    el.querySelector('p')!.textContent = LONG.repeat(2);
    await untilButton(el, true);
    const more = document.createElement('p');
    el.replaceChildren(more);
    await untilButton(el, false);
  });

  it('shows no "Read less" for short content that starts expanded', async () => {
    const { el } = await mount(SHORT, 'en', 'expanded=');
    expect(el.expanded).to.equal(true);
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(button(el)).to.equal(null);
    const { el: long } = await mount(LONG.repeat(3), 'en', 'expanded=');
    await untilButton(long, true);
    expect(button(long)!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('applies `lines` through an adopted sheet, without style attributes', async () => {
    const { el } = await mount(LONG.repeat(3), 'en');
    const two = content(el).clientHeight;
    el.lines = 4;
    await el.updateComplete;
    expect(content(el).clientHeight).to.be.closeTo(two * 2, 2);
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    expect(el.hasAttribute('style')).to.equal(false);
  });

  it('prints the whole content without the button', async () => {
    const { el } = await mount(LONG.repeat(3), 'fr');
    await untilButton(el, true);
    try {
      await emulateMedia({ media: 'print' });
      // Let the resize it causes be measured: the button must survive it (hidden by CSS).
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(content(el).scrollHeight).to.be.at.most(content(el).clientHeight + 1);
      expect(getComputedStyle(button(el)!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(content(el).scrollHeight).to.be.greaterThan(content(el).clientHeight);
  });

  it('animates the reveal, except under prefers-reduced-motion', async () => {
    const { el } = await mount(LONG.repeat(2), 'en');
    el.expanded = true;
    await el.updateComplete;
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(content(el)).animationName).to.equal('reveal');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(content(el)).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('expands when a text fragment (the find-in-page machinery) reaches collapsed text', async () => {
    const word = `Zebrafinch${Date.now()}`;
    const { el } = await mount(`${LONG.repeat(3)} ${word} fin.`, 'fr');
    await untilButton(el, true);
    const link = document.createElement('a');
    link.href = `#:~:text=${word}`;
    link.textContent = 'find';
    document.body.prepend(link);
    try {
      const r = link.getBoundingClientRect();
      const toggled = oneEvent(el, 'benelux-toggle');
      // A real click: the browser runs text fragments only with a user gesture.
      await sendMouse({
        type: 'click',
        position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)],
      });
      expect((await toggled).detail).to.deep.equal({ expanded: true });
      expect(el.expanded).to.equal(true);
    } finally {
      link.remove();
    }
  });

  it('expands when keyboard focus moves into a collapsed link', async () => {
    const el = await fixture<BeneluxReadMore>(
      html`<benelux-read-more lang="fr" lines="1" class="box"
        ><p>${LONG} <a href="#hidden-link">caché</a></p></benelux-read-more
      >`,
    );
    await untilButton(el, true);
    el.querySelector('a')!.focus();
    await oneEvent(el, 'benelux-toggle');
    expect(el.expanded).to.equal(true);
  });

  it('ignores an unsafe href and toggles instead', async () => {
    const { el } = await mount(LONG.repeat(2), 'en', 'href=javascript:alert(1)');
    await untilButton(el, true);
    expect(button(el)!.localName).to.equal('button');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });
});
