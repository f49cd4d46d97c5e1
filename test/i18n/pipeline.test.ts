/**
 * The XLIFF pipeline, run for real by the test server on scratch copies of the tree
 * (test/server/routes/i18n.mjs): adding a locale is only data, and a message without a
 * translation fails CI. This page loads no other copy of the widgets: the elements come
 * from the bundle built with `lb` added.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { BeneluxNewsList } from '../../src/index.js';
import { untilState } from '../support/helpers.js';
import { partText } from './support.js';

interface Run {
  code: number;
  output: string;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}\n${await res.text()}`);
  return (await res.json()) as T;
}

describe('i18n pipeline: adding Luxembourgish is only data', function () {
  this.timeout(120000);

  before(async () => {
    const url = '/api/i18n/lb/widgets.js';
    await import(/* @vite-ignore */ url);
  });

  it('the generator derives the catalog index from lit-localize.json; the real tree is untouched', async () => {
    const report = await getJson<{ borrowed: string[]; index: string; leaks: string[] }>(
      '/api/i18n/lb/report',
    );
    expect(report.index).to.match(/import \{ templates as lb \} from '\.\/lb\.js';/);
    expect(report.index).to.match(/"lb": lb,/);
    // The messages this test reads are translated in the fixture, not borrowed.
    expect(report.borrowed).not.to.include.members(['read-more', 'views.other', 'loading']);
    expect(report.leaks).to.deep.equal([]);
  });

  it('a widget renders in lb (and lb-LU), next to one in fr', async () => {
    const page = fixtureSync(html`
      <div>
        <benelux-news-list
          lang="lb-LU"
          src="/demo/feeds/news.fr.json"
          limit="1"
        ></benelux-news-list>
        <benelux-news-list
          lang="fr-LU"
          src="/demo/feeds/news.fr.json"
          limit="1"
        ></benelux-news-list>
      </div>
    `);
    const [lb, fr] = [...page.querySelectorAll<BeneluxNewsList>('benelux-news-list')];
    expect(customElements.get('benelux-news-list')).to.be.a('function');
    await Promise.all([lb, fr].map((el) => untilState(el, 'populated')));
    expect(partText(lb, 'read-more').split(':')[0].trim()).to.equal('Weiderliesen');
    expect(partText(lb, 'views')).to.equal('481 Mol gekuckt');
    const format = { day: 'numeric', month: 'short', year: 'numeric' } as const;
    const july16 = new Date('2020-07-16T11:30:00+02:00');
    expect(partText(lb, 'date')).to.equal(
      new Intl.DateTimeFormat('lb-LU', { ...format, timeZone: 'Europe/Brussels' }).format(july16),
    );
    expect(partText(fr, 'read-more').split(':')[0].trim()).to.equal('Lire plus');
    await expect(lb).to.be.accessible();
  });

  it('{lang} in src becomes lb, with the localized notice when there is no lb feed', async () => {
    const el = fixtureSync<BeneluxNewsList>(
      html`<benelux-news-list
        lang="lb"
        src="/demo/feeds/news.{lang}.json"
        limit="1"
      ></benelux-news-list>`,
    );
    await untilState(el, 'populated');
    // news.lb.json does not exist: the English feed, and the notice in Luxembourgish.
    expect(el.shadowRoot!.textContent).to.contain(
      'Dës Noriichte sinn net an Ärer Sprooch disponibel.',
    );
    expect(partText(el, 'link')).to.equal(
      'Belgian and Dutch police teams patrol together in Knokke',
    );
  });
});

describe('i18n pipeline: a message without a translation fails', function () {
  this.timeout(180000);

  it('check:generated and the generator fail when a <target> is gone or empty, naming it', async () => {
    const result = await getJson<{
      id: string;
      intact: { generate: Run };
      empty: { generate: Run };
      missing: { check: Run; generate: Run };
      leaks: string[];
    }>('/api/i18n/missing-target');
    expect(result.intact.generate.code, result.intact.generate.output).to.equal(0);

    // An empty target would show nothing: the generator refuses it too.
    expect(result.empty.generate.code).to.equal(1);
    expect(result.empty.generate.output).to.contain(
      `xliff/fr.xlf: message "${result.id}" has an empty <target>`,
    );

    expect(result.missing.check.code).to.equal(1);
    // Exactly the removed message is reported as untranslated: the check is selective.
    const untranslated = result.missing.check.output
      .split('\n')
      .filter((line) => line.includes('has no <target>'))
      .map((line) => line.trim());
    expect(untranslated).to.deep.equal([`xliff/fr.xlf: message "${result.id}" has no <target>`]);
    expect(result.missing.generate.code).to.equal(1);
    expect(result.missing.generate.output).to.contain(`fr message ${result.id} is missing`);
    expect(result.leaks).to.deep.equal([]);
  });
});
