import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FeedController, type FeedSource } from '../../feed/controller.js';
import type { FeedSnapshot } from '../../feed/store.js';
import type { Feed, FeedErrorDetail, FeedItem } from '../../feed/types.js';
import { BeneluxElement } from '../../internal/base-element.js';
import { heading } from '../../internal/heading.js';
import { tokens } from '../../internal/tokens.js';
import { safeUrl } from '../../internal/url.js';
import { styles } from './theme-card.styles.js';

interface SanitizedBody {
  key: string;
  body?: HTMLElement;
  pending?: Promise<void>;
}

export type ThemeCardState = 'loading' | 'populated' | 'empty' | 'error' | 'stale';

/** The news list's parts, re-exported as `news-*` (the list lives in this shadow root). */
const NEWS_PARTS = ['list', 'item', 'title', 'link', 'meta', 'date', 'views', 'summary', 'image']
  .concat(['read-more', 'status', 'retry', 'load-more', 'skeleton'])
  .map((p) => `${p}: news-${p}`)
  .join(', ');

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
export class BeneluxThemeCard extends BeneluxElement {
  static override styles = [tokens, styles];

  private readonly data = new FeedController(this, (s, prev) => this.onSnapshot(s, prev));
  private readonly linesSheet = new CSSStyleSheet();

  /** The sanitized `content_html` body, and what it was made from. */
  @state() private html?: SanitizedBody;
  /** The slotted title's text (names the theme link without `item`). */
  @state() private slottedTitle = '';

  /** URL of a JSON Feed 1.1 document; `{lang}` is replaced by the widget's language. */
  @property() src?: string;

  /** Feed used when `src` answers 404 (default: `src` with `{lang}` = `en`). */
  @property({ attribute: 'fallback-src' }) fallbackSrc?: string;

  /** The feed as a JS object (instead of `src`). */
  @property({ attribute: false }) feed?: unknown;

  /** Seconds between background revalidations; 0 = never. */
  @property({ type: Number }) refresh = 0;

  /** The id of the feed item (with `_benelux.kind: "theme"`) to show. */
  @property() item?: string;

  /** Heading level of the title, 2–6 (default 2); the body and news headings go below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Lines of body shown before "Read more" (passed to `<benelux-read-more>`; default 6). */
  @property({ type: Number }) lines = 6;

  /** How many latest news of the theme to list under the card; 0 = none. */
  @property({ type: Number, attribute: 'news-limit' }) newsLimit = 0;

  /** Without `item`: the theme id whose news are listed (with `src` and `news-limit`). */
  @property() theme?: string;

  /** Without `item`: the theme page the card links to (http/https). */
  @property() href?: string;

  private get feedMode(): boolean {
    return !!this.item;
  }

  private get level(): number {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6
      ? this.headingLevel
      : 2;
  }

  protected override firstUpdated(): void {
    // The skeleton's body height follows `lines` through an adopted sheet (strict CSP).
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.linesSheet];
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('lines')) {
      const n = Number.isInteger(this.lines) && this.lines > 0 ? Math.min(this.lines, 50) : 6;
      this.linesSheet.replaceSync(`:host { --_lines: ${n}; }`);
    }
    if (
      !this.hasUpdated ||
      ['src', 'fallbackSrc', 'feed', 'item', 'refresh', 'locale'].some((p) => changed.has(p))
    ) {
      this.data.setSource(this.feedMode ? this.source() : undefined);
    }
    this.prepareHtml();
    this.setAttribute('state', this.stateName());
  }

  /** Resolves once the sanitized body (if any) is rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.html?.pending) {
      await this.html.pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private resolve(value: string, lang: string): string | undefined {
    try {
      return new URL(value.replaceAll('{lang}', lang), document.baseURI).href;
    } catch {
      return undefined;
    }
  }

  private get inlineScript(): Element | null {
    return this.querySelector(':scope > script[type="application/feed+json"]');
  }

  private source(): FeedSource {
    if (this.feed !== undefined) return { data: this.feed, baseUrl: document.baseURI };
    const inline = this.inlineScript;
    if (inline) return { text: inline.textContent ?? '', baseUrl: document.baseURI };
    if (!this.src) return undefined;
    const { language } = this.locale;
    const url = this.resolve(this.src, language);
    if (!url) return undefined;
    const fallbackUrl = this.fallbackSrc
      ? this.resolve(this.fallbackSrc, language)
      : this.src.includes('{lang}')
        ? this.resolve(this.src, 'en')
        : undefined;
    return { url, fallbackUrl, options: { refresh: this.refresh > 0 ? this.refresh : 0 } };
  }

  /** The theme item shown, when the feed has it. */
  private themeItem(feed: Feed | undefined): FeedItem | undefined {
    return feed?.items.find((i) => i.id === this.item && i.kind === 'theme');
  }

  private stateName(): ThemeCardState {
    if (!this.feedMode) return 'populated';
    const s = this.data.snapshot;
    if (s.status === 'error') return 'error';
    if (s.status === 'loading') return 'loading';
    if (!this.themeItem(s.feed)) return 'empty';
    return s.stale ? 'stale' : 'populated';
  }

  /** Start sanitizing the item's `content_html` when it (or the heading level) changed. */
  private prepareHtml(): void {
    const feed = this.feedMode ? this.data.snapshot.feed : undefined;
    const item = this.themeItem(feed);
    if (!feed || !item?.contentHtml) {
      this.html = undefined;
      return;
    }
    const key = `${feed.url}\n${this.level}\n${item.contentHtml}`;
    if (this.html?.key === key) return;
    const html: SanitizedBody = { key };
    const source = item.contentHtml;
    // The sanitizer (and its DOMPurify fallback) loads only when a feed has content_html,
    // so it stays out of the CDN file every page downloads.
    html.pending = import('../../internal/sanitize.js')
      .then(({ sanitizeHtml }) =>
        sanitizeHtml(source, { baseUrl: feed.url, headingLevel: this.level }),
      )
      .then(
        (fragment) => {
          const body = document.createElement('div');
          body.setAttribute('part', 'body');
          body.append(fragment);
          return body;
        },
        (e: unknown) => {
          console.warn(`[benelux-widgets] content_html of "${item.id}" not shown: ${String(e)}`);
          return undefined;
        },
      )
      .then((body) => {
        if (this.html !== html) return;
        this.html = { key, body };
      });
    this.html = html;
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  private onSnapshot(s: FeedSnapshot, prev: FeedSnapshot): void {
    if (s.status === 'ready' && s.feed && (s.feed !== prev.feed || prev.status !== 'ready')) {
      this.emit('benelux-load', { feed: s.feed, item: this.themeItem(s.feed) });
    }
    if (s.error && s.error !== prev.error) {
      const { kind, status, message } = s.error;
      const detail: FeedErrorDetail = { kind, status, message };
      console.warn(`[benelux-widgets] ${message}`);
      this.emit('benelux-error', detail);
    }
  }

  /** The card reports its feed's failures itself: one `benelux-error` per failure. */
  private stopInnerError(e: Event): void {
    e.stopPropagation();
  }

  private onTitleSlotChange(e: Event): void {
    const nodes = (e.target as HTMLSlotElement).assignedNodes({ flatten: true });
    this.slottedTitle = nodes
      .map((n) => n.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  }

  override render() {
    const state = this.stateName();
    const s = this.data.snapshot;
    const item = this.themeItem(s.feed);
    let content: unknown = nothing;
    if (state === 'loading') content = this.renderSkeleton();
    else if (state === 'error') {
      content = html`<button part="retry" @click=${() => this.data.retry()}>
          ${this.msg('Retry', { id: 'retry' })}
        </button>
        <slot></slot>`;
    } else if (!this.feedMode) content = this.renderSlotted();
    else if (item) content = this.renderItem(item);
    return html`<div part="status" role="status">${this.renderStatus(state)}</div>
      ${content}`;
  }

  private renderStatus(state: ThemeCardState) {
    const msg = this.msg;
    const fallback = this.data.usingFallback ? html`<p>${this.fallbackNotice()}</p>` : nothing;
    switch (state) {
      case 'loading':
        return html`<span class="visually-hidden"
          >${msg('Loading…', { id: 'theme.loading' })}</span
        >`;
      case 'error':
        return html`<p>${msg('This content could not be loaded.', { id: 'theme.error' })}</p>`;
      case 'empty':
        return html`<p>${msg('This theme is not available.', { id: 'theme.empty' })}</p>`;
      case 'stale':
        return html`<p>${msg('This content may be out of date.', { id: 'theme.stale' })}</p>
          ${fallback}`;
      default:
        return fallback;
    }
  }

  /** The final layout's blocks, empty and hidden from assistive technology. */
  private renderSkeleton() {
    return html`<div part="skeleton" class="card" aria-hidden="true">
      <div class="bar title"></div>
      <div class="bar summary"></div>
      <div class="bar body"></div>
      <div class="bar link"></div>
    </div>`;
  }

  private renderItem(item: FeedItem) {
    const title = item.title ?? '';
    const paragraphs = (item.contentText ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    // content_html once sanitized; content_text meanwhile only if there is no HTML coming.
    const body =
      this.html?.body ??
      (this.html?.pending
        ? nothing
        : html`<div part="body">${paragraphs.map((p) => html`<p>${p}</p>`)}</div>`);
    return this.renderCard({
      image: item.image
        ? html`<img part="image" src=${item.image} alt="" loading="lazy" decoding="async" />`
        : nothing,
      title,
      titleContent: title,
      summary: item.summary ? html`<p>${item.summary}</p>` : nothing,
      body,
      href: item.url ?? item.externalUrl,
      theme: item.theme,
    });
  }

  private renderSlotted() {
    return this.renderCard({
      image: html`<slot name="image"></slot>`,
      title: this.slottedTitle,
      titleContent: html`<slot name="title" @slotchange=${this.onTitleSlotChange}></slot>`,
      summary: html`<slot name="summary"></slot>`,
      body: html`<div part="body"><slot></slot></div>`,
      href: this.href ? safeUrl(this.href, document.baseURI) : undefined,
      theme: this.theme,
    });
  }

  private renderCard(c: {
    image: unknown;
    title: string;
    titleContent: unknown;
    summary: unknown;
    body: unknown;
    href?: string;
    theme?: string;
  }) {
    return html`<section part="card" class="card" aria-labelledby="title">
      ${c.image}
      <div id="title">${heading(this.level, 2, c.titleContent)}</div>
      <div part="summary">${c.summary}</div>
      <benelux-read-more
        part="read-more"
        exportparts="button: read-more-button, content: read-more-content"
        lines=${this.lines}
        label=${ifDefined(c.title || undefined)}
        >${c.body}</benelux-read-more
      >
      ${
        c.href
          ? html`<a part="link" href=${c.href}
              >${this.msg('More about this theme', { id: 'theme.link' })}<span
                class="visually-hidden"
                >: ${c.title}</span
              ></a
            >`
          : nothing
      }
      ${this.renderNews(c.theme)}
    </section>`;
  }

  /** The latest news of the theme: the news list itself, fed by the same feed. */
  private renderNews(theme: string | undefined) {
    const limit = Number.isInteger(this.newsLimit) ? Math.min(this.newsLimit, 100) : 0;
    let feed = this.feedMode ? this.feed : undefined;
    const inline = this.feedMode && feed === undefined && this.inlineScript;
    if (inline) {
      try {
        feed = JSON.parse(inline.textContent ?? '');
      } catch {
        return nothing;
      }
    }
    if (limit <= 0 || !theme || (!this.src && feed === undefined)) return nothing;
    return html`<div part="news" class="news">
      ${heading(Math.min(this.level + 1, 6), 3, this.msg('Latest news', { id: 'theme.news' }), 'news-heading')}
      <benelux-news-list
        exportparts=${NEWS_PARTS}
        src=${ifDefined(feed === undefined ? this.src : undefined)}
        fallback-src=${ifDefined(this.fallbackSrc)}
        .feed=${feed}
        theme=${theme}
        limit=${limit}
        heading-level=${Math.min(this.level + 2, 6)}
        layout="compact"
        @benelux-error=${this.stopInnerError}
      ></benelux-news-list>
    </div>`;
  }
}
