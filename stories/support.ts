/**
 * Feed URLs for stories, relative to Storybook's iframe. `/feeds/` holds the demo's
 * sample feeds, `/story-feeds/` the stories' own files, and `/mock-feeds/` is answered by
 * the story-level request handlers in `.storybook/feed-handlers.ts`.
 */
export const FEEDS = {
  /** The sample feed in the story's language (`{lang}` is replaced by the widget). */
  news: './feeds/news.{lang}.json',
  newsIn: (lang: string) => `./feeds/news.${lang}.json`,
  /** Six French news items with images. */
  gallery: './story-feeds/gallery.fr.json',
  /** A valid feed without items. */
  empty: './story-feeds/empty.json',
  /** An HTML page where a feed was expected. */
  notAFeed: './story-feeds/maintenance.html',
  /** Never answers. */
  never: './mock-feeds/never.json',
  /** Answers once, then fails with HTTP 503. */
  stale: './mock-feeds/stale.json?feed=news.{lang}.json',
} as const;

/** French body text long enough to be clamped. */
export const LONG_TEXT_FR =
  'Grâce à de nombreuses années de coopération et à la confiance entre les services de ' +
  'sécurité, d’excellents résultats ont été obtenus dans la coopération opérationnelle, le ' +
  'maintien de l’ordre et les interventions urgentes de part et d’autre des frontières. Il ' +
  'faut poursuivre l’optimalisation de cette coopération pour faire face aux nouveaux défis, ' +
  'sans que les frontières et les différences de réglementation n’amènent d’obstacles ' +
  'supplémentaires. Les pays du Benelux souhaitent étendre leur collaboration à d’autres ' +
  'domaines, comme les services judiciaires.';
