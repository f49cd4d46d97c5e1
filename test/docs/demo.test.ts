import { expect, waitUntil } from '@open-wc/testing';
import { untilState } from '../support/helpers.js';

/** The demo partner page (`npm start`), loaded whole in an iframe as a visitor would see it. */
async function openDemo(query = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = `/demo/index.html${query}`;
  frame.className = 'demo';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await Promise.all(
    [...doc.querySelectorAll('benelux-news-list, benelux-theme-card')].map((el) =>
      untilState(el, 'populated'),
    ),
  );
  return doc;
}

const firstTitle = (el: Element) =>
  el.shadowRoot!.querySelector('[part="link"], [part="title"]')!.textContent!.trim();

/** Every element of the page, shadow roots included. */
function* allElements(root: Document | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

afterEach(() => document.querySelectorAll('iframe.demo').forEach((f) => f.remove()));

describe('demo partner page', () => {
  it('shows every widget populated, with no inline style or inline script anywhere', async () => {
    const doc = await openDemo();
    expect(doc.querySelectorAll('benelux-news-list').length).to.be.greaterThan(3);
    expect(doc.querySelector('benelux-theme-card')).to.not.equal(null);
    expect(doc.querySelector('benelux-read-more')).to.not.equal(null);
    for (const el of allElements(doc)) {
      expect(el.hasAttribute('style'), `${el.localName} has a style attribute`).to.equal(false);
      if (el.localName === 'script' && el.getAttribute('type') !== 'application/feed+json') {
        expect(el.hasAttribute('src'), 'scripts are files').to.equal(true);
      }
    }
  });

  it('switches <html lang> with its language buttons; the widgets follow, the FR|NL columns stay', async () => {
    const doc = await openDemo();
    const [main] = doc.querySelectorAll('#news benelux-news-list');
    const [fr, nl] = doc.querySelectorAll('.bilingual benelux-news-list');
    doc.querySelector<HTMLButtonElement>('[data-lang="de"]')!.click();
    expect(doc.documentElement.lang).to.equal('de');
    expect(doc.querySelector('[data-lang="de"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(doc.querySelector('h1')!.textContent).to.equal('Senninger Konsultation');
    await waitUntil(
      () => main.getAttribute('state') === 'populated' && firstTitle(main).startsWith('Belgische'),
      'the main list re-rendered in German',
    );
    expect(firstTitle(main)).to.equal(
      'Belgische und niederländische Polizeiteams patrouillieren gemeinsam in Knokke',
    );
    expect(firstTitle(fr)).to.equal(
      'Des équipes de police belge et néerlandaise patrouillent ensemble à Knokke',
    );
    expect(firstTitle(nl)).to.equal(
      'Belgische en Nederlandse politieteams patrouilleren samen in Knokke',
    );
  });

  it('switches light, dark and partner colors through color-scheme and tokens', async () => {
    const doc = await openDemo('?theme=dark');
    const list = doc.querySelector('#news benelux-news-list')!;
    const view = doc.defaultView!;
    expect(view.getComputedStyle(doc.documentElement).colorScheme).to.equal('dark');
    const select = doc.querySelector<HTMLSelectElement>('#theme-select')!;
    select.value = 'partner';
    select.dispatchEvent(new Event('change'));
    expect(doc.documentElement.dataset.theme).to.equal('partner');
    expect(view.getComputedStyle(list).getPropertyValue('--benelux-color-accent').trim()).to.equal(
      '#8a1f46',
    );
    const link = list.shadowRoot!.querySelector('[part="link"]')!;
    expect(view.getComputedStyle(link).color).to.equal('rgb(138, 31, 70)');
  });
});
