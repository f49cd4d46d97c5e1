import { expect, html, oneEvent } from '@open-wc/testing';
import { LOCALES, requestCount, uniqueKey, untilState } from '../support/helpers.js';
import {
  EXPECTED,
  captureConsole,
  frames,
  ids,
  mount,
  part,
  parts,
  text,
  titles,
  until,
} from './support.js';

const feedOf = (lang: string) => `/demo/feeds/news.${lang}.json`;
const ALL = ['news-2020-07-knokke', 'news-2020-02-etoile', 'news-2019-12-victims'];

for (const lang of LOCALES) {
  const t = EXPECTED[lang];
  const other = LOCALES[(LOCALES.indexOf(lang) + 1) % LOCALES.length];

  describe(`<benelux-news-list> attributes [${lang}]`, () => {
    it('src with {lang} loads the feed of the resolved language, and re-fetches on a lang change', async () => {
      const el = await mount(
        html`<div lang=${lang}>
          <benelux-news-list src="/demo/feeds/news.{lang}.json"></benelux-news-list>
        </div>`,
      ).then((div) => div.querySelector('benelux-news-list')!);
      await untilState(el, 'populated');
      expect(titles(el)[0]).to.equal(t.firstTitle);
      expect(text(part(el, 'date'))).to.equal(t.date);
      await expect(el).to.be.accessible();

      el.parentElement!.lang = other;
      await until(() => titles(el)[0] === EXPECTED[other].firstTitle, `the ${other} feed`);
      expect(text(part(el, 'date'))).to.equal(EXPECTED[other].date);
      expect(text(part(el, 'views'))).to.equal(EXPECTED[other].views);
      await expect(el).to.be.accessible();
    });

    it('{lang} answering 404 falls back to the en feed, with a discreet localized notice', async () => {
      const key = uniqueKey('fallback');
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          src=${`/api/news-list/lang?lang={lang}&have=en&key=${key}`}
        ></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      expect(titles(el)[0]).to.equal(EXPECTED.en.firstTitle);
      // Dates and counts still follow the reader's locale.
      expect(text(part(el, 'date'))).to.equal(t.date);
      const status = text(part(el, 'status'));
      if (lang === 'en') expect(status).to.not.contain(t.fallback);
      else expect(status).to.contain(t.fallback);
      await expect(el).to.be.accessible();
    });

    it('fallback-src is used when src answers 404', async () => {
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          src=${`/api/news-list/lang?lang={lang}&have=none&key=${uniqueKey()}`}
          fallback-src="/demo/feeds/news.fr.json"
        ></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      expect(titles(el)[0]).to.equal(EXPECTED.fr.firstTitle);
      expect(text(part(el, 'status'))).to.contain(t.fallback);
      await expect(el).to.be.accessible();
    });

    it('limit caps the items and the skeleton cards', async () => {
      const el = await mount(
        html`<benelux-news-list lang=${lang} limit="2" src=${feedOf(lang)}></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      expect(ids(el)).to.deep.equal(ALL.slice(0, 2));
      expect(text(part(el, 'status'))).to.equal(t.loaded.replace('3', '2'));
      el.limit = 1;
      await el.updateComplete;
      expect(parts(el, 'item')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('theme keeps only items of that theme; theme items are never listed', async () => {
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          theme="senningen"
          src=${feedOf(lang)}
        ></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      expect(ids(el)).to.deep.equal(ALL);
      await expect(el).to.be.accessible();
      el.theme = 'another-theme';
      await untilState(el, 'empty');
      expect(text(part(el, 'status'))).to.equal(t.empty);
      await expect(el).to.be.accessible();
    });

    it('tag keeps only items carrying that tag', async () => {
      const el = await mount(
        html`<benelux-news-list lang=${lang} tag="police" src=${feedOf(lang)}></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      expect(ids(el)).to.deep.equal(ALL.slice(0, 2));
      el.tag = 'drugs';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['news-2020-02-etoile']);
      await expect(el).to.be.accessible();
    });

    it('related-to lists the related items in order under a "Related news" heading', async () => {
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          related-to="news-2020-07-knokke"
          src=${feedOf(lang)}
        ></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      expect(ids(el)).to.deep.equal(['news-2020-02-etoile', 'news-2019-12-victims']);
      const heading = part(el, 'heading');
      expect(heading.tagName).to.equal('H2');
      expect(text(heading)).to.equal(t.related);
      const list = part(el, 'list');
      const labelledBy = el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!);
      expect(text(labelledBy)).to.equal(t.related);
      el.headingLevel = 5;
      await el.updateComplete;
      expect(part(el, 'heading').tagName).to.equal('H4');
      expect(parts(el, 'title')[0].tagName).to.equal('H5');
      await expect(el).to.be.accessible();
    });

    it('related-to with nothing related renders nothing, not even a heading', async () => {
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          related-to="news-2019-12-victims"
          src=${feedOf(lang)}
        ></benelux-news-list>`,
      );
      await untilState(el, 'empty');
      expect(parts(el, 'heading')).to.have.length(0);
      expect(parts(el, 'item')).to.have.length(0);
      expect(text(part(el, 'status'))).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
    });

    for (const level of [2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" makes each title an h${level}`, async () => {
        const el = await mount(
          html`<benelux-news-list
            lang=${lang}
            heading-level=${level}
            src=${feedOf(lang)}
          ></benelux-news-list>`,
        );
        await untilState(el, 'populated');
        expect(parts(el, 'title').map((h) => h.tagName)).to.deep.equal(Array(3).fill(`H${level}`));
        expect(part(el, 'title').querySelector('[part="link"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('an out-of-range heading-level falls back to h3', async () => {
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          heading-level="9"
          src=${feedOf(lang)}
        ></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      expect(part(el, 'title').tagName).to.equal('H3');
      await expect(el).to.be.accessible();
    });

    for (const layout of ['list', 'grid', 'compact'] as const) {
      it(`layout="${layout}"`, async () => {
        const el = await mount(
          html`<benelux-news-list
            lang=${lang}
            layout=${layout}
            src=${feedOf(lang)}
          ></benelux-news-list>`,
        );
        el.style.width = '760px';
        await untilState(el, 'populated');
        await frames();
        expect(el.getAttribute('layout')).to.equal(layout);
        const columns = getComputedStyle(part(el, 'list')).gridTemplateColumns.split(' ');
        expect(columns.length).to.equal(layout === 'grid' ? 2 : 1);
        // compact: title, date and views only.
        expect(parts(el, 'summary').length).to.equal(layout === 'compact' ? 0 : 3);
        expect(parts(el, 'read-more').length).to.equal(layout === 'compact' ? 0 : 3);
        expect(text(part(el, 'views'))).to.equal(t.views);
        await expect(el).to.be.accessible();
      });
    }

    it('hide-views, hide-summary and hide-images hide their parts', async () => {
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          src=${`/api/news-list/images?feed=${lang}`}
        ></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      expect(parts(el, 'views')).to.have.length(3);
      expect(parts(el, 'summary')).to.have.length(3);
      expect(parts(el, 'image')).to.have.length(3);
      el.hideViews = true;
      el.hideSummary = true;
      el.hideImages = true;
      await el.updateComplete;
      expect(parts(el, 'views')).to.have.length(0);
      expect(parts(el, 'summary')).to.have.length(0);
      expect(parts(el, 'image')).to.have.length(0);
      expect(parts(el, 'date')).to.have.length(3);
      expect(el.hasAttribute('hide-views')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('images reserve their space, have alt="" and load lazily', async () => {
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          layout="grid"
          src=${`/api/news-list/images?feed=${lang}`}
        ></benelux-news-list>`,
      );
      el.style.width = '300px';
      await untilState(el, 'populated');
      const img = part<HTMLImageElement>(el, 'image');
      expect(img.getAttribute('alt')).to.equal('');
      expect(img.getAttribute('loading')).to.equal('lazy');
      // Space is reserved from the aspect-ratio token before the image decodes.
      const box = img.getBoundingClientRect();
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
      el.style.setProperty('--benelux-image-ratio', '1');
      expect(img.getBoundingClientRect().height).to.be.closeTo(box.width, 1);
      await expect(el).to.be.accessible();
    });

    it('load-more shows loaded items first, then the next_url pages; focus moves to the first new item', async () => {
      const key = uniqueKey('pages');
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          limit="2"
          load-more
          src=${`/api/news-list/pages?page=1&pages=2&per=3&key=${key}`}
        ></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      expect(titles(el)).to.deep.equal(['News 1', 'News 2']);
      const button = part<HTMLButtonElement>(el, 'load-more');
      expect(text(button)).to.equal(t.more);
      await expect(el).to.be.accessible();

      button.focus();
      button.click();
      await until(() => titles(el).length === 4, 'four items');
      expect(titles(el)).to.deep.equal(['News 1', 'News 2', 'News 3', 'News 4']);
      await until(() => el.shadowRoot!.activeElement !== button, 'focus to move');
      expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'link')[2]);
      expect(await requestCount(key)).to.equal(2);

      part<HTMLButtonElement>(el, 'load-more').click();
      await until(() => titles(el).length === 6, 'six items');
      await until(() => parts(el, 'load-more').length === 0, 'the button to go');
      expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'link')[4]);
      expect(await requestCount(key)).to.equal(2);
      await expect(el).to.be.accessible();
    });

    it('load-more stops on a next_url loop', async () => {
      const key = uniqueKey('loop');
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          limit="3"
          load-more
          src=${`/api/news-list/pages?page=1&pages=2&per=3&loop=1&key=${key}`}
        ></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      part<HTMLButtonElement>(el, 'load-more').click();
      await until(() => titles(el).length === 6, 'six items');
      await el.updateComplete;
      if (parts(el, 'load-more').length) part<HTMLButtonElement>(el, 'load-more').click();
      await until(() => parts(el, 'load-more').length === 0, 'the button to go');
      expect(titles(el)).to.have.length(6);
      expect(await requestCount(key)).to.be.at.most(3);
      await expect(el).to.be.accessible();
    });

    it('load-more: a failed next page keeps the items and the button, with one warning', async () => {
      const key = uniqueKey('broken');
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          limit="3"
          load-more
          src=${`/api/news-list/pages?page=1&pages=2&per=3&broken=1&key=${key}`}
        ></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      const {
        result: event,
        warns,
        errors,
      } = await captureConsole(async () => {
        const failed = oneEvent(el, 'benelux-error');
        part<HTMLButtonElement>(el, 'load-more').click();
        return (await failed) as CustomEvent;
      });
      expect(event.detail).to.include({ kind: 'http', status: 404 });
      expect(warns).to.have.length(1);
      expect(errors).to.have.length(0);
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['News 1', 'News 2', 'News 3']);
      expect(el.getAttribute('state')).to.equal('populated');
      expect(parts(el, 'load-more')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('lazy: no request until the element nears the viewport', async () => {
      const key = uniqueKey('lazy');
      const wrapper = await mount(
        html`<div>
          <div class="spacer"></div>
          <benelux-news-list
            lang=${lang}
            lazy
            src=${`/api/slow?ms=0&feed=${feedOf(lang)}&key=${key}`}
          ></benelux-news-list>
        </div>`,
      );
      (wrapper.querySelector('.spacer') as HTMLElement).style.height = '4000px';
      const el = wrapper.querySelector('benelux-news-list')!;
      await frames(4);
      expect(el.getAttribute('state')).to.equal('loading');
      expect(await requestCount(key)).to.equal(0);
      await expect(el).to.be.accessible();

      el.scrollIntoView();
      await untilState(el, 'populated');
      expect(await requestCount(key)).to.equal(1);
      expect(titles(el)[0]).to.equal(t.firstTitle);
      await expect(el).to.be.accessible();
      window.scrollTo(0, 0);
    });

    it('refresh revalidates in the background', async () => {
      const key = uniqueKey('refresh');
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          refresh="1"
          src=${`/api/slow?ms=0&feed=${feedOf(lang)}&key=${key}`}
        ></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      await until(async () => (await requestCount(key)) >= 2, 'a revalidation request');
      expect(el.getAttribute('state')).to.equal('populated');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('target="_blank" applies to every item link, with rel="noopener"', async () => {
      const el = await mount(
        html`<benelux-news-list
          lang=${lang}
          target="_blank"
          src=${feedOf(lang)}
        ></benelux-news-list>`,
      );
      await untilState(el, 'populated');
      const links = [...parts(el, 'link'), ...parts(el, 'read-more')];
      expect(links).to.have.length(6);
      for (const a of links) {
        expect(a.getAttribute('target')).to.equal('_blank');
        expect(a.getAttribute('rel')).to.equal('noopener');
      }
      el.target = undefined;
      await el.updateComplete;
      expect(part(el, 'link').hasAttribute('target')).to.equal(false);
      expect(part(el, 'link').hasAttribute('rel')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('the feed property and an inline feed script', async () => {
      const feed = await (await fetch(feedOf(lang))).json();
      const byProperty = await mount(html`<benelux-news-list lang=${lang}></benelux-news-list>`);
      byProperty.feed = feed;
      await untilState(byProperty, 'populated');
      expect(ids(byProperty)).to.deep.equal(ALL);
      await expect(byProperty).to.be.accessible();

      const script = document.createElement('script');
      script.type = 'application/feed+json';
      script.textContent = JSON.stringify(feed);
      const inline = document.createElement('benelux-news-list');
      inline.lang = lang;
      inline.append(script);
      document.body.append(inline);
      await untilState(inline, 'populated');
      expect(ids(inline)).to.deep.equal(ALL);
      expect(text(part(inline, 'date'))).to.equal(t.date);
      await expect(inline).to.be.accessible();
      inline.remove();
    });

    it('fires benelux-load and benelux-item-click (bubbling, composed)', async () => {
      const el = document.createElement('benelux-news-list');
      Object.assign(el, { lang, limit: 2, src: `${feedOf(lang)}?key=${uniqueKey()}` });
      const loaded = oneEvent(el, 'benelux-load');
      document.body.append(el);
      const load = (await loaded) as CustomEvent;
      expect(load.bubbles && load.composed).to.equal(true);
      expect(load.detail.items.map((i: { id: string }) => i.id)).to.deep.equal(ALL.slice(0, 2));
      expect(load.detail.feed.items).to.have.length(4);
      await untilState(el, 'populated');

      const clicks: CustomEvent[] = [];
      document.addEventListener('benelux-item-click', (e) => clicks.push(e as CustomEvent));
      const stopNavigation = (e: Event) => e.preventDefault();
      document.addEventListener('click', stopNavigation);
      parts(el, 'link')[1].click();
      parts(el, 'read-more')[0].click();
      document.removeEventListener('click', stopNavigation);
      expect(clicks.map((e) => e.detail.item.id)).to.deep.equal(ALL.slice(1, 2).concat(ALL[0]));
      expect(clicks[0].composed).to.equal(true);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('no feed value runs script or injects markup', async () => {
      const el = await mount(html`<benelux-news-list lang=${lang}></benelux-news-list>`);
      el.feed = {
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          {
            id: 'x',
            title: '<img src=x onerror="window.__pwned=1">',
            summary: '<script>window.__pwned=1</script>',
            url: 'javascript:window.__pwned=1',
            image: 'javascript:window.__pwned=1',
            _benelux: { views: 3 },
          },
        ],
      };
      await untilState(el, 'populated');
      await frames();
      expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
      expect(parts(el, 'link')).to.have.length(0);
      expect(text(part(el, 'title'))).to.equal('<img src=x onerror="window.__pwned=1">');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });
}
