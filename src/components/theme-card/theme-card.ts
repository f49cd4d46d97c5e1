import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Feed, FeedItem } from '../../feed/types.js';
import { FeedElement, type FeedState } from '../../internal/feed-element.js';
import { heading } from '../../internal/heading.js';
import { feedStyles } from '../../internal/feed-styles.js';
import { tokens } from '../../internal/tokens.js';
import { safeUrl } from '../../internal/url.js';
import { styles } from './theme-card.styles.js';

interface SanitizedBody {
  key?: string;
  nodes?: Node[];
  pending?: Promise<void>;
}

export type ThemeCardState = FeedState;

/** The news list's parts, re-exported as `news-*` (the list lives in this shadow root). */
const NEWS_PARTS =
  'list item title link meta date views summary image read-more status retry load-more skeleton'
    .split(' ')
    .map((p) => `${p}:news-${p}`)
    .join();

/** The card reports its feed's failures itself: one `benelux-error` per failure. */
const stop = (e: Event) => e.stopPropagation();

/**
 * A policy theme block: title, intro, body, link to the theme page, optional image, and
 * optionally the latest news of the theme (an embedded `<benelux-news-list>`).
 *
 * With `item` (and `src`, or the `feed` property, or an inline
 * `<script type="application/feed+json">` child), the card shows that feed item, whose
 * `_benelux.kind` must be `theme`: `content_html` only after sanitizing, else
 * `content_text` split into paragraphs at blank lines; the light-DOM children are then
 * fallback content, shown in the error state. Without `item`, the card shows its slotted
 * content (so a CMS can fill it without a feed) in the same structure; `src` and `theme`
 * then still feed the news under it. The body sits in a `<benelux-read-more>`, whose
 * button appears only when the body is longer than `lines`.
 *
 * @tagname benelux-theme-card
 * @summary Theme block with title, body and latest news.
 *
 * @attr lang - The widget's language; inherited from ancestors when absent.
 *
 * @slot title - The theme's title (without `item`).
 * @slot summary - The intro (without `item`).
 * @slot image - An image (without `item`).
 * @slot - The body (without `item`); with `item`, fallback content shown on error.
 *
 * @fires benelux-load - The feed loaded; detail `{ feed, item }` (`item` undefined if missing).
 * @fires benelux-error - The feed failed; detail `{ kind, status?, message }`.
 *
 * @csspart card - The card's outer box.
 * @csspart image - The image.
 * @csspart title - The heading.
 * @csspart summary - The intro.
 * @csspart read-more - The `<benelux-read-more>` around the body.
 * @csspart read-more-button - Its "Read more" / "Read less" button.
 * @csspart read-more-content - Its clamped content box.
 * @csspart body - The body.
 * @csspart link - The link to the theme page.
 * @csspart news - The block of latest news.
 * @csspart news-heading - Its heading.
 * @csspart news-list - The news list's `list` part; every part of `<benelux-news-list>` is
 *   exported the same way as `news-<part>` (`news-item`, `news-title`, `news-link`, …).
 * @csspart status - The loading, empty, stale and error messages.
 * @csspart retry - The Retry button of the error state.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --benelux-color-text - Text color.
 * @cssprop --benelux-color-muted - Status messages.
 * @cssprop --benelux-color-accent - Links and buttons.
 * @cssprop --benelux-color-surface - Card background.
 * @cssprop --benelux-color-border - Card border.
 * @cssprop --benelux-color-focus - Focus outline.
 * @cssprop --benelux-font-family - Font family (default: inherited).
 * @cssprop --benelux-font-size - Base font size.
 * @cssprop --benelux-radius - Corner radius.
 * @cssprop --benelux-spacing - Space inside the card.
 * @cssprop --benelux-image-ratio - Image aspect ratio (default 16 / 9).
 */
export class BeneluxThemeCard extends FeedElement {
  static override styles = [tokens, feedStyles, styles];
  static override properties = {
    item: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    lines: { type: Number },
    newsLimit: { type: Number, attribute: 'news-limit' },
    theme: {},
    href: {},
  };

  /** The inline feed's text and data, handed to the news list (see inlineFeed()). */
  #inline?: [text: string | undefined, data: unknown];

  /** The sanitized `content_html` (its nodes), and what it was made from. */
  #html: SanitizedBody = {};
  /** The slotted title's text (names the theme link without `item`); not reactive: its slotchange re-renders. */
  #slottedTitle?: string;

  /** The id of the feed item (with `_benelux.kind: "theme"`) to show. */
  item?: string;

  /** Heading level of the title, 2–6 (default 2); the body and news headings go below it. */
  headingLevel = 2;

  /** Lines of body shown before "Read more" (passed to `<benelux-read-more>`; default 6). */
  lines = 6;

  /** How many latest news of the theme to list under the card; 0 = none. */
  newsLimit = 0;

  /** Without `item`: the theme id whose news are listed (with `src` and `news-limit`). */
  theme?: string;

  /** Without `item`: the theme page the card links to (http/https). */
  href?: string;

  get #level(): number {
    const l = this.headingLevel;
    return Number.isInteger(l) && l >= 2 && l <= 6 ? l : 2;
  }

  protected override feedWanted(): boolean {
    return !!this.item;
  }

  protected override loadDetail(feed: Feed) {
    return { feed, item: this.#themeItem(feed) };
  }

  /** Resolves once the sanitized body (if any) is rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done;
    while (((done = await super.getUpdateComplete()), this.#html.pending)) await this.#html.pending;
    return done;
  }

  /** The theme item shown, when the feed has it. */
  #themeItem(feed: Feed | undefined): FeedItem | undefined {
    return feed?.items.find((i) => i.id === this.item && i.kind === 'theme');
  }

  protected override stateName(): ThemeCardState {
    const s = this.snapshot;
    return !this.item
      ? 'populated'
      : s.status !== 'ready'
        ? s.status
        : !this.#themeItem(s.feed)
          ? 'empty'
          : s.stale
            ? 'stale'
            : 'populated';
  }

  /**
   * The body: `content_html` once sanitized (sanitizing starts when it or the heading
   * level changed; nothing shows meanwhile), else `content_text` or the slotted body.
   */
  #body(item: FeedItem | undefined, lang: unknown) {
    const source = item?.contentHtml;
    const baseUrl = this.snapshot.feed?.url;
    const headingLevel = this.#level;
    const key = source && `${baseUrl}\n${headingLevel}\n${source}`;
    let sanitized = this.#html;
    if (sanitized.key !== key) {
      const html: SanitizedBody = (sanitized = this.#html = { key });
      if (source) {
        html.pending = (async () => {
          let nodes: Node[] | undefined;
          try {
            // The sanitizer (and its DOMPurify fallback) loads only when a feed has
            // content_html, so it stays out of the CDN file every page downloads.
            const { sanitizeHtml } = await import('../../internal/sanitize.js');
            nodes = [
              ...(await sanitizeHtml(source, { baseUrl: baseUrl!, headingLevel })).childNodes,
            ];
          } catch (e) {
            console.warn(`[benelux-widgets] content_html of "${item!.id}" not shown: ${e}`);
          }
          if (this.#html === html) {
            this.#html = { key, nodes };
            this.requestUpdate();
          }
        })();
      }
    }
    return sanitized.pending
      ? nothing
      : html`<div part="body" lang=${lang}>
          ${
            sanitized.nodes ??
            (item
              ? (item.contentText ?? '')
                  .split(/\n\s*\n/)
                  .map((p) => (p = p.trim()) && html`<p>${p}</p>`)
              : html`<slot></slot>`)
          }
        </div>`;
  }

  /** (Whitespace kept as is: the visually hidden spans that show it collapse it.) */
  #onTitleSlotChange(e: Event): void {
    this.#slottedTitle = (e.target as HTMLSlotElement)
      .assignedNodes({ flatten: true })
      .map((n) => n.textContent)
      .join('');
    this.requestUpdate();
  }

  override render() {
    const { msg } = this;
    const state = this.stateName();
    const item = this.#themeItem(this.snapshot.feed);
    const text =
      state === 'error'
        ? msg('This content could not be loaded.', { id: 'theme.error' })
        : state === 'empty'
          ? msg('This theme is not available.', { id: 'theme.empty' })
          : state === 'stale'
            ? msg('This content may be out of date.', { id: 'theme.stale' })
            : state === 'loading' && msg('Loading…', { id: 'theme.loading' });
    // (The fallback notice only over the card: with the item shown, the feed is ready.)
    return html`${this.renderStatus(state, text, item)}${
      state === 'loading'
        ? // The final layout's blocks, empty and hidden from assistive technology. The body's
          // read-more gives it `--_lines` (clamped as the real one), which sets its height.
          html`<div part="skeleton" class="card" aria-hidden="true">
            <div class="bar title"></div>
            <div class="bar summary"></div>
            <benelux-read-more lines=${this.lines}><div class="bar body"></div></benelux-read-more>
            <div class="bar link"></div>
          </div>`
        : state === 'error'
          ? html`<slot></slot>`
          : state === 'empty'
            ? nothing
            : this.#renderCard(item)
    }`;
  }

  /** The card: the feed's `item`, or (without one) the slotted content. */
  #renderCard(item?: FeedItem) {
    const title = item ? item.title : this.#slottedTitle;
    // Feed text in another language than the widget's says so (slotted text is the page's).
    const lang = ifDefined(item && this.textLang(item));
    const href = item ? (item.url ?? item.externalUrl) : safeUrl(this.href, document.baseURI);
    const image = !item
      ? html`<slot name="image"></slot>`
      : item.image
        ? html`<img part="image" src=${item.image} alt="" loading="lazy" decoding="async" />`
        : nothing;
    // (No intro box for a feed item without a summary.)
    const summary = !item
      ? html`<div part="summary"><slot name="summary"></slot></div>`
      : item.summary
        ? html`<div part="summary" lang=${lang}><p>${item.summary}</p></div>`
        : nothing;
    const titleContent = item
      ? title
      : html`<slot name="title" @slotchange=${this.#onTitleSlotChange}></slot>`;
    // (heading() clamps the title's level to 2–6, as #level does.)
    return html`<section part="card" class="card" aria-labelledby="title">
      ${image}
      <div id="title" lang=${lang}>${heading(this.headingLevel, 2, titleContent)}</div>
      ${summary}
      <benelux-read-more
        part="read-more"
        exportparts="button:read-more-button,content:read-more-content"
        lines=${this.lines}
        label=${title}
        >${this.#body(item, lang)}</benelux-read-more
      >
      ${
        href
          ? html`<a part="link" href=${href}
              >${this.msg('More about this theme', { id: 'theme.link' })}<span
                class="visually-hidden"
                lang=${lang}
                >: ${title}</span
              ></a
            >`
          : nothing
      }${this.#renderNews(item ? item.theme : this.theme)}
    </section>`;
  }

  /**
   * The inline feed's text, read when the card (with `item`) sets its feed source; its
   * data is kept for the news list, parsed once per text: a new object would make the
   * list normalize it again. (Bad JSON leaves the card in the error state: no list.)
   */
  protected override inlineFeed(): string | undefined {
    const text = super.inlineFeed();
    if (this.#inline?.[0] !== text) {
      let data: unknown;
      try {
        data = JSON.parse(text!);
      } catch {
        // Not JSON (or no text): the card shows the error.
      }
      this.#inline = [text, data];
    }
    return text;
  }

  /** The latest news of the theme: the news list itself, fed by the same feed. */
  #renderNews(theme: string | undefined) {
    const limit = this.newsLimit;
    const feed = this.feed === undefined && this.item ? this.#inline?.[1] : this.feed;
    // The news heading one level below the title (3–7: heading() makes 7 an h6).
    return Number.isInteger(limit) && limit > 0 && theme && (this.src || feed !== undefined)
      ? html`<div part="news">
          ${heading(this.#level + 1, 6, this.msg('Latest news', { id: 'theme.news' }), 'news-heading')}
          <benelux-news-list
            exportparts=${NEWS_PARTS}
            .src=${this.src}
            .fallbackSrc=${this.fallbackSrc}
            .feed=${feed}
            theme=${theme}
            limit=${limit}
            heading-level=${Math.min(this.#level + 2, 6)}
            layout="compact"
            @benelux-error=${stop}
          ></benelux-news-list>
        </div>`
      : nothing;
  }
}
