/** Registers all three elements and exports their classes. */
export * from './news-list.js';
export * from './theme-card.js';
export * from './read-more.js';
export { VERSION } from './generated/version.js';
