import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import type { InputType } from 'storybook/internal/types';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { installFeedHandlers } from './feed-handlers.js';
import '../src/index.js';

interface Member {
  privacy?: string;
}
interface Declaration {
  members?: Member[];
  events?: { name?: string }[];
}

// Autodocs from the manifest, without private or protected members, and only the
// `benelux-*` events (the analyzer also reports a helper's `new CustomEvent(type)`).
const cleaned = structuredClone(manifest) as { modules: { declarations?: Declaration[] }[] };
for (const mod of cleaned.modules) {
  for (const decl of mod.declarations ?? []) {
    decl.members = decl.members?.filter((m) => !m.privacy || m.privacy === 'public');
    decl.events = decl.events?.filter((e) => e.name?.startsWith('benelux-'));
  }
}
setCustomElementsManifest(cleaned);
installFeedHandlers();

/** The theming panel: every `--benelux-*` token as a control, on every story. */
const color = (description: string): InputType => ({
  control: 'color',
  description,
  table: { category: 'css custom properties' },
});
const text = (description: string): InputType => ({
  control: 'text',
  description,
  table: { category: 'css custom properties' },
});
const tokenArgTypes: Record<string, InputType> = {
  '--benelux-color-text': color('Text color.'),
  '--benelux-color-muted': color('Secondary text (date, views).'),
  '--benelux-color-accent': color('Links and buttons.'),
  '--benelux-color-surface': color('Card background.'),
  '--benelux-color-border': color('Borders and image placeholders.'),
  '--benelux-color-focus': color('Focus outline.'),
  '--benelux-font-family': text('Font family (default: inherited), e.g. `Georgia, serif`.'),
  '--benelux-font-size': text('Base font size, e.g. `1.125rem`.'),
  '--benelux-radius': text('Corner radius, e.g. `0` or `1rem`.'),
  '--benelux-spacing': text('Space between and inside cards, e.g. `1.5rem`.'),
  '--benelux-image-ratio': text('Image aspect ratio, e.g. `4 / 3`.'),
};

/**
 * Token values reach the story's wrapper through one adopted stylesheet (one rule per
 * story, so a docs page with several stories keeps each story's values), never through
 * a `style` attribute. A value that could close the rule is ignored.
 */
const tokenSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, tokenSheet];
const tokenRules = new Map<string, string>();

function applyTokens(storyClass: string, args: Record<string, unknown>): void {
  const declarations = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--benelux-') && typeof value === 'string')
    .filter(([, value]) => value !== '' && !/[;{}<>\\]/.test(value as string))
    .map(([name, value]) => `${name}: ${value};`);
  tokenRules.set(storyClass, `.${storyClass} { ${declarations.join(' ')} }`);
  tokenSheet.replaceSync([...tokenRules.values()].join('\n'));
}

const wrapperSheet = new CSSStyleSheet();
wrapperSheet.replaceSync(`
  .benelux-story {
    color-scheme: light dark;
    background: Canvas;
    color: CanvasText;
    font-family: system-ui, sans-serif;
    line-height: 1.5;
    padding: 1rem;
  }
  .benelux-story .story-columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: 1.5rem;
  }
  .benelux-story .story-narrow { max-width: 16rem; }
  .benelux-story[data-scheme='light'] { color-scheme: light; }
  .benelux-story[data-scheme='dark'] { color-scheme: dark; }
  /* A preview of Windows high contrast: the system colors forced-colors mode would use.
     The real media query is exercised by scripts/check-stories.mjs. */
  .benelux-story.benelux-story[data-forced-colors] {
    --benelux-color-text: CanvasText;
    --benelux-color-muted: CanvasText;
    --benelux-color-accent: LinkText;
    --benelux-color-surface: Canvas;
    --benelux-color-border: CanvasText;
    --benelux-color-focus: Highlight;
  }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, wrapperSheet];

/** Locale, color scheme, forced colors and tokens apply to the story's wrapper only. */
const withHostContext: Decorator = (story, context) => {
  const storyClass = `story-${context.id.replace(/[^\w-]/g, '-')}`;
  applyTokens(storyClass, context.args);
  const { locale, scheme, forcedColors } = context.globals;
  return html`<div
    class="benelux-story ${storyClass}"
    lang=${locale ?? 'fr'}
    data-scheme=${scheme ?? 'system'}
    ?data-forced-colors=${forcedColors === 'on'}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withHostContext],
  argTypes: tokenArgTypes,
  globalTypes: {
    locale: {
      description: 'Language of the story (the `lang` of its wrapper)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'fr', right: 'FR', title: 'Français' },
          { value: 'nl', right: 'NL', title: 'Nederlands' },
          { value: 'de', right: 'DE', title: 'Deutsch' },
          { value: 'en', right: 'EN', title: 'English' },
          { value: 'fr-BE', right: 'fr-BE', title: 'Français (Belgique)' },
          { value: 'nl-BE', right: 'nl-BE', title: 'Nederlands (België)' },
          { value: 'de-LU', right: 'de-LU', title: 'Deutsch (Luxemburg)' },
        ],
      },
    },
    scheme: {
      description: 'Color scheme of the host page around the story',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'system', title: 'Follow the system' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
      },
    },
    forcedColors: {
      description: 'Preview the system colors of forced-colors (high contrast) mode',
      toolbar: {
        title: 'Forced colors',
        icon: 'eye',
        dynamicTitle: true,
        items: [
          { value: 'off', title: 'Forced colors: off' },
          { value: 'on', title: 'Forced colors: on' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'fr', scheme: 'system', forcedColors: 'off' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
