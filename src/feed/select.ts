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
  if (anchor.related.length) {
    const byId = new Map(news.map((i) => [i.id, i]));
    // A feed may repeat an id; each item is listed once, where it first appears.
    return [...new Set(anchor.related)].flatMap((id) => byId.get(id) ?? []);
  }
  return news.filter((i) => i.tags.some((t) => anchor.tags.includes(t))).sort(newestFirst);
}
