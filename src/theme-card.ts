/** Registers `<benelux-theme-card>`. Import this file (or the package root) for its side effect. */
import { BeneluxThemeCard } from './components/theme-card/theme-card.js';
import { define } from './internal/define.js';
// The card embeds both: registering it registers them.
import './news-list.js';
import './read-more.js';

export { BeneluxThemeCard };

define('benelux-theme-card', BeneluxThemeCard);

declare global {
  interface HTMLElementTagNameMap {
    'benelux-theme-card': BeneluxThemeCard;
  }
}
