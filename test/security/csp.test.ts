// Strict CSP pages: the real Content-Security-Policy header (test/server/routes/security.mjs)
// on an iframe page that loads the elements from /src as ES modules. Every element in every
// state, in the four locales, must render without a single violation.
import { expect } from '@open-wc/testing';
import { LOCALES, uniqueKey } from '../support/helpers.js';
import { openPage, type Csp, type Lib, type TestPage } from './page.js';

const MODES: Csp[] = ['strict', 'nonce'];

/** Feed URLs that put <benelux-news-list> / <benelux-theme-card> in each state. */
const STATES = {
  loading: () => `/api/slow?ms=60000&key=${uniqueKey()}`,
  populated: () => `/demo/feeds/news.fr.json?key=${uniqueKey()}`,
  empty: () => `/api/security/empty?key=${uniqueKey()}`,
  error: () => `/api/security/status?code=404&key=${uniqueKey()}`,
  stale: () => `/api/security/flip?key=${uniqueKey()}`,
} as const;
type State = keyof typeof STATES;

async function mountStates(page: TestPage, tag: string, attrs: Record<string, string> = {}) {
  const waits: Promise<void>[] = [];
  for (const lang of LOCALES) {
    for (const state of Object.keys(STATES) as State[]) {
      const el = page.harness.mount(
        tag,
        { ...attrs, lang, src: STATES[state](), ...(state === 'stale' ? { refresh: '1' } : {}) },
        '/news/',
      );
      waits.push(page.harness.untilState(el, state, 15000));
    }
  }
  await Promise.all(waits);
}

function expectClean(page: TestPage): void {
  expect(page.report.violations, 'CSP violations').to.deep.equal([]);
  expect(page.report.errors, 'uncaught errors').to.deep.equal([]);
  expect(page.report.consoleErrors, 'console.error').to.deep.equal([]);
  expect(page.report.xss, 'script run').to.deep.equal([]);
}

describe('security: strict CSP pages', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.close());

  it('the page really is under the policy: sinks throw and violations are reported', async () => {
    page = await openPage({ csp: 'strict' });
    const div = page.doc.createElement('div');
    expect(() => (div.innerHTML = '<b>x</b>')).to.throw(/TrustedHTML/);
    const reported = new Promise<void>((resolve) =>
      page!.doc.addEventListener('securitypolicyviolation', (e) => {
        if (e.effectiveDirective === 'style-src-attr') resolve();
      }),
    );
    const styled = page.doc.createElement('p');
    styled.setAttribute('style', 'color: red');
    page.doc.body.append(styled);
    await reported;
    expect(page.report.violations.map((v) => v.directive)).to.include('style-src-attr');
  });

  it('the harness sees a feed-less page without the policy as clean', async () => {
    page = await openPage({ csp: 'none' });
    expectClean(page);
  });

  describe('window.litNonce, for browsers without adopted stylesheets', () => {
    async function render(page: TestPage) {
      const list = page.harness.mount('benelux-news-list', {
        src: `/demo/feeds/news.fr.json?key=${uniqueKey()}`,
        lang: 'fr',
      });
      await page.harness.untilState(list, 'populated');
      return list;
    }

    it("with style-src 'nonce-…' and litNonce set from a <meta>: styled, no violation", async () => {
      page = await openPage({ adopted: 'off', styles: 'nonce' });
      const list = await render(page);
      expect(list.shadowRoot!.querySelector('style'), 'Lit fell back to <style>').to.not.equal(
        null,
      );
      expect(list.shadowRoot!.adoptedStyleSheets).to.have.length(0);
      expectClean(page);
    });

    it('control: the same page without the nonce in style-src reports style-src-elem', async () => {
      page = await openPage({ adopted: 'off' });
      await render(page);
      expect(page.report.violations.map((v) => v.directive)).to.include('style-src-elem');
    });
  });

  describe('content_html rendered under Trusted Types, by each build and both engines', () => {
    for (const lib of ['src', 'cdn', 'npm'] as Lib[]) {
      for (const sanitizer of ['on', 'off'] as const) {
        const engine = sanitizer === 'on' ? 'Sanitizer API' : 'DOMPurify';
        it(`${lib} build, ${engine}: rich body shown, no violation`, async () => {
          page = await openPage({
            libs: [lib],
            sanitizer: sanitizer === 'off' ? 'off' : undefined,
          });
          const card = page.harness.mount('benelux-theme-card', {
            src: `/api/security/rich?key=${uniqueKey()}`,
            item: 'theme-senningen',
            lang: 'fr',
          });
          await page.harness.untilState(card, 'populated');
          const root = card.shadowRoot!;
          for (let i = 0; i < 100 && !root.querySelector('[part="body"] strong'); i++) {
            await new Promise((r) => setTimeout(r, 50));
          }
          const body = root.querySelector('[part="body"]')!;
          expect(body.querySelector('strong')?.textContent).to.equal('Benelux');
          expect(body.querySelector('a')!.getAttribute('href')).to.match(
            /^http:.*\/fr\/justice\/$/,
          );
          expect(body.querySelectorAll('li')).to.have.length(2);
          expectClean(page);
          // The library made its "benelux-dompurify" policy exactly when DOMPurify ran.
          const tt = (
            page.win as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }
          ).trustedTypes;
          const create = () => tt.createPolicy('benelux-dompurify', {});
          if (sanitizer === 'off') expect(create).to.throw(/already exists/);
          else expect(create).not.to.throw();
        });
      }
    }
  });

  for (const csp of MODES) {
    describe(`${csp === 'strict' ? "script-src 'self'" : "nonce + 'strict-dynamic'"}`, () => {
      it('<benelux-news-list>: loading, populated, empty, error and stale in fr, nl, de, en', async () => {
        page = await openPage({ csp });
        await mountStates(page, 'benelux-news-list', { limit: '3' });
        const populated = page.doc.querySelector('benelux-news-list[state="populated"]')!;
        expect(populated.shadowRoot!.querySelectorAll('[part="item"]').length).to.equal(3);
        expectClean(page);
      });

      it('<benelux-theme-card>: from slotted content and from a feed, in every state', async () => {
        page = await openPage({ csp });
        const slotted = page.harness.mount('benelux-theme-card', { lang: 'fr' });
        const title = page.doc.createElement('span');
        title.slot = 'title';
        title.textContent = 'Généralités';
        slotted.append(title, 'Les pays du Benelux unissent police et justice.');
        await mountStates(page, 'benelux-theme-card', {
          item: 'theme-senningen',
          'news-limit': '2',
        });
        expectClean(page);
      });

      it('<benelux-read-more>: collapsed, expanded, and as a link', async () => {
        page = await openPage({ csp });
        const els = LOCALES.flatMap((lang) =>
          ([{}, { expanded: '' }, { href: '/news/1' }] as Record<string, string>[]).map((attrs) => {
            const el = page!.harness.mount('benelux-read-more', { lang, lines: '2', ...attrs });
            el.textContent = 'Lorem ipsum dolor sit amet. '.repeat(80);
            return el;
          }),
        );
        await Promise.all(
          els.map((el) => (el as unknown as { updateComplete: Promise<void> }).updateComplete),
        );
        // The button appears once the element has measured its overflow (ResizeObserver).
        const root = els[0].shadowRoot!;
        for (let i = 0; i < 100 && !root.querySelector('button'); i++) {
          await new Promise((r) => setTimeout(r, 50));
        }
        const button = root.querySelector('button');
        expect(button, 'overflowing content has a button').to.not.equal(null);
        button!.click();
        await (els[0] as unknown as { updateComplete: Promise<void> }).updateComplete;
        expect(els[0].hasAttribute('expanded')).to.equal(true);
        expectClean(page);
      });
    });
  }
});
