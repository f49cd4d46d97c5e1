import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { BeneluxElement } from '../../internal/base-element.js';
import { tokens } from '../../internal/tokens.js';
import { styles } from './read-more.styles.js';

let nextId = 0;

/**
 * Shows the first `lines` lines of its content and a button to show the rest.
 *
 * @tagname benelux-read-more
 * @summary Clamped text with a localized "Read more" toggle.
 *
 * @attr lang - The widget's language; inherited from ancestors when absent.
 *
 * @slot - The content to clamp.
 *
 * @fires benelux-toggle - The content was expanded or collapsed; detail `{ expanded }`.
 *
 * @csspart content - The wrapper of the clamped content.
 * @csspart button - The "Read more" / "Read less" button (or link, with `href`).
 *
 * @cssprop --benelux-color-accent - Button color.
 */
export class BeneluxReadMore extends BeneluxElement {
  static override styles = [tokens, styles];

  @query('.content') private content!: HTMLElement;

  /** Whether the content overflows its clamp (the button exists only then). */
  @state() private overflowing = false;

  /** Lines shown while collapsed (default 3). */
  @property({ type: Number }) lines = 3;

  /** Whether the whole content is shown. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** Link to the full article: the control becomes a link instead of a toggle. */
  @property() href?: string;

  private readonly contentId = `benelux-read-more-${++nextId}`;
  private resizeObserver?: ResizeObserver;
  private readonly linesSheet = new CSSStyleSheet();

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(() => this.measure());
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override firstUpdated(): void {
    // The line count reaches CSS through an adopted sheet: no inline style (strict CSP).
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.linesSheet];
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('lines')) {
      const n = Number.isInteger(this.lines) && this.lines > 0 ? Math.min(this.lines, 50) : 3;
      this.linesSheet.replaceSync(`:host { --_lines: ${n}; }`);
    }
    this.measure();
  }

  private measure(): void {
    if (!this.content || this.expanded) return;
    this.overflowing = this.content.scrollHeight > this.content.clientHeight + 1;
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    this.dispatchEvent(
      new CustomEvent('benelux-toggle', {
        bubbles: true,
        composed: true,
        detail: { expanded: this.expanded },
      }),
    );
  }

  override render() {
    const msg = this.msg;
    return html`
      <div part="content" class="content clamped" id=${this.contentId}><slot></slot></div>
      ${
        this.overflowing || this.expanded
          ? html`<button
              part="button"
              type="button"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls=${this.contentId}
              @click=${this.toggle}
            >
              ${
                this.expanded
                  ? msg('Read less', { id: 'read-less' })
                  : msg('Read more', { id: 'read-more' })
              }
            </button>`
          : nothing
      }
    `;
  }
}
