/**
 * The page-wide feed store: one entry per absolute feed URL, shared by every widget
 * that asks for it. It fetches, normalizes, caches and revalidates; it knows nothing
 * of elements, and nothing in it can throw into the page.
 */
import { parseFeed } from './normalize.js';
import { FeedError, type Feed, type FeedItem } from './types.js';

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

export const DEFAULTS = { timeout: 10_000, maxBytes: 1_000_000, retries: 2 } as const;
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

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    const t = setTimeout(() => {
      signal.removeEventListener('abort', done);
      resolve();
    }, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () =>
    new FeedError('too-large', `Feed ${url} is larger than the ${maxBytes}-byte limit.`);
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
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
  const timeout = options.timeout ?? DEFAULTS.timeout;
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  const deadline = Date.now() + timeout;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(
    () => controller.abort(new FeedError('timeout', `Feed ${url} took longer than ${timeout} ms.`)),
    timeout,
  );
  const signal = controller.signal;
  try {
    for (let attempt = 0; ; attempt++) {
      let response: Response | undefined;
      let failure: FeedError;
      try {
        response = await fetch(url, {
          signal,
          credentials: 'omit',
          cache: options.revalidate || attempt > 0 ? 'no-cache' : 'default',
          headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' },
        });
        if (response.ok) {
          return { body: await readCapped(response, maxBytes, url), url: response.url || url };
        }
        await response.body?.cancel().catch(() => {});
        failure = new FeedError(
          'http',
          `Feed ${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
          response.status,
        );
        if (response.status < 500 && response.status !== 429) throw failure;
      } catch (e) {
        if (e instanceof FeedError || signal.aborted) throw e;
        // fetch() and body reads reject with a TypeError when the connection fails.
        failure = new FeedError('network', `Feed ${url} could not be loaded (${String(e)}).`);
      }
      const delay = retryDelay(attempt, response);
      if (
        attempt >= DEFAULTS.retries ||
        delay > RETRY_AFTER_CAP_MS ||
        Date.now() + delay >= deadline
      ) {
        throw failure;
      }
      await sleep(delay, signal);
    }
  } catch (e) {
    if (e instanceof FeedError) throw e;
    if (signal.reason instanceof FeedError) throw signal.reason;
    if (options.signal?.aborted) throw options.signal.reason;
    throw new FeedError('network', `Feed ${url} failed (${String(e)}).`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** Fetch, parse and normalize one feed document. Rejects only with a `FeedError` (or the abort reason). */
export async function fetchFeed(url: string, options: FetchOptions = {}): Promise<Feed> {
  const { body, url: finalUrl } = await fetchText(url, options);
  const result = parseFeed(body, finalUrl);
  if (!result.ok) throw result.error;
  return result.feed;
}

function toFeedError(e: unknown, url: string): FeedError {
  return e instanceof FeedError
    ? e
    : new FeedError('network', `Feed ${url} failed (${String(e)}).`);
}

function refreshSeconds(entry: Entry): number {
  let min = 0;
  for (const o of entry.listeners.values()) {
    const s = Number(o.refresh) || 0;
    if (s > 0 && (min === 0 || s < min)) min = s;
  }
  return min && Math.max(min, 1);
}

function schedule(entry: Entry): void {
  clearTimeout(entry.timer);
  const seconds = refreshSeconds(entry);
  // An `expired` feed will never change again (JSON Feed 1.1): no point in asking.
  if (seconds > 0 && entry.listeners.size > 0 && !entry.snapshot.feed?.expired) {
    entry.timer = setTimeout(() => revalidate(entry), seconds * 1000);
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
    if (body === entry.body && entry.snapshot.feed) {
      // Not modified (a 304, or the same bytes): keep the data, and any pages loaded since.
      emit(entry, { status: 'ready', error: undefined, stale: false, checkedAt: Date.now() });
      return;
    }
    const result = parseFeed(body, url);
    if (!result.ok) throw result.error;
    entry.more?.abort();
    entry.body = body;
    entry.pages = new Set([entry.url, url]);
    emit(entry, {
      status: 'ready',
      feed: result.feed,
      error: undefined,
      stale: false,
      loadingMore: false,
      checkedAt: Date.now(),
    });
  } catch (e) {
    if (abort.signal.aborted) return;
    const error = toFeedError(e, entry.url);
    if (entry.snapshot.feed) emit(entry, { status: 'ready', error, stale: true });
    else emit(entry, { status: 'error', error, stale: false });
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
  if (!feed || !next || entry.more) return false;
  // Loop guard: never the same page twice, never the feed itself.
  if (entry.pages.has(next) || next === feed.feedUrl) {
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
    const added: FeedItem[] = page.items.filter((i) => !known.has(i.id));
    const nextUrl =
      page.nextUrl && !entry.pages.has(page.nextUrl) && page.nextUrl !== current.feedUrl
        ? page.nextUrl
        : undefined;
    emit(entry, {
      feed: { ...current, items: [...current.items, ...added], nextUrl },
      loadingMore: false,
    });
    return added.length > 0;
  } catch (e) {
    if (!more.signal.aborted) emit(entry, { loadingMore: false, error: toFeedError(e, next) });
    return false;
  } finally {
    if (entry.more === more) entry.more = undefined;
  }
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
    const error = new FeedError(
      'network',
      `Feed URL ${JSON.stringify(url)} is not an http(s) URL.`,
    );
    const snapshot: FeedSnapshot = { status: 'error', error, stale: false, loadingMore: false };
    return { snapshot, retry() {}, loadMore: async () => false, unsubscribe() {} };
  }
  let entry = entries.get(key);
  const fresh = !entry;
  if (!entry) {
    entry = {
      url: key,
      snapshot: { status: 'loading', stale: false, loadingMore: false },
      listeners: new Map(),
      pages: new Set([key]),
    };
    entries.set(key, entry);
  }
  const e = entry;
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
    loadMore: () => (e.listeners.has(listener) ? loadMore(e) : Promise.resolve(false)),
    unsubscribe() {
      if (!e.listeners.delete(listener) || e.listeners.size > 0) return;
      // The last subscriber left: stop work in flight; keep a good result cached.
      clearTimeout(e.timer);
      e.abort?.abort();
      e.abort = undefined;
      e.more?.abort();
      e.more = undefined;
      if (e.snapshot.status !== 'ready') entries.delete(key);
      else if (e.snapshot.loadingMore) e.snapshot = { ...e.snapshot, loadingMore: false };
    },
  };
}

/** Forget every cached feed (tests, and hosts that swap whole pages in a SPA). */
export function clearFeedCache(): void {
  for (const e of entries.values()) {
    clearTimeout(e.timer);
    e.abort?.abort();
    e.more?.abort();
  }
  entries.clear();
}
