import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The demo's sample feeds, and the stories' own (empty, not a feed, with images).
  staticDirs: [
    { from: '../demo/feeds', to: '/feeds' },
    { from: '../stories/feeds', to: '/story-feeds' },
  ],
  core: { disableTelemetry: true },
};
export default config;
