/** Registers `<benelux-read-more>`. Import this file (or the package root) for its side effect. */
import { BeneluxReadMore } from './components/read-more/read-more.js';
import { define } from './internal/define.js';

export { BeneluxReadMore };

define('benelux-read-more', BeneluxReadMore);

declare global {
  interface HTMLElementTagNameMap {
    'benelux-read-more': BeneluxReadMore;
  }
}
