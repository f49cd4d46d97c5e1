import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Widgets/Read more',
  component: 'benelux-read-more',
  args: { lang: 'fr', lines: 3 },
  argTypes: { lang: { control: 'select', options: ['fr', 'nl', 'de', 'en'] } },
  render: ({ lang, lines }) =>
    html`<benelux-read-more lang=${lang} lines=${lines}>
      <p>
        Grâce à de nombreuses années de coopération et à la confiance entre les services de
        sécurité, d’excellents résultats ont été obtenus dans la coopération opérationnelle, le
        maintien de l’ordre et les interventions urgentes de part et d’autre des frontières. Il faut
        poursuivre l’optimalisation de cette coopération pour faire face aux nouveaux défis, sans
        que les frontières et les différences de réglementation n’amènent d’obstacles
        supplémentaires.
      </p>
    </benelux-read-more>`,
};
export default meta;

export const LongText: StoryObj = {};
