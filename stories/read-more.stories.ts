import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LONG_TEXT_FR } from './support.js';

interface ReadMoreArgs {
  lines: number;
  expanded: boolean;
  href?: string;
  text: string;
}

/** The locale of the button comes from the toolbar. */
const meta: Meta<ReadMoreArgs> = {
  title: 'Widgets/Read more',
  component: 'benelux-read-more',
  args: { lines: 3, expanded: false, text: LONG_TEXT_FR },
  argTypes: {
    lines: { control: { type: 'number', min: 1, max: 20 } },
    text: { control: 'text', description: 'The slotted content (story only).' },
  },
  render: (a) =>
    html`<benelux-read-more lines=${a.lines} ?expanded=${a.expanded} href=${ifDefined(a.href)}>
      <p>${a.text}</p>
    </benelux-read-more>`,
};
export default meta;
type Story = StoryObj<ReadMoreArgs>;

/** Long content, collapsed to three lines, with the toggle button. */
export const Collapsed: Story = {};

/** Expanded: the whole content and "Read less". */
export const Expanded: Story = { args: { expanded: true } };

/** Content that fits: no button at all. */
export const ShortContent: Story = {
  args: { text: 'Un paragraphe court tient en une ligne : pas de bouton.' },
};

/** `href`: the control is a link to the full article (the seed's "Lire plus"). */
export const AsLink: Story = {
  args: { href: 'https://www.benelux.int/fr/concertation-senningen/', lines: 2 },
};

/** One line only. */
export const OneLine: Story = { args: { lines: 1 } };
