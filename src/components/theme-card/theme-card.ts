import { html, nothing, type PropertyValues } from 'lit';
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
const NEWS_PARTS =
  'list item title link meta date views summary image read-more status retry load-more skeleton'
    .split(' ')
    .map((p) => `${p}: news-${p}`)
    .join(', ');

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
export class BeneluxThemeCard extends BeneluxElement {
  static {
    this.createProperty('html', { state: true });
    this.createProperty('slottedTitle', { state: true });
    this.createProperty('feed', { attribute: false });
  }
  static override styles = [tokens, styles];
  static override properties = {
    src: {},
    fallbackSrc: { attribute: 'fallback-src' },
    refresh: { type: Number },
    item: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    lines: { type: Number },
    newsLimit: { type: Number, attribute: 'news-limit' },
    theme: {},
    href: {},
  };

  private readonly data = new FeedController(this, (s, prev) => this.onSnapshot(s, prev));
  private readonly linesSheet = new CSSStyleSheet();

  /** The sanitized `content_html` body, and what it was made from. */
  private html?: SanitizedBody;
  /** The slotted title's text (names the theme link without `item`). */
  private slottedTitle = '';

  /** URL of a JSON Feed 1.1 document; `{lang}` is replaced by the widget's language. */
  src?: string;

  /** Feed used when `src` answers 404 (default: `src` with `{lang}` = `en`). */
  fallbackSrc?: string;

  /** The feed as a JS object (instead of `src`). */
  feed?: unknown;

  /** Seconds between background revalidations; 0 = never. */
  refresh = 0;

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

  private get level(): number {
    const l = this.headingLevel;
    return Number.isInteger(l) && l >= 2 && l <= 6 ? l : 2;
  }

  protected override firstUpdated(): void {
    // The skeleton's body height follows `lines` through an adopted sheet (strict CSP).
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.linesSheet];
  }

  override willUpdate(changed: PropertyValues): void {
    const n = this.lines;
    if (changed.has('lines')) {
      this.linesSheet.replaceSync(
        `:host{--_lines:${Number.isInteger(n) && n > 0 ? Math.min(n, 50) : 6}}`,
      );
    }
    if (
      !this.hasUpdated ||
      ['src', 'fallbackSrc', 'feed', 'item', 'refresh', 'locale'].some((p) => changed.has(p))
    ) {
      this.data.setSource(this.item ? this.source() : undefined);
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

  private inlineScript(): Element | null {
    return this.querySelector(':scope > script[type="application/feed+json"]');
  }

  private source(): FeedSource {
    const baseUrl = document.baseURI;
    const { src, fallbackSrc, feed } = this;
    const inline = this.inlineScript();
    if (feed !== undefined) return { data: feed, baseUrl };
    if (inline) return { text: inline.textContent as string, baseUrl };
    const resolve = (value: string | undefined, lang = this.locale.language) => {
      try {
        return value ? new URL(value.replaceAll('{lang}', lang), baseUrl).href : undefined;
      } catch {
        return undefined;
      }
    };
    const url = resolve(src);
    return url
      ? {
          url,
          fallbackUrl: fallbackSrc
            ? resolve(fallbackSrc)
            : src!.includes('{lang}')
              ? resolve(src, 'en')
              : undefined,
          options: { refresh: this.refresh > 0 ? this.refresh : 0 },
        }
      : undefined;
  }

  /** The theme item shown, when the feed has it. */
  private themeItem(feed: Feed | undefined): FeedItem | undefined {
    return feed?.items.find((i) => i.id === this.item && i.kind === 'theme');
  }

  private stateName(): ThemeCardState {
    const s = this.data.snapshot;
    return !this.item
      ? 'populated'
      : s.status !== 'ready'
        ? s.status
        : !this.themeItem(s.feed)
          ? 'empty'
          : s.stale
            ? 'stale'
            : 'populated';
  }

  /** Start sanitizing the item's `content_html` when it (or the heading level) changed. */
  private prepareHtml(): void {
    const { feed } = this.data.snapshot;
    const item = this.themeItem(feed);
    const source = item?.contentHtml;
    if (!source) {
      this.html = undefined;
      return;
    }
    const { url: baseUrl } = feed!;
    const headingLevel = this.level;
    const key = `${baseUrl}\n${headingLevel}\n${source}`;
    if (this.html?.key === key) return;
    const html: SanitizedBody = { key };
    html.pending = (async () => {
      let body: HTMLElement | undefined = document.createElement('div');
      try {
        // The sanitizer (and its DOMPurify fallback) loads only when a feed has content_html,
        // so it stays out of the CDN file every page downloads.
        const { sanitizeHtml } = await import('../../internal/sanitize.js');
        body.setAttribute('part', 'body');
        body.append(await sanitizeHtml(source, { baseUrl, headingLevel }));
      } catch (e) {
        body = undefined;
        console.warn(`[benelux-widgets] content_html of "${item!.id}" not shown: ${String(e)}`);
      }
      if (this.html === html) this.html = { key, body };
    })();
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
      console.warn(`[benelux-widgets] ${message}`);
      this.emit('benelux-error', { kind, status, message } satisfies FeedErrorDetail);
    }
  }

  private onTitleSlotChange(e: Event): void {
    this.slottedTitle = (e.target as HTMLSlotElement)
      .assignedNodes({ flatten: true })
      .map((n) => n.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  }

  private retry(): void {
    this.data.retry();
  }

  override render() {
    const { msg } = this;
    const state = this.stateName();
    const item = this.themeItem(this.data.snapshot.feed);
    const text =
      state === 'error'
        ? msg('This content could not be loaded.', { id: 'theme.error' })
        : state === 'empty'
          ? msg('This theme is not available.', { id: 'theme.empty' })
          : state === 'stale'
            ? msg('This content may be out of date.', { id: 'theme.stale' })
            : '';
    const status =
      state === 'loading'
        ? html`<span class="visually-hidden">${msg('Loading…', { id: 'theme.loading' })}</span>`
        : [
            text,
            this.data.usingFallback &&
              (state === 'stale' || state === 'populated') &&
              this.fallbackNotice(),
          ].map((t) => (t ? html`<p>${t}</p>` : nothing));
    return html`<div part="status" role="status">${status}</div>
      ${
        state === 'loading'
          ? // The final layout's blocks, empty and hidden from assistive technology.
            html`<div part="skeleton" class="card" aria-hidden="true">
              ${['title', 'summary', 'body', 'link'].map((c) => html`<div class="bar ${c}"></div>`)}
            </div>`
          : state === 'error'
            ? html`<button part="retry" @click=${this.retry}>
                  ${msg('Retry', { id: 'retry' })}
                </button>
                <slot></slot>`
            : !this.item || item
              ? this.renderCard(item)
              : nothing
      }`;
  }

  /** The card: the feed's `item`, or (without one) the slotted content. */
  private renderCard(item?: FeedItem) {
    const title = item ? (item.title ?? '') : this.slottedTitle;
    const href = item ? (item.url ?? item.externalUrl) : safeUrl(this.href, document.baseURI);
    const { html: sanitized } = this;
    const image = !item
      ? html`<slot name="image"></slot>`
      : item.image
        ? html`<img part="image" src=${item.image} alt="" loading="lazy" decoding="async" />`
        : nothing;
    const summary = !item
      ? html`<slot name="summary"></slot>`
      : item.summary
        ? html`<p>${item.summary}</p>`
        : nothing;
    // content_html once sanitized; content_text meanwhile only if no HTML is coming.
    const body =
      sanitized?.body ??
      (sanitized?.pending
        ? nothing
        : html`<div part="body">
            ${
              item
                ? (item.contentText ?? '')
                    .split(/\n\s*\n/)
                    .map((p) => p.trim())
                    .filter(Boolean)
                    .map((p) => html`<p>${p}</p>`)
                : html`<slot></slot>`
            }
          </div>`);
    const titleContent = item
      ? title
      : html`<slot name="title" @slotchange=${this.onTitleSlotChange}></slot>`;
    return html`<section part="card" class="card" aria-labelledby="title">
      ${image}
      <div id="title">${heading(this.level, 2, titleContent)}</div>
      <div part="summary">${summary}</div>
      <benelux-read-more
        part="read-more"
        exportparts="button: read-more-button, content: read-more-content"
        lines=${this.lines}
        label=${ifDefined(title || undefined)}
        >${body}</benelux-read-more
      >
      ${
        href
          ? html`<a part="link" href=${href}
              >${this.msg('More about this theme', { id: 'theme.link' })}<span
                class="visually-hidden"
                >: ${title}</span
              ></a
            >`
          : nothing
      }
      ${this.renderNews(item ? item.theme : this.theme)}
    </section>`;
  }

  /** The latest news of the theme: the news list itself, fed by the same feed. */
  private renderNews(theme: string | undefined) {
    const limit = this.newsLimit;
    let feed = this.item ? this.feed : undefined;
    const inline = this.item && feed === undefined && this.inlineScript();
    try {
      if (inline) feed = JSON.parse(inline.textContent as string);
    } catch {
      return nothing;
    }
    return limit > 0 && Number.isInteger(limit) && theme && (this.src || feed !== undefined)
      ? html`<div part="news">
          ${heading(Math.min(this.level + 1, 6), 3, this.msg('Latest news', { id: 'theme.news' }), 'news-heading')}
          <benelux-news-list
            exportparts=${NEWS_PARTS}
            src=${ifDefined(feed === undefined ? this.src : undefined)}
            fallback-src=${ifDefined(this.fallbackSrc)}
            .feed=${feed}
            theme=${theme}
            limit=${Math.min(limit, 100)}
            heading-level=${Math.min(this.level + 2, 6)}
            layout="compact"
            @benelux-error=${stop}
          ></benelux-news-list>
        </div>`
      : nothing;
  }
}
