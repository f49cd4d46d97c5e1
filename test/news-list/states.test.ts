import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { LOCALES, requestCount, uniqueKey, untilState } from '../support/helpers.js';
import {
  EXPECTED,
  captureConsole,
  mount,
  part,
  parts,
  text,
  titles,
  type BeneluxNewsList,
} from './support.js';

const feedOf = (lang: string) => `/demo/feeds/news.${lang}.json`;

for (const lang of LOCALES) {
  const t = EXPECTED[lang];

  describe(`<benelux-news-list> states [${lang}]`, () => {
    it('loading: a skeleton of `limit` cards hidden from AT, and a polite status', async () => {
      const key = uniqueKey('loading');
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          limit="4"
          src=${`/api/slow?ms=3000&feed=${feedOf(lang)}&key=${key}`}
        ></benelux-news-list>`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      const skeleton = part(el, 'list');
      expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
      expect(parts(el, 'skeleton')).to.have.length(4);
      const status = part(el, 'status');
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal(t.loading);
      expect(parts(el, 'item')).to.have.length(0);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('populated: dated items with localized views, summary and "Read more"', async () => {
      const el = await mount(
        html`<benelux-news-list lang=${lang} src=${feedOf(lang)}></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      expect(parts(el, 'item')).to.have.length(3);
      expect(parts(el, 'item')[0].tagName).to.equal('ARTICLE');
      expect(part(el, 'list').tagName).to.equal('UL');
      expect(part(el, 'list').children[0].tagName).to.equal('LI');
      expect(titles(el)[0]).to.equal(t.firstTitle);
      const time = part(el, 'date');
      expect(time.tagName).to.equal('TIME');
      expect(time.getAttribute('datetime')).to.equal('2020-07-16T09:30:00.000Z');
      expect(text(time)).to.equal(t.date);
      expect(text(part(el, 'views'))).to.equal(t.views);
      expect(text(part(el, 'summary'))).to.not.equal('');
      const readMore = part<HTMLAnchorElement>(el, 'read-more');
      expect(text(readMore)).to.equal(`${t.readMore}: ${t.firstTitle}`);
      expect(readMore.href).to.equal(part<HTMLAnchorElement>(el, 'link').href);
      // The live region says how many items loaded, not the items themselves.
      expect(text(part(el, 'status'))).to.equal(t.loaded);
      await expect(el).to.be.accessible();
    });

    it('populated: view counts use plural rules and grouping', async () => {
      const el = await mount(html`<benelux-news-list lang=${lang}></benelux-news-list>`);
      el.feed = {
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          { id: 'a', title: 'A', url: 'https://example.org/a', _benelux: { views: 1 } },
          { id: 'b', title: 'B', url: 'https://example.org/b', _benelux: { views: 1925 } },
        ],
      };
      await untilState(el, 'populated');
      const [one, many] = parts(el, 'views').map(text);
      expect(one).to.equal(t.one);
      expect(many).to.match(t.many);
      await expect(el).to.be.accessible();
    });

    it('empty: a localized "no news" message in the live region', async () => {
      const el = await mount(html`<benelux-news-list lang=${lang}></benelux-news-list>`);
      el.feed = { version: 'https://jsonfeed.org/version/1.1', items: [] };
      await untilState(el, 'empty');
      expect(text(part(el, 'status'))).to.equal(t.empty);
      expect(parts(el, 'list')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('error: message, Retry, light-DOM fallback, one warning and a benelux-error', async () => {
      const key = uniqueKey('error');
      const { result, warns, errors } = await captureConsole(async () => {
        const el = await mount(
          html`<benelux-news-list lang=${lang} src=${`/api/news-list/lang?lang=xx&key=${key}`}
            ><a href="https://www.benelux.int/">All news</a></benelux-news-list
          >`,
        );
        const event = (await oneEvent(el, 'benelux-error')) as CustomEvent;
        await untilState(el, 'error');
        return { el, event };
      });
      const { el, event } = result;
      expect(event.detail).to.include({ kind: 'http', status: 404 });
      expect(event.detail.message).to.be.a('string');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(warns).to.have.length(1);
      expect(errors).to.have.length(0);
      expect(text(part(el, 'status'))).to.equal(t.error);
      const retry = part<HTMLButtonElement>(el, 'retry');
      expect(retry.tagName).to.equal('BUTTON');
      expect(text(retry)).to.equal(t.retry);
      const slot = el.shadowRoot!.querySelector('slot')!;
      const fallback = slot.assignedElements()[0] as HTMLElement;
      expect(fallback.textContent).to.equal('All news');
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();

      const before = await requestCount(key);
      const again = await captureConsole(async () => {
        retry.focus();
        const failed = oneEvent(el, 'benelux-error');
        retry.click();
        await failed;
        await el.updateComplete;
      });
      expect(await requestCount(key)).to.equal(before + 1);
      expect(again.warns).to.have.length(1);
      // The same Retry button is still there, and still focused.
      expect(part(el, 'retry')).to.equal(retry);
      expect(el.shadowRoot!.activeElement).to.equal(retry);
    });

    it('stale: a failed refresh keeps the items and shows a discreet notice', async () => {
      const key = uniqueKey('stale');
      const { result: el } = await captureConsole(async () => {
        const el = await mount(
          html`<benelux-news-list
            lang=${lang}
            refresh="1"
            src=${`/api/news-list/flaky?ok=1&feed=${lang}&key=${key}`}
          ></benelux-news-list>`,
        );
        await untilState(el, 'populated');
        await untilState(el, 'stale');
        return el;
      });
      expect(parts(el, 'item')).to.have.length(3);
      expect(text(part(el, 'status'))).to.equal(`${t.stale}`);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('the live region is the same node from the first render on', async () => {
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          src=${`/api/slow?ms=200&feed=${feedOf(lang)}&key=${uniqueKey()}`}
        ></benelux-news-list>`,
      );
      const status = part(el, 'status');
      await untilState(el, 'populated');
      expect(part(el, 'status')).to.equal(status);
      expect(el.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(1);
      expect(part(el, 'list').getAttribute('role')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
}

describe('<benelux-news-list> error handling', () => {
  it('never surfaces an unhandled rejection', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    await captureConsole(async () => {
      const el = await mount(
        html`<benelux-news-list src="/api/news-list/nothing-here.json"></benelux-news-list>`,
      );
      await untilState(el, 'error');
      await aTimeout(0);
    });
    window.removeEventListener('unhandledrejection', onRejection);
    expect(rejections).to.deep.equal([]);
  });

  it('reports an invalid inline feed as an error, with the fallback shown', async () => {
    const { result: el, warns } = await captureConsole(async () => {
      const el: BeneluxNewsList = await mount(
        html`<benelux-news-list lang="fr"
          ><script type="application/feed+json">
            { not json
          </script>
          <a href="https://www.benelux.int/">Toute l’actualité</a></benelux-news-list
        >`,
      );
      await untilState(el, 'error');
      return el;
    });
    expect(warns).to.have.length(1);
    expect(text(part(el, 'status'))).to.equal(EXPECTED.fr.error);
    await expect(el).to.be.accessible();
  });
});
