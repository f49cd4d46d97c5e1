import { property } from 'lit/decorators.js';
import { html } from 'lit';
import { BeneluxElement } from '../../internal/base-element.js';
import { heading } from '../../internal/heading.js';
import { tokens } from '../../internal/tokens.js';
import { styles } from './theme-card.styles.js';

/**
 * A policy theme block: title, intro, body, link to the theme page, and optionally the
 * latest news of the theme. Filled from a feed item (`src` + `item`) or from slotted
 * light-DOM content, so a CMS can use it without a feed.
 *
 * @tagname benelux-theme-card
 * @summary Theme block with title, body and latest news.
 *
 * @attr lang - The widget's language; inherited from ancestors when absent.
 *
 * @slot title - The theme's title (when not from a feed).
 * @slot - The theme's body (when not from a feed).
 *
 * @csspart card - The card's outer box.
 * @csspart title - The heading.
 * @csspart body - The body.
 *
 * @cssprop --benelux-color-surface - Card background.
 * @cssprop --benelux-color-border - Card border.
 */
export class BeneluxThemeCard extends BeneluxElement {
  static override styles = [tokens, styles];

  /** URL of a JSON Feed 1.1 document holding the theme item. */
  @property() src?: string;

  /** The id of the feed item (with `_benelux.kind: "theme"`) to show. */
  @property() item?: string;

  /** Heading level of the title, 2–6 (default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Lines of body shown before "Read more" (passed to `<benelux-read-more>`). */
  @property({ type: Number }) lines = 6;

  /** How many latest news of the theme to list under the card; 0 = none. */
  @property({ type: Number, attribute: 'news-limit' }) newsLimit = 0;

  override render() {
    return html`
      <section part="card">
        ${heading(this.headingLevel, 2, html`<slot name="title"></slot>`)}
        <div part="body"><slot></slot></div>
      </section>
    `;
  }
}
