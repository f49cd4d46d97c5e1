import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FeedController, type FeedSource } from '../../feed/controller.js';
import { selectNews } from '../../feed/select.js';
import type { FeedSnapshot } from '../../feed/store.js';
import type { Feed, FeedErrorDetail, FeedItem } from '../../feed/types.js';
import { formatDate, formatNumber, pluralCategory } from '../../i18n/format.js';
import { str } from '../../i18n/localize.js';
import { BeneluxElement } from '../../internal/base-element.js';
import { heading } from '../../internal/heading.js';
import { tokens } from '../../internal/tokens.js';
import { styles } from './news-list.styles.js';

export type NewsListLayout = 'list' | 'grid' | 'compact';
export type NewsListState = 'loading' | 'populated' | 'empty' | 'error' | 'stale';

/** How far outside the viewport a `lazy` list starts loading. */
const LAZY_MARGIN = '300px';
/** Most `next_url` pages one "Load more" click fetches to find enough matching items. */
const MAX_PAGES_PER_CLICK = 5;

/**
 * A list of news items from a JSON Feed 1.1, localized to the language of the page
 * part it sits in.
 *
 * Every card has the same height (titles and summaries are clamped to a few lines), so
 * the loading skeleton reserves exactly the space `limit` items take and the page does
 * not move when they arrive. Only images placed above the text (the `grid` layout and
 * narrow `list` containers) add height the skeleton cannot know of; `hide-images` or a
 * feed without images keeps the layout fully stable there.
 *
 * The host carries its state as an attribute for styling and tests:
 * `state="loading|populated|empty|error|stale"`.
 *
 * With `related-to`, a "Related news" heading one level above the item titles
 * (`heading-level` − 1, at least 2) precedes the items; with no related item, the
 * element renders nothing visible at all.
 *
 * @tagname benelux-news-list
 * @summary Localized news list fed by a JSON Feed.
 *
 * @attr lang - The widget's language (`fr`, `nl-BE`, …); inherited from ancestors when absent.
 *
 * @slot - Fallback content (e.g. a link to the news page), shown before the element
 *   upgrades and in the error state. A `<script type="application/feed+json">` child is
 *   read as an inline feed.
 *
 * @fires benelux-load - The feed loaded; detail `{ feed, items }` (the items shown).
 * @fires benelux-error - The feed failed; detail `{ kind, status?, message }`.
 * @fires benelux-item-click - A link of an item was followed; detail `{ item }`.
 *
 * @csspart list - The `<ul>` of items.
 * @csspart item - Each item's `<article>`.
 * @csspart title - Each item's heading.
 * @csspart heading - The "Related news" heading (with `related-to`).
 * @csspart link - The title link.
 * @csspart meta - The line holding date and views.
 * @csspart date - The `<time>` of publication.
 * @csspart views - The view count.
 * @csspart summary - The teaser text.
 * @csspart image - The item image.
 * @csspart read-more - The "Read more" link.
 * @csspart status - The live region: loading, empty, stale, error and fallback-language messages.
 * @csspart retry - The Retry button of the error state.
 * @csspart load-more - The "Load more" button.
 * @csspart skeleton - Each placeholder card while loading.
 *
 * @cssprop --benelux-color-text - Text color.
 * @cssprop --benelux-color-muted - Secondary text (date, views).
 * @cssprop --benelux-color-accent - Links and buttons.
 * @cssprop --benelux-color-surface - Card background.
 * @cssprop --benelux-color-border - Card border and image placeholder.
 * @cssprop --benelux-color-focus - Focus outline.
 * @cssprop --benelux-font-family - Font family (default: inherited).
 * @cssprop --benelux-font-size - Base font size.
 * @cssprop --benelux-radius - Corner radius.
 * @cssprop --benelux-spacing - Space between and inside cards.
 * @cssprop --benelux-image-ratio - Image aspect ratio (default 16 / 9).
 */
export class BeneluxNewsList extends BeneluxElement {
  static override styles = [tokens, styles];

  private readonly data = new FeedController(this, (s, prev) => this.onSnapshot(s, prev));
  private viewport?: IntersectionObserver;

  /** How many items are shown (grows with "Load more"). */
  @state() private shown = 0;
  /** A `lazy` list came near the viewport. */
  @state() private near = false;
  /** A "Load more" click is fetching. */
  @state() private busy = false;
  /** Retry was pressed: its button stays (and keeps focus) until the feed answers. */
  @state() private retrying = false;

  /** URL of a JSON Feed 1.1 document; `{lang}` is replaced by the widget's language. */
  @property() src?: string;

  /** Feed used when `src` answers 404 (default: `src` with `{lang}` = `en`). */
  @property({ attribute: 'fallback-src' }) fallbackSrc?: string;

  /** The feed as a JS object (instead of `src`). */
  @property({ attribute: false }) feed?: unknown;

  /** How many items to show, and to add per "Load more" (default 5, at most 100). */
  @property({ type: Number }) limit = 5;

  /** Only items whose `_benelux.theme` is this id. */
  @property() theme?: string;

  /** Only items carrying this tag. */
  @property() tag?: string;

  /** Items related to this item id (its `_benelux.related`, else items sharing a tag). */
  @property({ attribute: 'related-to' }) relatedTo?: string;

  /** Heading level of each item title, 2–6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** `list`, `grid` or `compact` (title, date and views only). */
  @property({ reflect: true }) layout: NewsListLayout = 'list';

  /** Hide view counts. */
  @property({ type: Boolean, attribute: 'hide-views', reflect: true }) hideViews = false;

  /** Hide images. */
  @property({ type: Boolean, attribute: 'hide-images', reflect: true }) hideImages = false;

  /** Hide summaries. */
  @property({ type: Boolean, attribute: 'hide-summary', reflect: true }) hideSummary = false;

  /** Show a button that shows the next `limit` items (then the feed's `next_url` pages). */
  @property({ type: Boolean, attribute: 'load-more', reflect: true }) loadMore = false;

  /** Fetch only when the element nears the viewport. */
  @property({ type: Boolean }) lazy = false;

  /** Seconds between background revalidations; 0 = never. */
  @property({ type: Number }) refresh = 0;

  /** Target of item links (e.g. `_blank`); default: the same tab. */
  @property() target?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.watchViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.viewport?.disconnect();
    this.viewport = undefined;
  }

  override willUpdate(changed: PropertyValues): void {
    const selection = ['src', 'feed', 'limit', 'theme', 'tag', 'relatedTo'];
    if (this.shown === 0 || selection.some((p) => changed.has(p))) this.shown = this.pageSize;
    if (
      !this.hasUpdated ||
      ['src', 'fallbackSrc', 'feed', 'refresh', 'lazy', 'near', 'locale'].some((p) =>
        changed.has(p),
      )
    ) {
      this.watchViewport();
      this.data.setSource(this.source());
    }
    this.setAttribute('state', this.stateName());
  }

  /** `limit`, made safe: a positive integer up to 100, else 5. */
  private get pageSize(): number {
    return Number.isInteger(this.limit) && this.limit > 0 ? Math.min(this.limit, 100) : 5;
  }

  private watchViewport(): void {
    if (!this.lazy || this.near || this.viewport || !this.isConnected) return;
    this.viewport = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.viewport?.disconnect();
        this.viewport = undefined;
        this.near = true;
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.viewport.observe(this);
  }

  private inlineFeed?: { text: string; data: unknown };

  /** The inline `<script type="application/feed+json">` child, parsed once per text. */
  private inlineData(script: Element): unknown {
    const text = script.textContent ?? '';
    if (this.inlineFeed?.text !== text) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        data = undefined;
      }
      this.inlineFeed = { text, data };
    }
    return this.inlineFeed.data;
  }

  private source(): FeedSource {
    if (this.feed !== undefined) return { data: this.feed, baseUrl: document.baseURI };
    const inline = this.querySelector(':scope > script[type="application/feed+json"]');
    if (inline) return { data: this.inlineData(inline), baseUrl: document.baseURI };
    if (!this.src || (this.lazy && !this.near)) return undefined;
    const { language } = this.locale;
    const resolve = (value: string, lang: string) => {
      try {
        return new URL(value.replaceAll('{lang}', lang), document.baseURI).href;
      } catch {
        return undefined;
      }
    };
    const url = resolve(this.src, language);
    if (!url) return undefined;
    const fallbackUrl = this.fallbackSrc
      ? resolve(this.fallbackSrc, language)
      : this.src.includes('{lang}')
        ? resolve(this.src, 'en')
        : undefined;
    return { url, fallbackUrl, options: { refresh: this.refresh > 0 ? this.refresh : 0 } };
  }

  /** The selected news items (all of them; the list shows the first `shown`). */
  private items(feed: Feed | undefined): FeedItem[] {
    if (!feed) return [];
    return selectNews(feed.items, {
      theme: this.theme,
      tag: this.tag,
      relatedTo: this.relatedTo,
    });
  }

  private stateName(): NewsListState {
    const s = this.data.snapshot;
    if (s.status === 'error') return 'error';
    if (s.status === 'loading') return 'loading';
    if (s.stale) return 'stale';
    return this.items(s.feed).length ? 'populated' : 'empty';
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  private onSnapshot(s: FeedSnapshot, prev: FeedSnapshot): void {
    if (s.status !== 'loading') this.retrying = false;
    if (s.status === 'ready' && s.feed && (s.feed !== prev.feed || prev.status !== 'ready')) {
      this.emit('benelux-load', { feed: s.feed, items: this.items(s.feed).slice(0, this.shown) });
    }
    if (s.error && s.error !== prev.error) {
      const { kind, status, message } = s.error;
      const detail: FeedErrorDetail = { kind, status, message };
      console.warn(`[benelux-widgets] ${message}`);
      this.emit('benelux-error', detail);
    }
  }

  private onRetry(): void {
    if (this.retrying) return;
    this.retrying = true;
    this.data.retry();
  }

  private async onLoadMore(): Promise<void> {
    if (this.busy) return;
    const before = this.shown;
    // Items already loaded show at once; `next_url` pages are fetched for the rest.
    this.shown += this.pageSize;
    this.busy = true;
    try {
      for (let page = 0; page < MAX_PAGES_PER_CLICK; page++) {
        const feed = this.data.snapshot.feed;
        if (this.items(feed).length >= this.shown || !feed?.nextUrl) break;
        if (!(await this.data.loadMore())) break;
      }
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    // Focus the first new item, so keyboard and screen-reader users continue reading
    // there; when nothing was added, the last item (the button is gone).
    const links = this.renderRoot.querySelectorAll<HTMLElement>('[part="list"] > li');
    const target = links[before] ?? links[links.length - 1];
    target?.querySelector<HTMLElement>('a')?.focus();
  }

  override render() {
    const s = this.data.snapshot;
    const state = this.stateName();
    const items = this.items(s.feed);
    const body =
      state === 'loading'
        ? this.renderSkeleton()
        : state === 'error'
          ? html`<slot></slot>`
          : state === 'empty'
            ? nothing
            : this.renderList(items, s);
    // One button node for error → retrying → error, so focus stays on it.
    const retry =
      state === 'error' || (state === 'loading' && this.retrying)
        ? html`<button part="retry" aria-busy=${this.retrying} @click=${this.onRetry}>
            ${this.msg('Retry', { id: 'retry' })}
          </button>`
        : nothing;
    return html`<div part="status" role="status">${this.renderStatus(state, items)}</div>
      ${retry}${body}`;
  }

  /**
   * The persistent polite live region (present from the first render, so changes are
   * announced): a visible message where one is needed, else a short hidden summary.
   * It announces the count of items, never the items themselves.
   */
  private renderStatus(state: NewsListState, items: FeedItem[]) {
    const msg = this.msg;
    const fallback = this.data.usingFallback ? html`<p>${this.fallbackNotice()}</p>` : nothing;
    switch (state) {
      case 'loading':
        return html`<span class="visually-hidden"
          >${msg('Loading news…', { id: 'loading' })}</span
        >`;
      case 'error':
        return html`<p>${msg('The news could not be loaded.', { id: 'error' })}</p>`;
      case 'empty':
        return this.relatedTo
          ? nothing
          : html`<p>${msg('No news at the moment.', { id: 'empty' })}</p>`;
      case 'stale':
        return html`<p>${msg('These news may be out of date.', { id: 'stale' })}</p>
          ${fallback}`;
      default: {
        const n = Math.min(items.length, this.shown);
        const count =
          pluralCategory(n, this.locale.tag) === 'one'
            ? msg(str`${n} news item loaded`, { id: 'loaded.one' })
            : msg(str`${n} news items loaded`, { id: 'loaded.other' });
        return html`<span class="visually-hidden">${count}</span>${fallback}`;
      }
    }
  }

  /** The "Related news" heading, one level above the item titles. */
  private renderRelatedHeading() {
    if (!this.relatedTo) return nothing;
    const level = (Number.isInteger(this.headingLevel) ? this.headingLevel : 3) - 1;
    return html`<div class="related-heading" id="related-heading">
      ${heading(Math.max(2, level), 2, this.msg('Related news', { id: 'related' }), 'heading')}
    </div>`;
  }

  /** Placeholder cards of the final size, hidden from assistive technology. */
  private renderSkeleton() {
    const full = this.layout !== 'compact';
    const lines = [
      'title',
      'meta',
      ...(full && !this.hideSummary ? ['line', 'line', 'line short'] : []),
    ];
    const card = html`<li>
      <div part="skeleton" class="card">
        ${lines.map((kind) => html`<span class="bar ${kind}"></span>`)}
      </div>
    </li>`;
    const cards = Array.from({ length: this.pageSize }, () => card);
    return html`${this.relatedTo ? html`<div class="placeholder">${this.renderRelatedHeading()}</div>` : nothing}
      <ul part="list" class="skeleton" aria-hidden="true">
        ${cards}
      </ul>
      ${this.loadMore ? html`<button part="load-more" class="placeholder" tabindex="-1" aria-hidden="true">${this.msg('More news', { id: 'load-more' })}</button>` : nothing}`;
  }

  private renderList(items: FeedItem[], s: FeedSnapshot) {
    const visible = items.slice(0, this.shown);
    const more = this.loadMore && (items.length > visible.length || !!s.feed?.nextUrl);
    return html`
      ${this.renderRelatedHeading()}
      <ul part="list" aria-labelledby=${ifDefined(this.relatedTo ? 'related-heading' : undefined)}>
        ${visible.map((item) => html`<li>${this.renderItem(item)}</li>`)}
      </ul>
      ${
        more
          ? html`<button part="load-more" aria-busy=${this.busy} @click=${this.onLoadMore}>
              ${this.msg('More news', { id: 'load-more' })}
            </button>`
          : nothing
      }
    `;
  }

  private renderItem(item: FeedItem) {
    const { tag } = this.locale;
    const href = item.url ?? item.externalUrl;
    const compact = this.layout === 'compact';
    const summary = this.hideSummary || compact ? undefined : (item.summary ?? item.contentText);
    const title = item.title ?? '';
    const target = this.target || undefined;
    const rel = target && !['_self', '_parent', '_top'].includes(target) ? 'noopener' : undefined;
    const link = (part: string, content: unknown) =>
      html`<a
        part=${part}
        href=${href!}
        target=${ifDefined(target)}
        rel=${ifDefined(rel)}
        @click=${() => this.emit('benelux-item-click', { item })}
        >${content}</a
      >`;
    return html`
      <article part="item" class="card">
        ${
          item.image && !this.hideImages && !compact
            ? html`<img part="image" src=${item.image} alt="" loading="lazy" decoding="async" />`
            : nothing
        }
        ${heading(this.headingLevel, 3, href ? link('link', title) : title)}
        <p part="meta">
          ${
            item.datePublished
              ? html`<time part="date" datetime=${item.datePublished.toISOString()}
                  >${formatDate(item.datePublished, tag)}</time
                >`
              : nothing
          }
          ${item.views !== undefined && !this.hideViews ? this.renderViews(item.views) : nothing}
        </p>
        ${summary ? html`<p part="summary">${summary}</p>` : nothing}
        ${
          href && !compact
            ? link(
                'read-more',
                html`${this.msg('Read more', { id: 'read-more' })}<span class="visually-hidden"
                    >: ${title}</span
                  >`,
              )
            : nothing
        }
      </article>
    `;
  }

  private renderViews(views: number) {
    const n = formatNumber(views, this.locale.tag);
    const text =
      pluralCategory(views, this.locale.tag) === 'one'
        ? this.msg(str`${n} view`, { id: 'views.one' })
        : this.msg(str`${n} views`, { id: 'views.other' });
    return html`<span part="views">${text}</span>`;
  }
}
