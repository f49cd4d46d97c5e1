import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { FeedController } from '../../feed/controller.js';
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

/**
 * A list of news items from a JSON Feed 1.1, localized to the language of the page
 * part it sits in.
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
 * @csspart link - The title link.
 * @csspart meta - The line holding date and views.
 * @csspart date - The `<time>` of publication.
 * @csspart views - The view count.
 * @csspart summary - The teaser text.
 * @csspart image - The item image.
 * @csspart read-more - The "Read more" link.
 * @csspart status - The loading, empty, stale and error messages.
 * @csspart retry - The Retry button of the error state.
 * @csspart load-more - The "Load more" button.
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

  /** URL of a JSON Feed 1.1 document; `{lang}` is replaced by the widget's language. */
  @property() src?: string;

  /** The feed as a JS object (instead of `src`). */
  @property({ attribute: false }) feed?: unknown;

  /** How many items to show (default 5). */
  @property({ type: Number }) limit = 5;

  /** Only items whose `_benelux.theme` is this id. */
  @property() theme?: string;

  /** Only items carrying this tag. */
  @property() tag?: string;

  /** Items related to this item id (its `_benelux.related`, else items sharing a tag). */
  @property({ attribute: 'related-to' }) relatedTo?: string;

  /** Heading level of each item title, 2–6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** `list`, `grid` or `compact`. */
  @property({ reflect: true }) layout: NewsListLayout = 'list';

  /** Hide view counts. */
  @property({ type: Boolean, attribute: 'hide-views' }) hideViews = false;

  /** Hide images. */
  @property({ type: Boolean, attribute: 'hide-images' }) hideImages = false;

  /** Hide summaries. */
  @property({ type: Boolean, attribute: 'hide-summary' }) hideSummary = false;

  /** Show a button that shows the next `limit` items. */
  @property({ type: Boolean, attribute: 'load-more' }) loadMore = false;

  /** Fetch only when the element nears the viewport. */
  @property({ type: Boolean }) lazy = false;

  /** Seconds between background revalidations; 0 = never. */
  @property({ type: Number }) refresh = 0;

  /** Target of item links (e.g. `_blank`); default: the same tab. */
  @property() target?: string;

  /** How many items are shown (grows with "Load more"). */
  @state() private shown = 0;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('limit') || this.shown === 0) this.shown = this.clampedLimit;
    this.data.setSource(this.source());
    this.setAttribute('state', this.stateName());
  }

  private get clampedLimit(): number {
    return Number.isInteger(this.limit) && this.limit > 0 ? Math.min(this.limit, 100) : 5;
  }

  private source() {
    if (this.feed !== undefined) return { data: this.feed, baseUrl: document.baseURI };
    const inline = this.querySelector(':scope > script[type="application/feed+json"]');
    if (inline) {
      let data: unknown;
      try {
        data = JSON.parse(inline.textContent ?? '');
      } catch {
        data = undefined;
      }
      return { data, baseUrl: document.baseURI };
    }
    if (!this.src) return undefined;
    let url: string;
    try {
      url = new URL(this.src.replaceAll('{lang}', this.locale.language), document.baseURI).href;
    } catch {
      return undefined;
    }
    return { url, options: { refresh: this.refresh } };
  }

  private items(feed: Feed | undefined): FeedItem[] {
    if (!feed) return [];
    return selectNews(feed.items, {
      theme: this.theme,
      tag: this.tag,
      relatedTo: this.relatedTo,
    });
  }

  private stateName(): 'loading' | 'populated' | 'empty' | 'error' | 'stale' {
    const s = this.data.snapshot;
    if (s.status === 'error') return 'error';
    if (s.status === 'loading') return 'loading';
    if (s.stale) return 'stale';
    return this.items(s.feed).length ? 'populated' : 'empty';
  }

  private onSnapshot(s: FeedSnapshot, prev: FeedSnapshot): void {
    if (s.status === 'ready' && s.feed && (s.feed !== prev.feed || prev.status !== 'ready')) {
      const items = this.items(s.feed).slice(0, this.shown || this.clampedLimit);
      this.dispatchEvent(
        new CustomEvent('benelux-load', {
          bubbles: true,
          composed: true,
          detail: { feed: s.feed, items },
        }),
      );
    }
    if (s.error && s.error !== prev.error) {
      const detail: FeedErrorDetail = {
        kind: s.error.kind,
        status: s.error.status,
        message: s.error.message,
      };
      console.warn(`[benelux-widgets] ${s.error.message}`);
      this.dispatchEvent(
        new CustomEvent('benelux-error', { bubbles: true, composed: true, detail }),
      );
    }
  }

  private onItemClick(item: FeedItem): void {
    this.dispatchEvent(
      new CustomEvent('benelux-item-click', { bubbles: true, composed: true, detail: { item } }),
    );
  }

  override render() {
    const s = this.data.snapshot;
    const msg = this.msg;
    switch (this.stateName()) {
      case 'loading':
        return html`<p part="status" role="status">${msg('Loading news…', { id: 'loading' })}</p>`;
      case 'error':
        return html`
          <div part="status" role="status">
            <p>${msg('The news could not be loaded.', { id: 'error' })}</p>
            <button part="retry" @click=${() => this.data.retry()}>
              ${msg('Retry', { id: 'retry' })}
            </button>
          </div>
          <slot></slot>
        `;
      case 'empty':
        return html`<p part="status" role="status">
          ${msg('No news at the moment.', { id: 'empty' })}
        </p>`;
      default:
        return this.renderList(this.items(s.feed), s);
    }
  }

  private renderList(items: FeedItem[], s: FeedSnapshot) {
    const visible = items.slice(0, this.shown);
    const more = this.loadMore && (items.length > visible.length || !!s.feed?.nextUrl);
    return html`
      <ul part="list">
        ${repeat(
          visible,
          (item) => item.id,
          (item) => html`<li>${this.renderItem(item)}</li>`,
        )}
      </ul>
      ${
        s.stale
          ? html`<p part="status" role="status">
              ${this.msg('These news may be out of date.', { id: 'stale' })}
            </p>`
          : nothing
      }
      ${
        more
          ? html`<button part="load-more" @click=${this.onLoadMore}>
              ${this.msg('More news', { id: 'load-more' })}
            </button>`
          : nothing
      }
    `;
  }

  private async onLoadMore(): Promise<void> {
    const items = this.items(this.data.snapshot.feed);
    if (items.length <= this.shown) await this.data.loadMore();
    this.shown += this.clampedLimit;
  }

  private renderItem(item: FeedItem) {
    const { tag } = this.locale;
    const href = item.url ?? item.externalUrl;
    const summary = this.hideSummary ? undefined : (item.summary ?? item.contentText);
    const title = item.title ?? '';
    return html`
      <article part="item">
        ${
          item.image && !this.hideImages
            ? html`<img part="image" src=${item.image} alt="" loading="lazy" decoding="async" />`
            : nothing
        }
        ${heading(
          this.headingLevel,
          3,
          href
            ? html`<a
                part="link"
                href=${href}
                target=${ifDefined(this.target)}
                @click=${() => this.onItemClick(item)}
                >${title}</a
              >`
            : title,
        )}
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
          href
            ? html`<a
                part="read-more"
                href=${href}
                target=${ifDefined(this.target)}
                @click=${() => this.onItemClick(item)}
                >${this.msg('Read more', { id: 'read-more' })}<span class="visually-hidden">
                  : ${title}</span
                ></a
              >`
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
