import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Widgets/News list',
  component: 'benelux-news-list',
  args: { lang: 'fr', limit: 3, layout: 'list' },
  argTypes: {
    lang: { control: 'select', options: ['fr', 'nl', 'de', 'en'] },
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
  },
  render: ({ lang, limit, layout }) =>
    html`<benelux-news-list
      lang=${lang}
      limit=${limit}
      layout=${layout}
      src="./feeds/news.${lang}.json"
    ></benelux-news-list>`,
};
export default meta;

export const Populated: StoryObj = {};
