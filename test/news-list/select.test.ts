import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { selectNews } from '../../src/feed/select.js';
import type { FeedItem } from '../../src/feed/types.js';

function item(id: string, extra: Partial<FeedItem> = {}): FeedItem {
  return { id, tags: [], related: [], kind: 'news', ...extra };
}

const day = (d: number) => new Date(Date.UTC(2024, 0, d));
const ids = (items: FeedItem[]) => items.map((i) => i.id);

const ITEMS: FeedItem[] = [
  item('theme', { kind: 'theme', theme: 't1', tags: ['police'] }),
  item('a', {
    theme: 't1',
    tags: ['police', 'drugs'],
    datePublished: day(1),
    related: ['c', 'zz', 'b'],
  }),
  item('b', { theme: 't1', tags: ['police'], datePublished: day(5) }),
  item('c', { theme: 't2', tags: ['justice'], datePublished: day(3) }),
  item('d', { tags: ['drugs'], datePublished: day(4) }),
  item('e', { tags: ['police'] }),
];

describe('selectNews', () => {
  it('keeps the feed order and never lists theme items', () => {
    expect(ids(selectNews(ITEMS, {}))).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });

  it('filters by theme and by tag, together', () => {
    expect(ids(selectNews(ITEMS, { theme: 't1' }))).to.deep.equal(['a', 'b']);
    expect(ids(selectNews(ITEMS, { tag: 'police' }))).to.deep.equal(['a', 'b', 'e']);
    expect(ids(selectNews(ITEMS, { theme: 't1', tag: 'drugs' }))).to.deep.equal(['a']);
    expect(selectNews(ITEMS, { theme: 'none' })).to.deep.equal([]);
  });

  it('related-to follows _benelux.related in its order, skipping unknown ids', () => {
    expect(ids(selectNews(ITEMS, { relatedTo: 'a' }))).to.deep.equal(['c', 'b']);
  });

  it('related-to without related ids: items sharing a tag, newest first, undated last', () => {
    expect(ids(selectNews(ITEMS, { relatedTo: 'b' }))).to.deep.equal(['a', 'e']);
    expect(ids(selectNews(ITEMS, { relatedTo: 'd' }))).to.deep.equal(['a']);
  });

  it('related-to never lists the item itself, nor theme items, nor anything for an unknown id', () => {
    const self = [item('x', { related: ['x', 'y', 'y'] }), item('y')];
    expect(ids(selectNews(self, { relatedTo: 'x' }))).to.deep.equal(['y']);
    expect(ids(selectNews(ITEMS, { relatedTo: 'e' }))).to.deep.equal(['b', 'a']);
    expect(selectNews(ITEMS, { relatedTo: 'missing' })).to.deep.equal([]);
    expect(selectNews(ITEMS, { relatedTo: 'c' })).to.deep.equal([]);
  });

  it('related-to combines with theme and tag', () => {
    expect(ids(selectNews(ITEMS, { relatedTo: 'a', theme: 't1' }))).to.deep.equal(['b']);
  });

  it('holds for any feed: a subset of news items, without duplicates or the anchor', () => {
    const ID = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const TAG = fc.constantFrom('police', 'justice', 'drugs');
    const arbItem = fc.record({
      id: ID,
      tags: fc.uniqueArray(TAG),
      related: fc.array(ID, { maxLength: 4 }),
      kind: fc.constantFrom<'news' | 'theme'>('news', 'news', 'theme'),
      theme: fc.option(fc.constantFrom('t1', 't2'), { nil: undefined }),
      datePublished: fc.option(fc.date({ noInvalidDate: true }), { nil: undefined }),
    });
    const feed = fc.uniqueArray(arbItem, { selector: (i) => i.id });
    const selection = fc.record({
      theme: fc.option(fc.constantFrom('t1', 't2'), { nil: undefined }),
      tag: fc.option(TAG, { nil: undefined }),
      relatedTo: fc.option(ID, { nil: undefined }),
    });
    fc.assert(
      fc.property(feed, selection, (items, sel) => {
        const out = selectNews(items as FeedItem[], sel);
        const outIds = ids(out);
        expect(new Set(outIds).size).to.equal(outIds.length);
        for (const i of out) {
          expect(items).to.include(i);
          expect(i.kind).to.equal('news');
          if (sel.theme) expect(i.theme).to.equal(sel.theme);
          if (sel.tag) expect(i.tags).to.include(sel.tag);
          if (sel.relatedTo) expect(i.id).to.not.equal(sel.relatedTo);
        }
        expect(selectNews(items as FeedItem[], sel)).to.deep.equal(out);
      }),
    );
  });
});
