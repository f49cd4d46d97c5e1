import { html, nothing } from 'lit';
import { BeneluxElement, emit } from '../../internal/base-element.js';
import { tokens } from '../../internal/tokens.js';
import { safeUrl } from '../../internal/url.js';
import { styles } from './read-more.styles.js';

/**
 * Shows the first `lines` lines of its content and a button to show the rest.
 *
 * The button exists only while the content really overflows its clamp, re-checked
 * whenever the element, its content or the slotted nodes change size. Collapsed text
 * stays in the layout (clipped, not `display: none`), so the browser's find-in-page and
 * text fragments (`#:~:text=`) reach it; they scroll the clipping box to show a match,
 * and that scroll (like keyboard focus moving into a hidden link) expands the element.
 * (`hidden="until-found"` would hide the first lines too, so it cannot serve a preview.)
 * Printing shows the whole content without the button.
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
 * @cssprop --benelux-color-focus - Focus outline.
 */
export class BeneluxReadMore extends BeneluxElement {
  static {
    this.createProperty('overflowing', { state: true });
  }
  static override styles = [tokens, styles];
  static override properties = {
    lines: { type: Number },
    expanded: { type: Boolean, reflect: true },
    href: {},
    label: {},
  };

  /** Whether the content overflows its clamp (the button exists only then). */
  private overflowing?: boolean;

  /** Lines shown while collapsed (default 3, at most 50). */
  lines = 3;

  /** Whether the whole content is shown. */
  expanded = false;

  /** Link to the full article: the control becomes a link (http/https only) instead of a toggle. */
  href?: string;

  /** What the content is about (e.g. the article title): added to the control's accessible name. */
  label?: string;

  readonly #linesSheet = new CSSStyleSheet();
  // Changing the layout inside a ResizeObserver callback would make the browser report
  // a "ResizeObserver loop" error to the page: measure in the next frame instead.
  readonly #resizeObserver = new ResizeObserver(() => this.#scheduleMeasure());
  #frame = 0;
  /** The lines shown collapsed, as the sheet has them. */
  #lines!: number;

  /** The clamp box (rendered once, first update on). */
  get #content(): HTMLElement | null {
    return this.renderRoot.querySelector('#content');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observeContent();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  protected override firstUpdated(): void {
    // The line count reaches CSS through an adopted sheet: no inline style (strict CSP).
    // (adoptedStyleSheets is an observable array wherever light-dark(), which the tokens
    // use, works.)
    (this.renderRoot as ShadowRoot).adoptedStyleSheets.push(this.#linesSheet);
    this.#observeContent();
  }

  protected override updated(): void {
    // `lines`, made safe: a positive integer up to 50, else 3. Set on every update (a
    // one-rule sheet; updates are rare) rather than only when `lines` changed.
    const { lines } = this;
    this.#lines = Number.isInteger(lines) && lines > 0 ? Math.min(lines, 50) : 3;
    this.#linesSheet.replaceSync(`:host{--_lines:${this.#lines}}`);
    this.#scheduleMeasure();
  }

  /**
   * Watch the clamp box (as wide as the host) and every slotted element (flattened through
   * nested slots). Before the first render there is nothing to watch yet.
   */
  #observeContent(): void {
    const ro = this.#resizeObserver;
    const box = this.#content;
    ro.disconnect();
    if (box)
      for (const el of [box, ...box.querySelector('slot')!.assignedElements({ flatten: true })])
        ro.observe(el);
  }

  /** Measure in the next frame: never inside an update or a ResizeObserver callback. */
  #scheduleMeasure(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#measure());
  }

  /**
   * Collapsed, the clamp box overflows or not. Expanded, compare the whole content with
   * the clamp's height, so content too short to collapse shows no "Read less" either.
   */
  #measure(): void {
    const box = this.#content;
    // Printing unclamps everything (and hides the button): keep the screen's answer.
    if (!box || matchMedia('print').matches) return;
    this.overflowing =
      box.scrollHeight >
      (this.expanded
        ? this.#lines * parseFloat(getComputedStyle(box).lineHeight)
        : box.clientHeight) +
        1;
  }

  /**
   * The button was pressed, or the clipping box scrolled (find-in-page, a text fragment or
   * the focus reached collapsed text; only a scroll while collapsed counts). Toggle, say
   * so, then keep in view what the reader was at: the scrolled-to match, or the button
   * (it keeps the focus) that collapsing can move far up.
   */
  async #toggle(e: Event): Promise<void> {
    const target = e.currentTarget as HTMLElement;
    // The button never scrolls: an offset means the clipping box did (which counts only
    // while collapsed); a scroll back to 0 is no reason to toggle.
    const offset = target.scrollTop;
    if (offset ? this.expanded : e.type === 'scroll') return;
    const expanded = (this.expanded = !this.expanded);
    emit(this, 'benelux-toggle', { expanded });
    await this.updateComplete;
    if (offset) window.scrollBy({ top: offset, behavior: 'instant' });
    else if (!expanded) target.scrollIntoView({ block: 'nearest' });
  }

  override render() {
    const { expanded, label, msg } = this;
    const href = safeUrl(this.href, document.baseURI);
    const text = [
      expanded && !href
        ? msg('Read less', { id: 'read-less' })
        : msg('Read more', { id: 'read-more' }),
      label && html`<span class="visually-hidden">: ${label}</span>`,
    ];
    return html`<div part="content" id="content" @scroll=${this.#toggle}>
        <slot @slotchange=${this.#observeContent}></slot>
      </div>
      ${
        href
          ? html`<a part="button" href=${href}>${text}</a>`
          : this.overflowing
            ? html`<button
                part="button"
                aria-expanded=${expanded}
                aria-controls="content"
                @click=${this.#toggle}
              >
                ${text}
              </button>`
            : nothing
      }`;
  }
}
