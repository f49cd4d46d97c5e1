/** Registers `<benelux-news-list>`. Import this file (or the package root) for its side effect. */
import { BeneluxNewsList } from './components/news-list/news-list.js';
import { define } from './internal/define.js';

export { BeneluxNewsList };

define('benelux-news-list', BeneluxNewsList);

declare global {
  interface HTMLElementTagNameMap {
    'benelux-news-list': BeneluxNewsList;
  }
}
