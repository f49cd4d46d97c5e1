import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Widgets/Theme card',
  component: 'benelux-theme-card',
  args: { lang: 'fr' },
  argTypes: { lang: { control: 'select', options: ['fr', 'nl', 'de', 'en'] } },
  render: ({ lang }) =>
    html`<benelux-theme-card lang=${lang}>
      <span slot="title"
        >Conjuguer les forces de la police, de la justice et des autres services</span
      >
      <p>
        De nouvelles formes de criminalité transfrontalière apparaissent sans cesse. Les pays du
        Benelux unissent police, justice et services de sécurité pour y répondre ensemble.
      </p>
    </benelux-theme-card>`,
};
export default meta;

export const FromSlottedContent: StoryObj = {};
