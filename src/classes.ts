/**
 * The element classes and types without registering anything: for hosts that define
 * the tags themselves (scoped registries, other names) or only need the types.
 */
export { BeneluxNewsList, type NewsListLayout } from './components/news-list/news-list.js';
export { BeneluxThemeCard } from './components/theme-card/theme-card.js';
export { BeneluxReadMore } from './components/read-more/read-more.js';
export type { Feed, FeedItem, FeedErrorKind, FeedErrorDetail } from './feed/types.js';
export { FeedError } from './feed/types.js';
export { clearFeedCache } from './feed/store.js';
export { VERSION } from './generated/version.js';
