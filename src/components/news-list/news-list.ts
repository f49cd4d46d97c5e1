import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { selectNews } from '../../feed/select.js';
import type { Feed, FeedItem } from '../../feed/types.js';
import { formatDate, formatNumber, pluralCategory } from '../../i18n/format.js';
import { str } from '../../i18n/localize.js';
import { FeedElement, type FeedState } from '../../internal/feed-element.js';
import { emit } from '../../internal/base-element.js';
import { heading } from '../../internal/heading.js';
import { feedStyles } from '../../internal/feed-styles.js';
import { tokens } from '../../internal/tokens.js';
import { styles } from './news-list.styles.js';

export type NewsListLayout = 'list' | 'grid' | 'compact';
export type NewsListState = FeedState;

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
export class BeneluxNewsList extends FeedElement {
  static override styles = [tokens, feedStyles, styles];

  static override properties = {
    limit: { type: Number },
    theme: {},
    tag: {},
    relatedTo: { attribute: 'related-to' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    layout: { reflect: true },
    hideViews: { type: Boolean, attribute: 'hide-views', reflect: true },
    hideImages: { type: Boolean, attribute: 'hide-images', reflect: true },
    hideSummary: { type: Boolean, attribute: 'hide-summary', reflect: true },
    loadMore: { type: Boolean, attribute: 'load-more', reflect: true },
    lazy: { type: Boolean },
    target: {},
  };

  static {
    // Reactive, without an attribute. Not decorators (their helpers cost the CDN file
    // ~0.4 KB gzip once no element uses them), nor `properties` (where the manifest
    // analyzer would list them as attributes).
    this.createProperty('shown', { state: true });
    this.createProperty('near', { state: true });
    this.createProperty('busy', { state: true });
  }

  #viewport?: IntersectionObserver;

  /** How many items are shown (grows with "Load more"); set by the first willUpdate(). */
  declare private shown: number;
  /** A `lazy` list came near the viewport (undefined until then). */
  declare private near: boolean;
  /** A "Load more" click is fetching. */
  private busy = false;

  /** How many items to show, and to add per "Load more" (default 5, at most 100). */
  limit = 5;

  /** Only items whose `_benelux.theme` is this id. */
  theme?: string;

  /** Only items carrying this tag. */
  tag?: string;

  /** Items related to this item id (its `_benelux.related`, else items sharing a tag). */
  relatedTo?: string;

  /** Heading level of each item title, 2–6 (default 3). */
  headingLevel = 3;

  /** `list`, `grid` or `compact` (title, date and views only). */
  layout: NewsListLayout = 'list';

  /** Hide view counts. */
  hideViews = false;

  /** Hide images. */
  hideImages = false;

  /** Hide summaries. */
  hideSummary = false;

  /** Show a button that shows the next `limit` items (then the feed's `next_url` pages). */
  loadMore = false;

  /** Fetch only when the element nears the viewport. */
  lazy = false;

  /** Target of item links (e.g. `_blank`); default: the same tab. */
  target?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Again after a move in the page (willUpdate() watches on the first connection too).
    this.#watchViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#viewport?.disconnect();
  }

  override willUpdate(changed: PropertyValues): void {
    // `limit`'s initializer makes it a change of the first update too.
    if (['src', 'feed', 'limit', 'theme', 'tag', 'relatedTo'].some((p) => changed.has(p)))
      this.shown = this.#pageSize;
    this.#watchViewport();
    super.willUpdate(changed);
  }

  protected override feedWanted(): boolean {
    return !this.lazy || this.near;
  }

  protected override stateName(): NewsListState {
    // Computed once per update (willUpdate), then rendered from.
    return (this.#current = this.#view())[0];
  }

  protected override loadDetail(feed: Feed) {
    return { feed, items: selectNews(feed.items, this).slice(0, this.shown) };
  }

  /** `limit`, made safe: a positive integer up to 100, else 5. */
  get #pageSize(): number {
    const n = this.limit;
    return Number.isInteger(n) && n > 0 ? Math.min(n, 100) : 5;
  }

  /** A `lazy` list starts loading 300px before it scrolls into view. */
  #watchViewport(): void {
    // Observing a target twice is a no-op; a disconnected observer can observe again.
    if (this.lazy && !this.near && this.isConnected)
      (this.#viewport ??= new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            this.#viewport!.disconnect();
            this.near = true;
          }
        },
        { rootMargin: '300px' },
      )).observe(this);
  }

  /** This update's state and selected items (see stateName()). */
  #current!: [NewsListState, FeedItem[]];

  /** The state, and the selected news items (all of them; the list shows the first `shown`). */
  #view(): [NewsListState, FeedItem[]] {
    const { status, stale, feed } = this.snapshot;
    const items = feed ? selectNews(feed.items, this) : [];
    return [
      status !== 'ready' ? status : stale ? 'stale' : items.length ? 'populated' : 'empty',
      items,
    ];
  }

  async #onLoadMore(): Promise<void> {
    if (this.busy) return;
    const before = this.shown;
    // Items already loaded show at once; `next_url` pages are fetched for the rest.
    this.shown += this.#pageSize;
    this.busy = true;
    // loadMore() never rejects (a failed page resolves false and reports the error).
    // Pages are fetched while too few items match, up to MAX_PAGES_PER_CLICK of them.
    let pages = MAX_PAGES_PER_CLICK;
    while (
      pages-- &&
      this.#view()[1].length < this.shown &&
      this.snapshot.feed?.nextUrl &&
      (await this.loadMoreFeed())
    );
    this.busy = false;
    await this.updateComplete;
    // Focus the first new item, so keyboard and screen-reader users continue reading
    // there; when nothing was added, the last item (the button is gone).
    // (The first match in document order: that item's link, else the last item's.)
    this.renderRoot
      .querySelector<HTMLElement>(`li:nth-child(${before + 1}) a,li:last-child a`)
      ?.focus();
  }

  override render() {
    const [state, items] = this.#current;
    const { msg, relatedTo } = this;
    const loading = state === 'loading';
    const visible = items.slice(0, this.shown);
    const n = visible.length;
    // The status: loading, error, empty, stale, or (hidden) the count of items loaded,
    // never the items themselves; the fallback notice wherever items are shown.
    const text = loading
      ? msg('Loading news…', { id: 'loading' })
      : state === 'error'
        ? msg('The news could not be loaded.', { id: 'error' })
        : state === 'empty'
          ? !relatedTo && msg('No news at the moment.', { id: 'empty' })
          : state === 'stale'
            ? msg('These news may be out of date.', { id: 'stale' })
            : pluralCategory(n, this.locale.tag) === 'one'
              ? msg(str`${n} news item loaded`, { id: 'loaded.one' })
              : msg(str`${n} news items loaded`, { id: 'loaded.other' });
    // While loading: the "Related news" heading and the Load more button hidden (they
    // reserve their space), and placeholder cards of the final size, hidden from
    // assistive technology.
    return html`${this.renderStatus(state, text, n)}${
      state === 'error'
        ? html`<slot></slot>`
        : state === 'empty'
          ? nothing
          : html`
              ${
                relatedTo
                  ? html`<div id="related-heading" class=${loading ? 'placeholder' : ''}>
                      ${heading(
                        // One level above the item titles; 2 when out of range.
                        this.headingLevel - 1,
                        2,
                        msg('Related news', { id: 'related' }),
                        'heading',
                      )}
                    </div>`
                  : nothing
              }
              <ul
                part="list"
                aria-hidden=${loading || nothing}
                aria-labelledby=${relatedTo ? 'related-heading' : nothing}
              >
                ${
                  loading
                    ? // Placeholder cards of the final size.
                      Array(this.#pageSize).fill(
                        html`<li>
                          <div part="skeleton" class="card">
                            <span class="bar title"></span><span class="bar meta"></span>
                            ${
                              this.layout === 'compact' || this.hideSummary
                                ? nothing
                                : html`<span class="bar"></span><span class="bar"></span
                                    ><span class="bar short"></span>`
                            }
                          </div>
                        </li>`,
                      )
                    : visible.map(this.#renderItem, this)
                }
              </ul>
              ${
                // While loading, a placeholder of the button (visibility: hidden: neither shown,
                // focusable, clickable nor exposed to assistive technology).
                this.loadMore && (loading || n < items.length || this.snapshot.feed?.nextUrl)
                  ? html`<button
                      part="load-more"
                      class=${loading ? 'placeholder' : ''}
                      aria-busy=${this.busy}
                      @click=${this.#onLoadMore}
                    >
                      ${msg('More news', { id: 'load-more' })}
                    </button>`
                  : nothing
              }
            `
    }`;
  }

  #renderItem(item: FeedItem) {
    const { tag } = this.locale;
    const { datePublished, views } = item;
    const href = item.url ?? item.externalUrl;
    const compact = this.layout === 'compact';
    const text = item.summary ?? item.contentText;
    // JSON Feed titles are optional (microblog posts): the start of the text stands in (the
    // title is clamped like any other), else the link's URL, so the heading and both links
    // always have a name; the text is then not repeated as the summary.
    const title = item.title ?? text?.slice(0, 300) ?? href;
    const summary = this.hideSummary || compact || !item.title ? undefined : text;
    // With a target, rel="noopener" (harmless where no new browsing context opens).
    const target = this.target || undefined;
    const lang = ifDefined(this.textLang(item));
    const click = () => emit(this, 'benelux-item-click', { item });
    // Formatted even when not shown (a cached formatter; 'NaN' for no views): less code.
    const n = formatNumber(views!, tag);
    return html`<li>
      <article part="item" class="card">
        ${
          item.image && !this.hideImages && !compact
            ? html`<img part="image" src=${item.image} alt="" loading="lazy" decoding="async" />`
            : nothing
        }${heading(
          this.headingLevel,
          3,
          href
            ? html`<a
                part="link"
                lang=${lang}
                href=${href}
                target=${ifDefined(target)}
                rel=${ifDefined(target && 'noopener')}
                @click=${click}
                >${title}</a
              >`
            : title,
        )}
        <p part="meta">
          ${
            datePublished
              ? html`<time part="date" datetime=${datePublished.toISOString()}
                  >${formatDate(datePublished, tag)}</time
                >`
              : nothing
          }
          ${
            views !== undefined && !this.hideViews
              ? html`<span part="views"
                  >${
                    pluralCategory(views, tag) === 'one'
                      ? this.msg(str`${n} view`, { id: 'views.one' })
                      : this.msg(str`${n} views`, { id: 'views.other' })
                  }</span
                >`
              : nothing
          }
        </p>
        ${summary ? html`<p part="summary" lang=${lang}>${summary}</p>` : nothing}${
          href && !compact
            ? html`<a
                part="read-more"
                href=${href}
                target=${ifDefined(target)}
                rel=${ifDefined(target && 'noopener')}
                @click=${click}
                >${this.msg('Read more', { id: 'read-more' })}<span
                  class="visually-hidden"
                  lang=${lang}
                  >: ${title}</span
                ></a
              >`
            : nothing
        }
      </article>
    </li>`;
  }
}
