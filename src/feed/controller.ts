import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normalizeFeed, parseFeed } from './normalize.js';
import {
  IDLE,
  subscribe,
  type FeedSnapshot,
  type FeedSubscription,
  type LoadOptions,
} from './store.js';

/** Where a widget's feed comes from: a URL, or data given inline / as a property. */
export type FeedSource =
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

/**
 * Connects an element to the page-wide feed store. The element says where its feed is
 * (`setSource`, from `willUpdate`); the controller subscribes, re-renders the host on
 * every snapshot and unsubscribes when the host leaves the page or the source changes.
 */
export class FeedController implements ReactiveController {
  snapshot: FeedSnapshot = IDLE;
  /** True while the data comes from the source's `fallbackUrl`. */
  usingFallback = false;
  #source: FeedSource;
  #key?: unknown;
  #subscription?: FeedSubscription;

  readonly #host: ReactiveControllerHost;
  readonly #onChange: (snapshot: FeedSnapshot, previous: FeedSnapshot) => void;

  constructor(
    host: ReactiveControllerHost,
    onChange: (snapshot: FeedSnapshot, previous: FeedSnapshot) => void,
  ) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  setSource(source: FeedSource): void {
    // Inline data is compared by identity (its baseUrl, the page's, is not); every other
    // source by value. (Never stringify inline data: a host's object may throw on any access.)
    const key = source && 'data' in source ? source.data : JSON.stringify(source);
    if (key === this.#key) return;
    this.#source = source;
    this.#key = key;
    if ((this.#host as unknown as Element).isConnected) this.#attach();
  }

  /** Load the source again: subscribe anew (a failed URL loads again, from its main URL). */
  retry(): void {
    this.#attach();
  }

  async loadMore(): Promise<boolean> {
    return this.#subscription?.loadMore() ?? false;
  }

  hostConnected(): void {
    this.#attach();
  }

  hostDisconnected(): void {
    this.#detach();
  }

  #attach(useFallback = false): void {
    this.#detach();
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
    // A 404 on the main URL switches to the fallback URL, when there is one.
    const canFallBack = !useFallback && fallbackUrl && fallbackUrl !== url;
    const receive = (snapshot: FeedSnapshot) =>
      canFallBack && snapshot.status === 'error' && snapshot.error!.status === 404
        ? this.#attach(true)
        : this.#set(snapshot);
    const subscription = subscribe(useFallback ? fallbackUrl! : url, receive, options);
    this.#subscription = subscription;
    receive(subscription.snapshot);
  }

  /** An unsubscribed subscription may stay: its methods then do nothing. */
  #detach(): void {
    this.#subscription?.unsubscribe();
  }

  #set(snapshot: FeedSnapshot): void {
    const previous = this.snapshot;
    if (snapshot !== previous) {
      this.snapshot = snapshot;
      this.#onChange(snapshot, previous);
      this.#host.requestUpdate();
    }
  }
}
