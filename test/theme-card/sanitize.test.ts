import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  hasNativeSanitizer,
  sanitizeHtml,
  type SanitizerEngine,
} from '../../src/internal/sanitize.js';

const BASE = 'https://feeds.example.be/news/feed.json';
const ENGINES: SanitizerEngine[] = ['native', 'dompurify'];
const KEPT = new Set('p br ul ol li a strong em b i blockquote h1 h2 h3 h4 h5 h6'.split(' '));

declare global {
  interface Window {
    pwned?: number;
  }
}

/** Hostile content_html: each entry must come out harmless on both engines. */
const HOSTILE = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '<p onclick="window.pwned=1" style="color:red" id="x" class="y" data-x="1" aria-hidden="true">text</p>',
  '<a href="javascript:window.pwned=1">js</a>',
  '<a href=" JaVaScRiPt:window.pwned=1">js2</a>',
  '<a href="java&#x09;script:window.pwned=1">js3</a>',
  '<a href="data:text/html,<script>window.pwned=1</script>">data</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<svg onload="window.pwned=1"><script>window.pwned=1</script><a href="javascript:window.pwned=1"><text>svg</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned=1"></style></mglyph></table></mtext></math>',
  '<style>*{display:none}</style><p>after style</p>',
  '<iframe src="javascript:window.pwned=1"></iframe><iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
  '<form action="javascript:window.pwned=1"><button>go</button><input autofocus onfocus="window.pwned=1"></form>',
  '<noscript><p title="</noscript><img src=x onerror=window.pwned=1>"></noscript>',
  '<template><script>window.pwned=1</script></template>',
  '<object data="javascript:window.pwned=1"></object><embed src="x">',
  '<base href="javascript:/"><meta http-equiv="refresh" content="0;url=javascript:window.pwned=1"><link rel="stylesheet" href="x.css">',
  '<details open ontoggle="window.pwned=1"><summary>s</summary></details>',
  '<div><span onmouseover="window.pwned=1">wrapped</span></div>',
  '<p>a<!-- comment --><![CDATA[x]]>b</p>',
  '<video><source onerror="window.pwned=1"></video><audio src=x onerror="window.pwned=1"></audio>',
  '<a href="https://ok.example/" target="_blank" onclick="window.pwned=1">ok</a>',
];

function assertHarmless(fragment: DocumentFragment, input: string): void {
  for (const el of fragment.querySelectorAll('*')) {
    expect(KEPT.has(el.localName), `${el.localName} kept from ${input}`).to.equal(true);
    expect(el.namespaceURI).to.equal('http://www.w3.org/1999/xhtml');
    const names = el.getAttributeNames().sort();
    expect(names, `attributes of ${el.localName} from ${input}`).to.deep.equal(
      el.localName === 'a' ? ['href', 'rel'] : [],
    );
    if (el.localName === 'a') {
      expect(new URL(el.getAttribute('href')!).protocol).to.match(/^https?:$/);
      expect(el.getAttribute('rel')).to.equal('noopener noreferrer');
    }
  }
}

async function mountAndWait(fragment: DocumentFragment): Promise<void> {
  const box = document.createElement('div');
  box.append(fragment);
  document.body.append(box);
  for (const a of box.querySelectorAll('a')) a.dispatchEvent(new MouseEvent('mouseover'));
  await new Promise((r) => setTimeout(r, 50));
  box.remove();
}

describe('sanitizeHtml', () => {
  afterEach(() => {
    delete window.pwned;
  });

  it('has the Sanitizer API in this Chromium (so both engines are really tested)', () => {
    expect(hasNativeSanitizer()).to.equal(true);
  });

  for (const engine of ENGINES) {
    describe(`engine ${engine}`, () => {
      for (const input of HOSTILE) {
        it(`neutralizes ${input.slice(0, 60)}`, async () => {
          const fragment = await sanitizeHtml(input, { baseUrl: BASE, engine });
          assertHarmless(fragment, input);
          await mountAndWait(fragment);
          expect(window.pwned).to.equal(undefined);
        });
      }

      it('keeps paragraphs, lists, emphasis, quotes and safe links', async () => {
        const fragment = await sanitizeHtml(
          '<p>Un <strong>texte</strong> <em>riche</em> <b>b</b> <i>i</i><br>ligne</p>' +
            '<ul><li>un</li></ul><ol><li>deux</li></ol><blockquote>cit</blockquote>' +
            '<p><a href="../theme/">relatif</a> <a href="http://x.example/a?b=1">abs</a></p>',
          { baseUrl: BASE, engine },
        );
        const box = document.createElement('div');
        box.append(fragment);
        expect(box.innerHTML).to.equal(
          '<p>Un <strong>texte</strong> <em>riche</em> <b>b</b> <i>i</i><br>ligne</p>' +
            '<ul><li>un</li></ul><ol><li>deux</li></ol><blockquote>cit</blockquote>' +
            '<p><a href="https://feeds.example.be/theme/" rel="noopener noreferrer">relatif</a> ' +
            '<a href="http://x.example/a?b=1" rel="noopener noreferrer">abs</a></p>',
        );
      });

      it('drops unsafe links but keeps their text, and unwraps harmless wrappers', async () => {
        const fragment = await sanitizeHtml(
          '<div><p><a href="javascript:alert(1)">lien</a> <span>et</span> <u>plus</u></p></div>',
          { baseUrl: BASE, engine },
        );
        const box = document.createElement('div');
        box.append(fragment);
        expect(box.innerHTML).to.equal('<p>lien et plus</p>');
      });

      it('re-levels headings under the title, keeping their relative order', async () => {
        const html = '<h1>a</h1><h2>b</h2><h4>c</h4>';
        const box = document.createElement('div');
        box.append(await sanitizeHtml(html, { baseUrl: BASE, engine, headingLevel: 2 }));
        expect(box.innerHTML).to.equal('<h3>a</h3><h4>b</h4><h6>c</h6>');
        box.replaceChildren(
          await sanitizeHtml('<h2>x</h2><h3>y</h3>', { baseUrl: BASE, engine, headingLevel: 5 }),
        );
        expect(box.innerHTML).to.equal('<h6>x</h6><h6>y</h6>');
      });
    });
  }

  it('gives the same DOM on both engines', async () => {
    for (const input of HOSTILE) {
      const [a, b] = await Promise.all(
        ENGINES.map(async (engine) => {
          const box = document.createElement('div');
          box.append(await sanitizeHtml(input, { baseUrl: BASE, engine }));
          return box.innerHTML;
        }),
      );
      expect(a, input).to.equal(b);
    }
  });

  it('keeps its invariants on generated hostile markup (both engines)', async () => {
    const pieces = fc.constantFrom(
      '<script>window.pwned=1</script>',
      '<img src=x onerror=window.pwned=1>',
      '<svg>',
      '</svg>',
      '<math>',
      '<a href="javascript:window.pwned=1">',
      '<a href="/ok">',
      '</a>',
      '<p>',
      '</p>',
      '<style>',
      '</style>',
      '<noscript>',
      '</noscript>',
      '<iframe>',
      '<h2 onclick=x>',
      '"',
      "'",
      '<!--',
      '-->',
      '<',
      '>',
      'texte',
      '<form>',
      '<table>',
      '<mglyph>',
      '<textarea>',
      '</textarea>',
      '<div style="x">',
      '<template>',
      '<select>',
      '<option>',
      '<object>',
      '&lt;',
      '<![CDATA[',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 24 }), async (parts) => {
        const input = parts.join('');
        for (const engine of ENGINES) {
          const fragment = await sanitizeHtml(input, { baseUrl: BASE, engine });
          assertHarmless(fragment, input);
          await mountAndWait(fragment);
          expect(window.pwned).to.equal(undefined);
        }
      }),
      { numRuns: 150 },
    );
  });
});
