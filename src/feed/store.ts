/**
 * The page-wide feed store: one entry per absolute feed URL, shared by every widget
 * that asks for it. It fetches, normalizes, caches and revalidates; it knows nothing
 * of elements, and nothing in it can throw into the page.
 */
import { parseFeed } from './normalize.js';
import { FeedError, feedError, type Feed } from './types.js';

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
  /** Fetch the feed's `next_url` page and append its items. False when nothing was added. */
  loadMore(): Promise<boolean>;
  unsubscribe(): void;
}

export type FeedListener = (snapshot: FeedSnapshot) => void;

/** Before anything is known. */
export const IDLE: FeedSnapshot = { status: 'loading', stale: false, loadingMore: false };

/** The longest `Retry-After` honored; a longer one (or one past the deadline) ends the load. */
const RETRY_AFTER_CAP_MS = 5_000;

interface Entry {
  url: string;
  snapshot: FeedSnapshot;
  listeners: Map<FeedListener, LoadOptions>;
  /** The load in flight (first load, retry or revalidation). */
  abort?: AbortController;
  /** The `next_url` page in flight. */
  more?: AbortController;
  timer?: ReturnType<typeof setTimeout>;
  /** Page URLs already fetched: the `next_url` loop guard. */
  pages: Set<string>;
  /** Body of the last good first page: an unchanged (e.g. 304) revalidation keeps `feed`. */
  body?: string;
}

const entries = new Map<string, Entry>();

function emit(entry: Entry, patch: Partial<FeedSnapshot>): void {
  entry.snapshot = { ...entry.snapshot, ...patch };
  for (const listener of [...entry.listeners.keys()]) {
    try {
      listener(entry.snapshot);
    } catch (e) {
      // A listener's bug must not stop the others, nor reach the page as an exception.
      console.warn('[benelux-widgets] a feed listener failed:', e);
    }
  }
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  if (!(Number(response.headers.get('content-length')) > maxBytes)) {
    if (!reader) return text;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      total += value.byteLength;
      if (total > maxBytes) break;
      text += decoder.decode(value, { stream: true });
    }
  }
  await reader?.cancel().catch(() => {});
  throw feedError('too-large', url, `is larger than the ${maxBytes}-byte limit.`);
}

/** Milliseconds before retry `attempt` (0-based): `Retry-After` if sent, else backoff + jitter. */
function retryDelay(attempt: number, response?: Response): number {
  const header = response?.headers.get('retry-after')?.trim();
  if (header) {
    const ms = /^\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header) - Date.now();
    if (ms >= 0) return ms;
  }
  const base = 250 * 2 ** attempt;
  return base / 2 + Math.random() * base;
}

interface FetchOptions extends LoadOptions {
  signal?: AbortSignal;
  /** Ask the server whether the cached copy is still current (conditional request). */
  revalidate?: boolean;
}

/**
 * Fetch one feed document's text, within `timeout` for the whole load: up to two
 * retries with backoff on network errors, 5xx and 429 (none on other 4xx), and the
 * body capped at `maxBytes`. Rejects only with a `FeedError` (or the caller's abort reason).
 */
async function fetchText(
  url: string,
  options: FetchOptions,
): Promise<{ body: string; url: string }> {
  const timeout = options.timeout ?? 10_000;
  const deadline = Date.now() + timeout;
  const outer = options.signal;
  const controller = new AbortController();
  const signal = controller.signal;
  const onAbort = () => controller.abort(outer!.reason);
  if (outer?.aborted) onAbort();
  outer?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(
    () => controller.abort(feedError('timeout', url, `took longer than ${timeout} ms.`)),
    timeout,
  );
  try {
    for (let attempt = 0; ; attempt++) {
      let response: Response | undefined;
      let failure: FeedError;
      try {
        response = await fetch(url, {
          signal,
          credentials: 'omit',
          cache: options.revalidate || attempt ? 'no-cache' : 'default',
          headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' },
        });
        const { ok, status, statusText } = response;
        if (ok) {
          const body = await readCapped(response, options.maxBytes ?? 1_000_000, url);
          return { body, url: response.url || url };
        }
        await response.body?.cancel().catch(() => {});
        failure = feedError(
          'http',
          url,
          `answered HTTP ${status}${statusText ? ` ${statusText}` : ''}.`,
          status,
        );
        if (status < 500 && status !== 429) throw failure;
      } catch (e) {
        if (e instanceof FeedError) throw e;
        // The timeout's FeedError, or the caller's abort reason.
        if (signal.aborted) throw signal.reason;
        // fetch() and body reads reject with a TypeError when the connection fails.
        failure = feedError('network', url, `could not be loaded (${String(e)}).`);
      }
      const delay = retryDelay(attempt, response);
      if (
        // Two retries at most.
        attempt >= 2 ||
        delay > RETRY_AFTER_CAP_MS ||
        Date.now() + delay >= deadline
      ) {
        throw failure;
      }
      // An abort meanwhile makes the next fetch() reject at once, without a request.
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}

/** Fetch, parse and normalize one feed document. Rejects only with a `FeedError` (or the abort reason). */
export async function fetchFeed(url: string, options: FetchOptions = {}): Promise<Feed> {
  const { body, url: finalUrl } = await fetchText(url, options);
  const result = parseFeed(body, finalUrl);
  if (!result.ok) throw result.error;
  return result.feed;
}

function schedule(entry: Entry): void {
  clearTimeout(entry.timer);
  // The shortest `refresh` asked for, at least 1 s.
  let seconds = Infinity;
  for (const o of entry.listeners.values()) {
    const s = Number(o.refresh);
    if (s > 0 && s < seconds) seconds = s;
  }
  // An `expired` feed will never change again (JSON Feed 1.1): no point in asking.
  if (seconds < Infinity && !entry.snapshot.feed?.expired) {
    entry.timer = setTimeout(() => revalidate(entry), Math.max(seconds, 1) * 1000);
  }
}

/** A refresh is due: now, or, in a hidden page, once it is shown again (no polling in the background). */
function revalidate(entry: Entry): void {
  const doc = globalThis.document;
  if (!doc?.hidden) return void load(entry, true);
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (entry.listeners.size && !entry.abort && entries.get(entry.url) === entry) {
        void load(entry, true);
      }
    },
    { once: true },
  );
}

function optionsOf(entry: Entry): LoadOptions {
  return entry.listeners.values().next().value ?? {};
}

/** Load (or, `conditional`, revalidate) the feed; never rejects. */
async function load(entry: Entry, conditional: boolean): Promise<void> {
  clearTimeout(entry.timer);
  entry.abort?.abort();
  const abort = new AbortController();
  entry.abort = abort;
  if (!entry.snapshot.feed && entry.snapshot.status !== 'loading') {
    emit(entry, { status: 'loading', error: undefined });
  }
  try {
    const { body, url } = await fetchText(entry.url, {
      ...optionsOf(entry),
      signal: abort.signal,
      revalidate: conditional,
    });
    if (abort.signal.aborted) return;
    const patch: Partial<FeedSnapshot> = {
      status: 'ready',
      error: undefined,
      stale: false,
      checkedAt: Date.now(),
    };
    // Not modified (a 304, or the same bytes): keep the data, and any pages loaded since.
    if (body !== entry.body || !entry.snapshot.feed) {
      const result = parseFeed(body, url);
      if (!result.ok) throw result.error;
      entry.more?.abort();
      entry.body = body;
      entry.pages = new Set([entry.url, url]);
      patch.feed = result.feed;
      patch.loadingMore = false;
    }
    emit(entry, patch);
  } catch (e) {
    if (abort.signal.aborted) return;
    // With data from before, a failed load leaves it `stale`.
    const stale = !!entry.snapshot.feed;
    // fetchText() and parseFeed() fail only with a FeedError, but for an abort (handled above).
    emit(entry, { status: stale ? 'ready' : 'error', error: e as FeedError, stale });
  } finally {
    if (entry.abort === abort) {
      entry.abort = undefined;
      schedule(entry);
    }
  }
}

async function loadMore(entry: Entry): Promise<boolean> {
  const feed = entry.snapshot.feed;
  const next = feed?.nextUrl;
  // Loop guard: never the same page twice, never the feed itself.
  const looped = (url: string, f: Feed) => entry.pages.has(url) || url === f.feedUrl;
  if (!feed || !next || entry.more) return false;
  if (looped(next, feed)) {
    emit(entry, { feed: { ...feed, nextUrl: undefined } });
    return false;
  }
  const more = new AbortController();
  entry.more = more;
  emit(entry, { loadingMore: true });
  try {
    const page = await fetchFeed(next, { ...optionsOf(entry), signal: more.signal });
    if (more.signal.aborted) return false;
    entry.pages.add(next);
    const current = entry.snapshot.feed ?? feed;
    const known = new Set(current.items.map((i) => i.id));
    const added = page.items.filter((i) => !known.has(i.id));
    const nextUrl = page.nextUrl && !looped(page.nextUrl, current) ? page.nextUrl : undefined;
    emit(entry, {
      feed: { ...current, items: [...current.items, ...added], nextUrl },
      loadingMore: false,
    });
    return added.length > 0;
  } catch (e) {
    if (!more.signal.aborted) emit(entry, { loadingMore: false, error: e as FeedError });
    return false;
  } finally {
    if (entry.more === more) entry.more = undefined;
  }
}

/** Stop the entry's timer and the work in flight. */
function stop(entry: Entry): void {
  clearTimeout(entry.timer);
  entry.abort?.abort();
  entry.more?.abort();
}

function absolute(url: string): string | undefined {
  try {
    const u = new URL(url, globalThis.document?.baseURI);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
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
  const key = absolute(url);
  if (!key) {
    const error = feedError('network', `URL ${JSON.stringify(url)}`, 'is not an http(s) URL.');
    const snapshot: FeedSnapshot = { ...IDLE, status: 'error', error };
    return { snapshot, retry() {}, loadMore: async () => false, unsubscribe() {} };
  }
  let e = entries.get(key)!;
  const fresh = !e;
  if (fresh) {
    e = { url: key, snapshot: { ...IDLE }, listeners: new Map(), pages: new Set([key]) };
    entries.set(key, e);
  }
  e.listeners.set(listener, options);
  if (fresh || (e.snapshot.status === 'error' && !e.abort)) void load(e, !fresh);
  else if (!e.abort) schedule(e);
  return {
    get snapshot() {
      return e.snapshot;
    },
    retry: () => {
      if (e.listeners.has(listener)) void load(e, true);
    },
    loadMore: async () => e.listeners.has(listener) && loadMore(e),
    unsubscribe() {
      if (!e.listeners.delete(listener) || e.listeners.size > 0) return;
      // The last subscriber left: stop work in flight; keep a good result cached.
      stop(e);
      e.abort = e.more = undefined;
      if (e.snapshot.status !== 'ready') entries.delete(key);
      else if (e.snapshot.loadingMore) e.snapshot = { ...e.snapshot, loadingMore: false };
    },
  };
}

/** Forget every cached feed (tests, and hosts that swap whole pages in a SPA). */
export function clearFeedCache(): void {
  entries.forEach(stop);
  entries.clear();
}
