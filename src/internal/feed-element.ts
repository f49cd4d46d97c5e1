import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { normalizeFeed, parseFeed } from '../feed/normalize.js';
import {
  IDLE,
  subscribe,
  type FeedSnapshot,
  type FeedSubscription,
  type LoadOptions,
} from '../feed/store.js';
import type { Feed, FeedErrorDetail, FeedItem } from '../feed/types.js';
import { BeneluxElement, emit } from './base-element.js';

export type FeedState = 'loading' | 'populated' | 'empty' | 'error' | 'stale';

/** Where a widget's feed comes from: a URL, or data given inline / as a property. */
type FeedSource =
  | {
      url: string;
      /** Used when `url` answers 404 (e.g. no feed in the reader's language). */
      fallbackUrl?: string;
      options?: LoadOptions;
    }
  /** A parsed feed object (the `feed` property). */
  | { data: unknown; baseUrl: string }
  /** A feed's JSON text (a `<script type="application/feed+json">` child): bad JSON is `not-json`. */
  | { text: string; baseUrl: string }
  | undefined;

/** Errors already told in the console: widgets sharing a feed tell its failure once. */
const warned = new WeakSet<object>();

/** The properties that say where the feed comes from. */
const SOURCE = 'src fallbackSrc feed refresh locale lazy near item'.split(' ');

/**
 * What the feed-driven widgets (the news list and the theme card) share: where the feed
 * comes from (`src` with `{lang}`, `fallback-src`, the `feed` property or an inline
 * `<script type="application/feed+json">` child), its subscription to the page-wide feed
 * store, the `state` attribute, the `benelux-load` / `benelux-error` events and the
 * Retry button.
 */
export abstract class FeedElement extends BeneluxElement {
  static override properties: PropertyDeclarations = {
    src: {},
    fallbackSrc: { attribute: 'fallback-src' },
    refresh: { type: Number },
  };

  static {
    // Reactive, without an attribute (see BeneluxElement on why not decorators; not in
    // `properties`, where the manifest analyzer would list them as attributes).
    this.createProperty('feed', { attribute: false });
    this.createProperty('retrying', { state: true });
  }

  /** The feed's current state, from the store (or from inline data). */
  protected snapshot: FeedSnapshot = IDLE;
  /** True while the data comes from the source's `fallbackUrl`. */
  protected usingFallback = false;
  #source: FeedSource;
  #key?: unknown;
  #subscription?: FeedSubscription;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#subscription?.unsubscribe();
  }

  protected async loadMoreFeed(): Promise<boolean> {
    return this.#subscription?.loadMore() ?? false;
  }

  /**
   * Subscribe to the source (the page-wide store shares requests and results), or read
   * inline data; the old subscription ends, so a changed source or a departed element
   * aborts work in flight. A 404 on the main URL switches to the fallback URL.
   */
  #attach(useFallback = false): void {
    this.#subscription?.unsubscribe();
    this.usingFallback = useFallback;
    const source = this.#source;
    if (!source) return this.#set(IDLE);
    if (!('url' in source)) {
      const result =
        'text' in source
          ? parseFeed(source.text, source.baseUrl)
          : normalizeFeed(source.data, source.baseUrl);
      return this.#set(
        result.ok
          ? { ...IDLE, status: 'ready', feed: result.feed }
          : { ...IDLE, status: 'error', error: result.error },
      );
    }
    const { url, fallbackUrl, options } = source;
    const canFallBack = !useFallback && fallbackUrl && fallbackUrl !== url;
    const receive = (snapshot: FeedSnapshot) =>
      canFallBack && snapshot.status === 'error' && snapshot.error!.status === 404
        ? this.#attach(true)
        : this.#set(snapshot);
    const subscription = subscribe(useFallback ? fallbackUrl! : url, receive, options);
    this.#subscription = subscription;
    receive(subscription.snapshot);
  }

  /** A new snapshot: re-render, and tell the page (`benelux-load`, `benelux-error`). */
  #set(s: FeedSnapshot): void {
    const prev = this.snapshot;
    if (s === prev) return;
    this.snapshot = s;
    this.requestUpdate();
    const { status, feed, error } = s;
    if (status !== 'loading') this.retrying = false;
    if (status === 'ready' && feed && (feed !== prev.feed || prev.status !== 'ready')) {
      emit(this, 'benelux-load', this.loadDetail(feed));
    }
    if (error && error !== prev.error) {
      const { kind, message } = error;
      if (!warned.has(error)) {
        warned.add(error);
        console.warn(`[benelux-widgets] ${message}`);
      }
      emit(this, 'benelux-error', {
        kind,
        status: error.status,
        message,
      } satisfies FeedErrorDetail);
    }
  }

  /** Retry was pressed: its button stays (and keeps focus) until the feed answers. */
  protected retrying = false;

  /** URL of a JSON Feed 1.1 document; `{lang}` is replaced by the widget's language. */
  src?: string;

  /** Feed used when `src` answers 404 (default: `src` with `{lang}` = `en`). */
  fallbackSrc?: string;

  /** The feed as a JS object (instead of `src`). */
  feed?: unknown;

  /** Seconds between background revalidations; 0 = never. */
  refresh = 0;

  /** The widget's state, also set as its `state` attribute. */
  protected abstract stateName(): FeedState;

  /** The `benelux-load` event's detail. */
  protected abstract loadDetail(feed: Feed): object;

  /** Whether to load the feed now (not for a `lazy` list far from view). */
  protected feedWanted(): boolean {
    return true;
  }

  override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || SOURCE.some((p) => changed.has(p))) {
      const source = this.feedWanted() ? this.#sourceOf() : undefined;
      const key = source && 'data' in source ? source.data : JSON.stringify(source);
      if (key !== this.#key) {
        this.#source = source;
        this.#key = key;
        if (this.isConnected) this.#attach();
      }
    }
    this.setAttribute('state', this.stateName());
  }

  /** The text of an inline `<script type="application/feed+json">` child. */
  protected inlineFeed(): string | undefined {
    return (
      this.querySelector(':scope > script[type="application/feed+json"]')?.textContent ?? undefined
    );
  }

  #sourceOf(): FeedSource {
    const baseUrl = document.baseURI;
    const { src, fallbackSrc, feed } = this;
    const text = this.inlineFeed();
    // URLs are resolved (and refused unless http(s)) by the store.
    const at = (url: string, lang = this.locale.language) => url.replaceAll('{lang}', lang);
    return feed !== undefined
      ? { data: feed, baseUrl }
      : text !== undefined
        ? { text, baseUrl }
        : src
          ? {
              url: at(src),
              fallbackUrl: fallbackSrc
                ? at(fallbackSrc)
                : src.includes('{lang}')
                  ? at(src, 'en')
                  : undefined,
              options: { refresh: this.refresh > 0 ? this.refresh : 0 },
            }
          : undefined;
  }

  /**
   * The language of an item's text when it is not the widget's (e.g. the English fallback
   * feed in a French widget), for `lang` on that text so screen readers pronounce it
   * right (WCAG 3.1.2); undefined when it is the widget's own or unknown.
   */
  protected textLang(item: FeedItem): string | undefined {
    const language = item.language ?? this.snapshot.feed?.language;
    return language?.split('-')[0].toLowerCase() === this.locale.language ? undefined : language;
  }

  /**
   * The persistent polite live region (present from the first render, so changes are
   * announced): `text`, hidden while loading and when populated (a short summary for
   * screen readers), else shown; the fallback-language notice when `notice` (data is
   * shown) and the fallback feed is used. Then the Retry button: in the error state, and
   * while a retry loads (one button node from error to retrying to error, so focus stays).
   */
  protected renderStatus(state: FeedState, text: unknown, notice: unknown) {
    return html`<div part="status" role="status">
        ${
          !text
            ? nothing
            : state === 'loading' || state === 'populated'
              ? html`<span class="visually-hidden">${text}</span>`
              : html`<p>${text}</p>`
        }${notice && this.usingFallback ? html`<p>${this.fallbackNotice()}</p>` : nothing}
      </div>
      ${
        state === 'error' || (state === 'loading' && this.retrying)
          ? html`<button part="retry" aria-busy=${this.retrying} @click=${this.#onRetry}>
              ${this.msg('Retry', { id: 'retry' })}
            </button>`
          : nothing
      }`;
  }

  #onRetry(): void {
    if (this.retrying) return;
    this.retrying = true;
    this.#attach();
  }
}
