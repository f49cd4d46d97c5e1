/**
 * The page-wide feed store: one entry per absolute feed URL, shared by every widget
 * that asks for it. It fetches, normalizes, caches and
 * revalidates; it knows nothing of elements.
 */
import { normalizeFeed } from './normalize.js';
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
}

export interface LoadOptions {
  /** Seconds between background revalidations; 0 (default) = never. */
  refresh?: number;
  /** Milliseconds a whole load may take, retries included. Default 10 000. */
  timeout?: number;
  /** Largest body accepted, in bytes. Default 1 MB. */
  maxBytes?: number;
}

export interface FeedSubscription {
  readonly snapshot: FeedSnapshot;
  /** Load again after an error (or refresh now). */
  retry(): void;
  /** Fetch the feed's `next_url` page and append its items. False when there is none. */
  loadMore(): Promise<boolean>;
  unsubscribe(): void;
}

export type FeedListener = (snapshot: FeedSnapshot) => void;

export const DEFAULTS = { timeout: 10_000, maxBytes: 1_000_000, retries: 2 } as const;
const RETRY_AFTER_CAP_MS = 5_000;

interface Entry {
  url: string;
  snapshot: FeedSnapshot;
  listeners: Map<FeedListener, LoadOptions>;
  abort?: AbortController;
  timer?: ReturnType<typeof setTimeout>;
  /** Page URLs already fetched: the `next_url` loop guard. */
  pages: Set<string>;
}

const entries = new Map<string, Entry>();

function emit(entry: Entry, patch: Partial<FeedSnapshot>): void {
  entry.snapshot = { ...entry.snapshot, ...patch };
  for (const listener of [...entry.listeners.keys()]) {
    try {
      listener(entry.snapshot);
    } catch (e) {
      // A listener's bug must not stop the others; report it without throwing.
      queueMicrotask(() => console.warn('[benelux-widgets] listener failed', e));
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), {
      once: true,
    });
  });
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () =>
    new FeedError('too-large', `Feed ${url} is larger than the ${maxBytes}-byte limit.`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
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

function retryDelay(attempt: number, response?: Response): number {
  const header = response?.headers.get('retry-after');
  if (header) {
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
    if (ms >= 0) return Math.min(ms, RETRY_AFTER_CAP_MS);
  }
  const base = 300 * 2 ** attempt;
  return base / 2 + Math.random() * base;
}

/** Fetch and normalize one feed document, with timeout, retries and size cap. */
export async function fetchFeed(
  url: string,
  options: LoadOptions & { signal?: AbortSignal; revalidate?: boolean } = {},
): Promise<Feed> {
  const timeout = options.timeout ?? DEFAULTS.timeout;
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
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
          cache: options.revalidate ? 'no-cache' : 'default',
          headers: { accept: 'application/feed+json, application/json;q=0.9' },
        });
      } catch (e) {
        if (signal.aborted) throw signal.reason;
        failure = new FeedError('network', `Feed ${url} could not be reached (${String(e)}).`);
      }
      if (response) {
        if (response.ok) {
          const body = await readCapped(response, maxBytes, url);
          let json: unknown;
          try {
            json = JSON.parse(body);
          } catch {
            throw new FeedError('not-json', `Feed ${url} is not valid JSON.`);
          }
          const result = normalizeFeed(json, response.url || url);
          if (!result.ok) throw result.error;
          return result.feed;
        }
        await response.body?.cancel().catch(() => {});
        failure = new FeedError(
          'http',
          `Feed ${url} answered HTTP ${response.status}.`,
          response.status,
        );
        const retryable = response.status >= 500 || response.status === 429;
        if (!retryable) throw failure;
      }
      if (attempt >= DEFAULTS.retries) throw failure!;
      await sleep(retryDelay(attempt, response), signal);
    }
  } catch (e) {
    if (e instanceof FeedError) throw e;
    if (signal.aborted && signal.reason instanceof FeedError) throw signal.reason;
    throw new FeedError('network', `Feed ${url} failed (${String(e)}).`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function refreshSeconds(entry: Entry): number {
  let min = 0;
  for (const o of entry.listeners.values()) {
    const s = o.refresh ?? 0;
    if (s > 0 && (min === 0 || s < min)) min = s;
  }
  return min;
}

function schedule(entry: Entry): void {
  clearTimeout(entry.timer);
  const seconds = refreshSeconds(entry);
  if (seconds > 0 && entry.listeners.size > 0) {
    entry.timer = setTimeout(() => void load(entry, true), seconds * 1000);
  }
}

function optionsOf(entry: Entry): LoadOptions {
  return entry.listeners.values().next().value ?? {};
}

async function load(entry: Entry, revalidate: boolean): Promise<void> {
  entry.abort?.abort();
  const abort = new AbortController();
  entry.abort = abort;
  if (!entry.snapshot.feed) emit(entry, { status: 'loading', error: undefined });
  try {
    const feed = await fetchFeed(entry.url, {
      ...optionsOf(entry),
      signal: abort.signal,
      revalidate,
    });
    if (abort.signal.aborted) return;
    entry.pages = new Set([entry.url]);
    emit(entry, { status: 'ready', feed, error: undefined, stale: false });
  } catch (e) {
    if (abort.signal.aborted) return;
    const error = e instanceof FeedError ? e : new FeedError('network', String(e));
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
  if (!feed || !next || entry.snapshot.loadingMore) return false;
  if (entry.pages.has(next) || next === feed.feedUrl) {
    emit(entry, { feed: { ...feed, nextUrl: undefined } });
    return false;
  }
  entry.pages.add(next);
  emit(entry, { loadingMore: true });
  try {
    const page = await fetchFeed(next, optionsOf(entry));
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
    const error = e instanceof FeedError ? e : new FeedError('network', String(e));
    entry.pages.delete(next);
    emit(entry, { loadingMore: false, error });
    return false;
  }
}

/**
 * Subscribe to the feed at `url` (absolute). Subscribers of one URL share one request
 * and one cached result for the life of the page. The listener is called with every
 * new snapshot (not with the current one: read `subscription.snapshot`).
 */
export function subscribe(
  url: string,
  listener: FeedListener,
  options: LoadOptions = {},
): FeedSubscription {
  let entry = entries.get(url);
  const fresh = !entry;
  if (!entry) {
    entry = {
      url,
      snapshot: { status: 'loading', stale: false, loadingMore: false },
      listeners: new Map(),
      pages: new Set([url]),
    };
    entries.set(url, entry);
  }
  const e = entry;
  e.listeners.set(listener, options);
  if (fresh || (e.snapshot.status !== 'ready' && !e.abort)) void load(e, false);
  else if (!e.abort) schedule(e);
  return {
    get snapshot() {
      return e.snapshot;
    },
    retry: () => void load(e, true),
    loadMore: () => loadMore(e),
    unsubscribe() {
      if (!e.listeners.delete(listener) || e.listeners.size > 0) return;
      // The last subscriber left: stop work in flight; keep a good result cached.
      clearTimeout(e.timer);
      if (e.abort) {
        e.abort.abort();
        e.abort = undefined;
      }
      if (e.snapshot.status !== 'ready') entries.delete(url);
    },
  };
}

/** Forget every cached feed (tests, and hosts that swap whole pages in a SPA). */
export function clearFeedCache(): void {
  for (const e of entries.values()) {
    clearTimeout(e.timer);
    e.abort?.abort();
  }
  entries.clear();
}
