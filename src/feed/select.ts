import type { FeedItem } from './types.js';

export interface Selection {
  /** Only items of this `_benelux.theme`. */
  theme?: string;
  /** Only items carrying this tag. */
  tag?: string;
  /** Items related to this item id (never the item itself). */
  relatedTo?: string;
}

function newestFirst(a: FeedItem, b: FeedItem): number {
  // Undated items last.
  return +(b.datePublished ?? 0) - +(a.datePublished ?? 0);
}

/**
 * The news items a list shows, in order: theme items are never news; `related-to`
 * follows the item's `_benelux.related` ids in their order, else items sharing a tag,
 * newest first. Pure: the same feed and selection give the same array.
 */
export function selectNews(
  items: readonly FeedItem[],
  { theme, tag, relatedTo }: Selection,
): FeedItem[] {
  const news = items.filter(
    (i) =>
      i.kind === 'news' &&
      i.id !== relatedTo &&
      (!theme || i.theme === theme) &&
      (!tag || i.tags.includes(tag)),
  );
  if (!relatedTo) return news;
  const anchor = items.find((i) => i.id === relatedTo);
  if (!anchor) return [];
  const { related, tags } = anchor;
  // Ids are unique in a normalized feed: each item is listed once, where `related` first
  // names it.
  return news
    .filter((i) => (related.length ? related.includes(i.id) : i.tags.some((t) => tags.includes(t))))
    .sort(related.length ? (a, b) => related.indexOf(a.id) - related.indexOf(b.id) : newestFirst);
}
