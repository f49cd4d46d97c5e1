import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FEEDS, LONG_TEXT_FR } from './support.js';

interface ThemeCardArgs {
  src: string;
  item: string;
  'heading-level': number;
  lines: number;
  'news-limit': number;
}

/** The locale comes from the toolbar; `{lang}` in `src` picks the feed in that language. */
const meta: Meta<ThemeCardArgs> = {
  title: 'Widgets/Theme card',
  component: 'benelux-theme-card',
  args: {
    src: FEEDS.news,
    item: 'theme-senningen',
    'heading-level': 2,
    lines: 6,
    'news-limit': 0,
  },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    lines: { control: { type: 'number', min: 1, max: 20 } },
    'news-limit': { control: { type: 'number', min: 0, max: 10 } },
  },
  render: (a) =>
    html`<benelux-theme-card
      src=${a.src}
      item=${a.item}
      heading-level=${a['heading-level']}
      lines=${a.lines}
      news-limit=${a['news-limit']}
    >
      <a href="https://www.benelux.int/fr/concertation-senningen/">Concertation Senningen</a>
    </benelux-theme-card>`,
};
export default meta;
type Story = StoryObj<ThemeCardArgs>;

// States.

/** The theme item of the feed: title, intro, clamped body and a link to the theme page. */
export const Populated: Story = {};

/**
 * The request is pending (it never answers): the loading state, announced politely. After
 * the 10-second timeout the widget reports an error, as it would on a real page; open the
 * story again to see the loading state again.
 */
export const Loading: Story = { args: { src: FEEDS.never } };

/** The feed has no item with that id. */
export const Empty: Story = { args: { src: FEEDS.empty } };

/** The URL answers an HTML page: a localized message, Retry, and the fallback link. */
export const Error: Story = { args: { src: FEEDS.notAFeed } };

/** A background refresh fails: the card stays, with a discreet notice. */
export const Stale: Story = {
  args: { src: FEEDS.stale },
  render: (a) =>
    html`<benelux-theme-card src=${a.src} item=${a.item} refresh="1"></benelux-theme-card>`,
};

// Layouts.

/** With the latest news of the theme under the card (`news-limit`). */
export const WithLatestNews: Story = { args: { 'news-limit': 3 } };

/** Without a feed: a CMS fills the card through slots (title, summary, image, body). */
export const FromSlottedContent: Story = {
  render: (a) =>
    html`<benelux-theme-card
      heading-level=${a['heading-level']}
      lines=${a.lines}
      href="https://www.benelux.int/fr/concertation-senningen/"
    >
      <img slot="image" src="./story-feeds/images/5.svg" alt="" />
      <span slot="title"
        >Conjuguer les forces de la police, de la justice et des autres services</span
      >
      <span slot="summary"
        >Les pays du Benelux unissent police, justice et services de sécurité.</span
      >
      <p>${LONG_TEXT_FR}</p>
    </benelux-theme-card>`,
};

/** Without `item`: a theme's latest news from a feed, under slotted content. */
export const ThemeNewsOnly: Story = {
  render: (a) =>
    html`<benelux-theme-card src=${a.src} theme="senningen" news-limit="2">
      <span slot="title">Concertation Senningen</span>
      <p>
        La coopération policière et judiciaire entre la Belgique, les Pays-Bas et le Luxembourg.
      </p>
    </benelux-theme-card>`,
};

/** In a sub-section of the host page: the title becomes an `<h4>`. */
export const NestedHeading: Story = { args: { 'heading-level': 4, lines: 3 } };
