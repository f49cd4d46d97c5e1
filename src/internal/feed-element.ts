import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { FeedController, type FeedSource } from '../feed/controller.js';
import type { Feed, FeedErrorDetail } from '../feed/types.js';
import { BeneluxElement, emit } from './base-element.js';

export type FeedState = 'loading' | 'populated' | 'empty' | 'error' | 'stale';

/** The properties that say where the feed comes from. */
const SOURCE = ['src', 'fallbackSrc', 'feed', 'refresh', 'locale', 'lazy', 'near', 'item'];

/**
 * What the feed-driven widgets (the news list and the theme card) share: where the feed
 * comes from (`src` with `{lang}`, `fallback-src`, the `feed` property or an inline
 * `<script type="application/feed+json">` child), the `state` attribute, the
 * `benelux-load` / `benelux-error` events and the Retry button.
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

  protected readonly data = new FeedController(this, (s, prev) => {
    const { status, feed, error } = s;
    if (status !== 'loading') this.retrying = false;
    if (status === 'ready' && feed && (feed !== prev.feed || prev.status !== 'ready')) {
      emit(this, 'benelux-load', this.loadDetail(feed));
    }
    if (error && error !== prev.error) {
      const { kind, message } = error;
      console.warn(`[benelux-widgets] ${message}`);
      emit(this, 'benelux-error', {
        kind,
        status: error.status,
        message,
      } satisfies FeedErrorDetail);
    }
  });

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
      this.data.setSource(this.feedWanted() ? this.#source() : undefined);
    }
    this.setAttribute('state', this.stateName());
  }

  /** The text of an inline `<script type="application/feed+json">` child. */
  protected inlineFeed(): string | undefined {
    return (
      this.querySelector(':scope > script[type="application/feed+json"]')?.textContent ?? undefined
    );
  }

  #source(): FeedSource {
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
   * The persistent polite live region, then the Retry button: in the error state, and
   * while a retry loads (one button node from error to retrying to error, so focus stays).
   */
  protected renderStatus(state: FeedState, status: unknown) {
    return html`<div part="status" role="status">${status}</div>
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
    this.data.retry();
  }
}
