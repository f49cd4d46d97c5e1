import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { BeneluxNewsList, FeedItem } from '../../src/classes.js';
import { uniqueKey, untilState, requestCount } from '../support/helpers.js';
import { InlineNews, LatestNews } from './LatestNews.js';

/** A React 19 app hosting the widgets: the README's snippet, in a real page. */
describe('React 19 host', () => {
  let container: HTMLElement;
  let root: Root;
  const warnings: unknown[][] = [];
  const originalError = console.error;

  beforeEach(() => {
    container = document.createElement('div');
    container.lang = 'nl';
    document.body.append(container);
    root = createRoot(container);
    warnings.length = 0;
    console.error = (...args: unknown[]) => warnings.push(args);
  });

  afterEach(() => {
    flushSync(() => root.unmount());
    container.remove();
    console.error = originalError;
  });

  function render(node: ReturnType<typeof createElement>): BeneluxNewsList {
    flushSync(() => root.render(node));
    return container.querySelector('benelux-news-list')!;
  }

  it('passes properties and attributes, and hears benelux-load through onbenelux-load', async () => {
    const key = uniqueKey('react');
    const el = render(
      createElement(LatestNews, { src: `/api/slow?ms=0&feed=/demo/feeds/news.nl.json&key=${key}` }),
    );
    await untilState(el, 'populated');
    expect(el.limit, 'limit is set as a number property').to.equal(2);
    expect(el.getAttribute('heading-level')).to.equal('3');
    expect(el.hasAttribute('hide-views'), 'boolean attribute present').to.equal(true);
    const items = el.shadowRoot!.querySelectorAll('[part="item"]');
    expect(items).to.have.length(2);
    expect(el.shadowRoot!.querySelector('h3 [part="link"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part="views"]')).to.equal(null);
    // React state updated from the custom event's detail.
    await waitUntil(() => container.querySelector('.count'), 'React rendered the count');
    expect(container.querySelector('.count')!.textContent).to.equal('2 news shown');
    expect(await requestCount(key)).to.equal(1);
    await expect(el).to.be.accessible();
    expect(warnings, 'React logged no error').to.deep.equal([]);
  });

  it('hands benelux-item-click to the app through onbenelux-item-click', async () => {
    const opened: FeedItem[] = [];
    const stopNavigation = (e: Event) => e.preventDefault();
    window.addEventListener('click', stopNavigation);
    try {
      const el = render(
        createElement(LatestNews, {
          src: `/demo/feeds/news.fr.json?key=${uniqueKey('react')}`,
          onOpen: (item) => opened.push(item),
        }),
      );
      await untilState(el, 'populated');
      el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!.click();
      expect(opened.map((i) => i.id)).to.deep.equal(['news-2020-07-knokke']);
    } finally {
      window.removeEventListener('click', stopNavigation);
    }
  });

  it('passes a feed object as the feed property (no request)', async () => {
    const el = render(
      createElement(InlineNews, {
        feed: {
          version: 'https://jsonfeed.org/version/1.1',
          items: [{ id: 7, title: 'Uit de app zelf', url: 'https://www.benelux.int/nl/' }],
        },
      }),
    );
    await untilState(el, 'populated');
    expect(el.getAttribute('layout')).to.equal('compact');
    expect(el.shadowRoot!.querySelector('[part="link"]')!.textContent).to.equal('Uit de app zelf');
    await expect(el).to.be.accessible();
  });

  it('follows prop changes and unmounts cleanly', async () => {
    const el = render(createElement(LatestNews, { src: '/demo/feeds/news.fr.json' }));
    await untilState(el, 'populated');
    const again = render(createElement(LatestNews, { src: '/demo/feeds/news.de.json' }));
    expect(again, 'React kept the same element').to.equal(el);
    await el.updateComplete;
    await untilState(el, 'populated');
    expect(el.src).to.equal('/demo/feeds/news.de.json');
    expect(el.shadowRoot!.querySelector('[part="link"]')!.textContent).to.equal(
      'Belgische und niederländische Polizeiteams patrouillieren gemeinsam in Knokke',
    );
    flushSync(() => root.render(null));
    expect(container.querySelector('benelux-news-list')).to.equal(null);
    expect(warnings).to.deep.equal([]);
  });
});
