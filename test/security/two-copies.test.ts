// Two copies of the library on one page, under the strict CSP with the documented
// Trusted Types list: the CDN file plus the npm build (its bare `lit` imports resolved by
// the dev server: a second Lit), and two CDN builds that report different versions.
import { expect } from '@open-wc/testing';
import { uniqueKey } from '../support/helpers.js';
import { openPage, type Lib, type TestPage } from './page.js';

const ours = (page: TestPage) =>
  page.report.warnings.filter((w) => w.includes('[benelux-widgets]'));

async function renderAll(page: TestPage): Promise<void> {
  const list = page.harness.mount('benelux-news-list', {
    src: `/demo/feeds/news.nl.json?key=${uniqueKey()}`,
    lang: 'nl',
  });
  const card = page.harness.mount('benelux-theme-card', { lang: 'nl' });
  card.textContent = 'Samenwerking tussen politie en justitie.';
  const more = page.harness.mount('benelux-read-more', { lang: 'nl' });
  more.textContent = 'Lorem ipsum. '.repeat(100);
  await page.harness.untilState(list, 'populated');
  expect(list.shadowRoot!.querySelectorAll('[part="item"]').length).to.be.greaterThan(0);
  expect(card.shadowRoot, 'theme card rendered').to.not.equal(null);
  expect(more.shadowRoot!.querySelector('[part="content"]'), 'read-more rendered').to.not.equal(
    null,
  );
}

function expectNothingThrown(page: TestPage): void {
  expect(page.report.errors, 'uncaught errors').to.deep.equal([]);
  expect(page.report.consoleErrors, 'console.error').to.deep.equal([]);
  expect(page.report.violations, 'CSP violations').to.deep.equal([]);
}

describe('security: two copies on one page', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.close());

  for (const libs of [
    ['cdn', 'npm'],
    ['npm', 'cdn'],
  ] as Lib[][]) {
    it(`${libs.join(' + ')} (same version): all render, nothing throws, no warning`, async () => {
      page = await openPage({ libs });
      await renderAll(page);
      expectNothingThrown(page);
      expect(ours(page)).to.deep.equal([]);
    });
  }

  it('CDN tags + npm classes under other tag names: both copies render side by side', async () => {
    page = await openPage({ libs: ['cdn', 'npm'] });
    const npm = (await page.harness.load(
      '/dist/classes.js',
    )) as typeof import('../../src/classes.js');
    page.win.customElements.define('host-news-list', npm.BeneluxNewsList);
    const src = `/demo/feeds/news.fr.json?key=${uniqueKey()}`;
    const cdnList = page.harness.mount('benelux-news-list', { src, lang: 'fr' });
    const npmList = page.harness.mount('host-news-list', { src, lang: 'nl' });
    await Promise.all([
      page.harness.untilState(cdnList, 'populated'),
      page.harness.untilState(npmList, 'populated'),
    ]);
    expect(cdnList.constructor).not.to.equal(npmList.constructor);
    const title = (el: Element) => el.shadowRoot!.querySelector('[part="link"]')!.textContent;
    expect(title(npmList)).to.equal(title(cdnList));
    expectNothingThrown(page);
    expect(ours(page)).to.deep.equal([]);
  });

  it('two CDN builds of different versions: all render, exactly one console warning', async () => {
    page = await openPage({ libs: ['cdn', 'cdn2'] });
    await renderAll(page);
    expectNothingThrown(page);
    const warnings = ours(page);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('99.0.0-other').and.to.include('0.1.0');
  });

  it("without 'allow-duplicates' the second copy's Lit cannot start (why the README lists it)", async () => {
    page = await openPage({ libs: ['cdn', 'cdn2'], dup: 'off' });
    expect(page.report.errors.join('\n')).to.match(/Policy with name "lit-html" already exists/);
    // The first copy still works.
    const list = page.harness.mount('benelux-news-list', {
      src: `/demo/feeds/news.de.json?key=${uniqueKey()}`,
    });
    await page.harness.untilState(list, 'populated');
  });
});
