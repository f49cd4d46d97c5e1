/**
 * The page-wide feed store: one entry per absolute feed URL, shared by every widget
 * that asks for it. It fetches, normalizes, caches and revalidates; it knows nothing
 * of elements, and nothing in it can throw into the page.
 */
import { parseFeed } from './normalize.js';
import { feedError, type Feed, type FeedError } from './types.js';

export interface FeedSnapshot {
  /** `loading` until the first result; then `ready` or `error`. */
  status: 'loading' | 'ready' | 'error';
  feed?: Feed;
  /** The last failure: with `status: 'error'`, or with `stale` after a failed refresh. */
  error?: FeedError;
  /** A background refresh failed; `feed` is the last good data. */
  stale: boolean;
  /** A `next_url` page is being fetched. */
  loadingMore: boolean;
  /** When the data was last confirmed current (`Date.now()`): a load, or an unchanged revalidation. */
  checkedAt?: number;
}

export interface LoadOptions {
  /** Seconds between background revalidations; 0 (default) = never; at least 1. */
  refresh?: number;
  /** Milliseconds a whole load may take, retries and backoff included. Default 10 000. */
  timeout?: number;
  /** Largest body accepted, in bytes. Default 1 MB. */
  maxBytes?: number;
}

export interface FeedSubscription {
  readonly snapshot: FeedSnapshot;
  /** Load again after an error (or revalidate now). */
  retry(): void;
  /** Fetch the feed's `next_url` page and append its new items. False when there was none, or it failed. */
  loadMore(): Promise<boolean>;
  unsubscribe(): void;
}

export type FeedListener = (snapshot: FeedSnapshot) => void;

/** Before anything is known. */
export const IDLE: FeedSnapshot = { status: 'loading', stale: false, loadingMore: false };

/** Per absolute URL: add a subscriber, and stop all work (timer, loads in flight). */
const entries = new Map<
  string,
  [add: (listener: FeedListener, options: LoadOptions) => FeedSubscription, stop: () => void]
>();

/**
 * Fetch one feed document's text and final URL, within `timeout` for the whole load: up
 * to two retries with backoff on network errors, 5xx and 429 (none on other 4xx), and
 * the body capped at `maxBytes`. Every failure aborts `abort`, whose reason (a
 * `FeedError`, or the caller's own) is what it rejects with.
 */
async function fetchText(
  url: string,
  { timeout = 10_000, maxBytes = 1_000_000 }: LoadOptions,
  abort: AbortController,
  /** Ask the server whether the cached copy is still current (conditional request). */
  revalidate?: boolean,
): Promise<[body: string, url: string]> {
  const deadline = Date.now() + timeout;
  const signal = abort.signal;
  // Aborting the fetch also closes its connection.
  const fail = (error: FeedError) => abort.abort(error);
  // The timer may outlive the load: aborting an aborted controller does nothing.
  setTimeout(fail, timeout, feedError('timeout', url, `took longer than ${timeout} ms.`));
  try {
    for (let attempt = 0; ; attempt++) {
      let response: Response | undefined;
      let failure: FeedError;
      try {
        response = await fetch(url, {
          signal,
          credentials: 'omit',
          cache: revalidate || attempt ? 'no-cache' : undefined,
          headers: { accept: 'application/feed+json,application/json,*/*;q=0.1' },
        });
        const status = response.status;
        failure = feedError('http', url, `answered HTTP ${status}.`, status);
        if (response.ok) {
          // The body capped: its Content-Length, then the bytes as they arrive.
          const tooLarge = feedError('too-large', url, `is over ${maxBytes} bytes.`);
          const reader = response.body?.getReader();
          const chunks: BlobPart[] = [];
          let total = 0;
          if (+response.headers.get('content-length')! > maxBytes) throw fail(tooLarge);
          for (let chunk; reader && !(chunk = await reader.read()).done;) {
            if ((total += chunk.value.length) > maxBytes) throw fail(tooLarge);
            chunks.push(chunk.value as BlobPart);
          }
          return [await new Blob(chunks).text(), response.url || url];
        }
        if (status < 500 && status !== 429) throw fail(failure);
      } catch (e) {
        // A timeout, a failure not to retry, or the caller's abort.
        if (signal.aborted) throw signal.reason;
        // fetch() and body reads reject with a TypeError when the connection fails.
        failure = feedError('network', url, `could not be loaded (${e}).`);
      }
      // `Retry-After` (capped; seconds, or an HTTP date) if sent, else backoff + jitter.
      const header = response?.headers.get('retry-after') as string;
      let delay = +header * 1000 || Date.parse(header) - Date.now();
      if (!(delay >= 0)) delay = ((0.5 + Math.random()) * 250) << attempt;
      // Two retries at most; a longer `Retry-After` than 5 s, or past the deadline, ends the load.
      if (attempt > 1 || delay > 5000 || Date.now() + delay >= deadline) throw failure;
      // An abort meanwhile makes the next fetch() reject at once, without a request.
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  } finally {
    // Closes the connections of failed attempts whose bodies were left unread.
    abort.abort();
  }
}

function parsed(body: string, url: string): Feed {
  const result = parseFeed(body, url);
  if (!result.ok) throw result.error;
  return result.feed;
}

/** A new store entry for the absolute URL `key`. */
function open(key: string): [typeof add, typeof stop] {
  const listeners = new Map<FeedListener, LoadOptions>();
  let snapshot = IDLE;
  /** The load in flight (first load, retry or revalidation), and the `next_url` page. */
  let abort: AbortController | undefined;
  let more: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Page URLs already fetched, and the feed's own: the `next_url` loop guard. */
  let pages: Set<string | undefined>;
  /** Body of the last good first page: an unchanged (e.g. 304) revalidation keeps `feed`. */
  let body: string | undefined;

  const emit = (patch: Partial<FeedSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    listeners.forEach((_, listener) => {
      try {
        listener(snapshot);
      } catch (e) {
        // A listener's bug must not stop the others, nor reach the page as an exception.
        console.warn('[benelux-widgets] feed listener:', e);
      }
    });
  };

  /** The first subscriber's options. */
  const options = () => listeners.values().next().value!;

  /**
   * A refresh is due: now, or, in a hidden page, once it is shown again (no polling in
   * the background). `halt` removes the listener: no load runs twice.
   */
  const due = () => {
    if (document.hidden) document.addEventListener('visibilitychange', due);
    else void load(true);
  };

  /** Stop the timer and the load in flight. */
  const halt = () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', due);
    abort?.abort();
  };

  /** Stop all work; what is in flight reports nothing. */
  const stop = () => {
    halt();
    more?.abort();
    abort = more = undefined;
  };

  const schedule = () => {
    clearTimeout(timer);
    // The shortest `refresh` asked for, at least 1 s.
    let seconds = Infinity;
    listeners.forEach(({ refresh }) => {
      if (refresh! > 0 && refresh! < seconds) seconds = refresh!;
    });
    // An `expired` feed will never change again (JSON Feed 1.1): no point in asking.
    if (seconds < Infinity && !snapshot.feed?.expired) {
      timer = setTimeout(due, Math.max(seconds, 1) * 1000);
    }
  };

  /** Load (or, `revalidate`, revalidate) the feed; never rejects. */
  const load = async (revalidate: boolean) => {
    halt();
    const mine = (abort = new AbortController());
    // An error (never data) gives way to `loading`.
    if (snapshot.status === 'error') emit({ status: 'loading', error: undefined });
    let patch: Partial<FeedSnapshot>;
    try {
      const [text, url] = await fetchText(key, options(), mine, revalidate);
      if (mine !== abort) return;
      patch = { status: 'ready', error: undefined, stale: false, checkedAt: Date.now() };
      // Not modified (a 304, or the same bytes): keep the data, and any pages loaded since.
      if (text !== body) {
        const feed = parsed(text, url);
        more?.abort();
        more = undefined;
        body = text;
        pages = new Set([key, url, feed.feedUrl]);
        if (pages.has(feed.nextUrl)) feed.nextUrl = undefined;
        patch.feed = feed;
        patch.loadingMore = false;
      }
    } catch (e) {
      if (mine !== abort) return;
      // With data from before, a failed load leaves it `stale`.
      // Failures are FeedErrors, but for an abort (handled above).
      patch = {
        status: snapshot.feed ? 'ready' : 'error',
        error: e as FeedError,
        stale: !!snapshot.feed,
      };
    }
    abort = undefined;
    emit(patch);
    schedule();
  };

  const loadMore = async () => {
    const feed = snapshot.feed;
    const next = feed?.nextUrl;
    // A load that replaces the feed replaces `pages` too, and aborts this page.
    const seen = pages;
    if (!next || more) return false;
    const mine = (more = new AbortController());
    const patch: Partial<FeedSnapshot> = { loadingMore: false };
    emit({ loadingMore: true });
    try {
      const page = parsed(...(await fetchText(next, options(), mine)));
      seen.add(next);
      const known = new Set(feed.items.map((i) => i.id));
      patch.feed = {
        ...feed,
        items: [...feed.items, ...page.items.filter((i) => !known.has(i.id))],
        // Loop guard: never the same page twice, never the feed itself.
        nextUrl: seen.has(page.nextUrl) ? undefined : page.nextUrl,
      };
    } catch (e) {
      patch.error = e as FeedError;
    }
    if (mine !== more) return false;
    more = undefined;
    emit(patch);
    return !patch.error;
  };

  const add = (listener: FeedListener, options: LoadOptions): FeedSubscription => {
    listeners.set(listener, options);
    if (!abort) {
      if (snapshot.status === 'ready') schedule();
      else void load(snapshot !== IDLE);
    }
    return {
      get snapshot() {
        return snapshot;
      },
      retry() {
        if (listeners.has(listener)) void load(true);
      },
      loadMore: async () => listeners.has(listener) && loadMore(),
      unsubscribe() {
        if (!listeners.delete(listener) || listeners.size) return;
        // The last subscriber left: stop work in flight (a page too). A good result stays
        // cached; anything else is loaded again by the next subscriber.
        stop();
        emit({ loadingMore: false });
      },
    };
  };
  return [add, stop];
}

/**
 * Subscribe to the feed at `url` (resolved against the document). Subscribers of one URL
 * share one request and one cached result for the life of the page. The listener is called
 * with every new snapshot (not with the current one: read `subscription.snapshot`).
 */
export function subscribe(
  url: string,
  listener: FeedListener,
  options: LoadOptions = {},
): FeedSubscription {
  let key: string | undefined;
  try {
    key = new URL(url, document.baseURI).href;
  } catch {
    // Not a URL: reported below.
  }
  if (!/^https?:/.test(key!)) {
    const error = feedError('network', url, 'is not an http(s) URL.');
    const snapshot: FeedSnapshot = { ...IDLE, status: 'error', error };
    return { snapshot, retry() {}, loadMore: async () => false, unsubscribe() {} };
  }
  let entry = entries.get(key!);
  if (!entry) entries.set(key!, (entry = open(key!)));
  return entry[0](listener, options);
}

/** Forget every cached feed (tests, and hosts that swap whole pages in a SPA). */
export function clearFeedCache(): void {
  entries.forEach(([, stop]) => stop());
  entries.clear();
}
