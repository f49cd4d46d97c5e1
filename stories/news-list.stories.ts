import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FEEDS } from './support.js';

interface NewsListArgs {
  src: string;
  limit: number;
  layout: 'list' | 'grid' | 'compact';
  'heading-level': number;
  theme?: string;
  tag?: string;
  'related-to'?: string;
  'hide-views': boolean;
  'hide-images': boolean;
  'hide-summary': boolean;
  'load-more': boolean;
  refresh: number;
  target?: string;
  /** The theming panel's token values (see .storybook/preview.ts). */
  [token: `--benelux-${string}`]: string;
}

/**
 * The locale comes from the toolbar (the `lang` of the story's wrapper): the element
 * inherits it, and `{lang}` in `src` picks the feed in that language.
 */
const meta: Meta<NewsListArgs> = {
  title: 'Widgets/News list',
  component: 'benelux-news-list',
  args: {
    src: FEEDS.news,
    limit: 3,
    layout: 'list',
    'heading-level': 3,
    'hide-views': false,
    'hide-images': false,
    'hide-summary': false,
    'load-more': false,
    refresh: 0,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    limit: { control: { type: 'number', min: 1, max: 20 } },
    target: { control: 'select', options: [undefined, '_blank'] },
  },
  render: (a) =>
    html`<benelux-news-list
      src=${a.src}
      limit=${a.limit}
      layout=${a.layout}
      heading-level=${a['heading-level']}
      theme=${ifDefined(a.theme)}
      tag=${ifDefined(a.tag)}
      related-to=${ifDefined(a['related-to'])}
      refresh=${a.refresh}
      target=${ifDefined(a.target)}
      ?hide-views=${a['hide-views']}
      ?hide-images=${a['hide-images']}
      ?hide-summary=${a['hide-summary']}
      ?load-more=${a['load-more']}
    >
      <a href="https://www.benelux.int/">Benelux — toute l’actualité</a>
    </benelux-news-list>`,
};
export default meta;
type Story = StoryObj<NewsListArgs>;

// States.

/** The feed answers: dated items with view counts, teaser and "Read more". */
export const Populated: Story = {};

/**
 * The request is pending (it never answers): the loading state, announced politely. After
 * the 10-second timeout the widget reports an error, as it would on a real page; open the
 * story again to see the loading state again.
 */
export const Loading: Story = { args: { src: FEEDS.never } };

/** A valid feed without news items: the localized "no news" message. */
export const Empty: Story = { args: { src: FEEDS.empty } };

/** The URL answers an HTML page: a localized message, Retry, and the fallback link. */
export const Error: Story = { args: { src: FEEDS.notAFeed } };

/** A background refresh fails (HTTP 503): the last good items stay, with a notice. */
export const Stale: Story = { args: { src: FEEDS.stale, refresh: 1 } };

// Layouts.

/** `layout="list"`: one item under the other, with images. */
export const ListLayout: Story = { args: { src: FEEDS.gallery, layout: 'list' } };

/** `layout="grid"`: cards side by side, as many columns as fit. */
export const GridLayout: Story = { args: { src: FEEDS.gallery, layout: 'grid', limit: 6 } };

/** `layout="compact"`: title, date and views only — for sidebars. */
export const CompactLayout: Story = {
  args: { src: FEEDS.gallery, layout: 'compact', limit: 5 },
};

// Features.

/** `load-more`: a button shows the next `limit` items. */
export const LoadMore: Story = { args: { src: FEEDS.gallery, limit: 2, 'load-more': true } };

/** `related-to`: the "actualités liées" under an article (never the article itself). */
export const RelatedNews: Story = { args: { 'related-to': 'news-2020-07-knokke' } };

/** `tag`: only items with that tag. */
export const FilteredByTag: Story = { args: { src: FEEDS.gallery, tag: 'technology' } };

/** `hide-views`, `hide-images`, `hide-summary`: a lean list. */
export const TitlesOnly: Story = {
  args: { src: FEEDS.gallery, 'hide-views': true, 'hide-images': true, 'hide-summary': true },
};

/** Two widgets in two languages on one page: each follows its own `lang`. */
export const Bilingual: Story = {
  render: () =>
    html`<div class="story-columns">
      <benelux-news-list lang="fr" src=${FEEDS.newsIn('fr')} limit="2" layout="compact">
      </benelux-news-list>
      <benelux-news-list lang="nl" src=${FEEDS.newsIn('nl')} limit="2" layout="compact">
      </benelux-news-list>
    </div>`,
};

/** A feed written inline in the page: no request at all. */
export const InlineFeed: Story = {
  render: () =>
    html`<benelux-news-list>
      <script type="application/feed+json">
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "Inline",
          "items": [
            {
              "id": "1",
              "url": "https://www.benelux.int/",
              "title": "Une actualité écrite dans la page",
              "summary": "Le flux est écrit dans un enfant script de l’élément : aucune requête.",
              "date_published": "2024-05-02T09:00:00+02:00",
              "_benelux": { "views": 1 }
            }
          ]
        }
      </script>
    </benelux-news-list>`,
};

/** Long titles and large numbers: nothing overflows. */
export const Narrow: Story = {
  args: { src: FEEDS.gallery, limit: 2 },
  decorators: [(story) => html`<div class="story-narrow">${story()}</div>`],
};

/** A partner's identity through the tokens (edit them in the Controls panel). */
export const PartnerTheme: Story = {
  args: {
    src: FEEDS.gallery,
    layout: 'grid',
    '--benelux-color-accent': '#8a1f46',
    '--benelux-color-surface': '#fffdf9',
    '--benelux-color-border': '#e0d6c8',
    '--benelux-radius': '0',
    '--benelux-font-family': 'Georgia, serif',
  },
};

/** The four languages side by side (each column has its own `lang`), to compare wordings. */
export const AllLocales: Story = {
  render: (a) =>
    html`<div class="story-columns">
      ${['fr', 'nl', 'de', 'en'].map(
        (lang) =>
          html`<div lang=${lang}>
            <benelux-news-list
              src=${a.src}
              limit="1"
              layout=${a.layout}
              heading-level=${a['heading-level']}
            ></benelux-news-list>
          </div>`,
      )}
    </div>`,
};
