/** A JSON Feed 1.1 item after normalizing: every field present is valid and safe to use. */
export interface FeedItem {
  /** Always a string; numeric ids in the feed become strings. */
  id: string;
  /** Absolute http(s) URL of the item's page. */
  url?: string;
  /** Absolute http(s) URL of the page the item is about, elsewhere. */
  externalUrl?: string;
  title?: string;
  summary?: string;
  contentText?: string;
  /** Raw HTML from the feed: never rendered without sanitizing. */
  contentHtml?: string;
  /** Absolute http(s) URL of the item's image. */
  image?: string;
  datePublished?: Date;
  dateModified?: Date;
  tags: string[];
  language?: string;
  /** `_benelux.views`: a non-negative integer. */
  views?: number;
  /** `_benelux.theme`: the id of the policy theme the item belongs to. */
  theme?: string;
  /** `_benelux.related`: ids of related items, in the publisher's order. */
  related: string[];
  /** `_benelux.kind`: `theme` items are theme blocks, not news. */
  kind: 'news' | 'theme';
}

export interface Feed {
  /** The absolute URL the feed was loaded from (or the page URL for inline feeds). */
  url: string;
  version?: string;
  title?: string;
  homePageUrl?: string;
  feedUrl?: string;
  language?: string;
  /** Absolute http(s) URL of the next page, if any. */
  nextUrl?: string;
  expired: boolean;
  items: FeedItem[];
}

export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'too-large' | 'not-json' | 'invalid';

/** Why a feed could not be used. `message` is written for a developer's console. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A `FeedError` whose message is "Feed <url> <what>". */
export const feedError = (kind: FeedErrorKind, url: string, what: string, status?: number) =>
  new FeedError(kind, `Feed ${url} ${what}`, status);

/** The `benelux-error` event's detail. */
export interface FeedErrorDetail {
  kind: FeedErrorKind;
  status?: number;
  message: string;
}
