import { expect } from '@open-wc/testing';
import {
  subscribe,
  type FeedSnapshot,
  type FeedSubscription,
  type LoadOptions,
} from '../../src/feed/store.js';
import { uniqueKey } from '../support/helpers.js';

export const FEEDS = '/api/feeds/';

/** An absolute test-server URL for `route` with a fresh `key` (and `query`). */
export function feedUrl(route: string, query: Record<string, string | number> = {}) {
  const key = uniqueKey(route.replace(/\W/g, '-'));
  const params = new URLSearchParams({ ...query, key } as Record<string, string>);
  return { key, url: new URL(`${FEEDS}${route}?${params}`, location.href).href };
}

export interface ServerStats {
  requests: number;
  notModified: number;
  closedEarly: number;
  finished: number;
}

/** What the test server recorded for `key` (null when it saw no request). */
export async function serverStats(key: string): Promise<ServerStats | null> {
  const res = await fetch(`${FEEDS}stats?key=${encodeURIComponent(key)}`, { cache: 'no-store' });
  return (await res.json()) as ServerStats | null;
}

/** Polls the server until `test(stats)` holds, or fails after `within` ms. */
export async function untilServer(
  key: string,
  test: (s: ServerStats) => boolean,
  within = 5000,
): Promise<ServerStats> {
  const end = Date.now() + within;
  for (;;) {
    const s = await serverStats(key);
    if (s && test(s)) return s;
    if (Date.now() > end) throw new Error(`server stats for ${key}: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A subscription whose snapshots can be awaited. */
export interface Watched {
  sub: FeedSubscription;
  snapshots: FeedSnapshot[];
  /** The next snapshot matching `test`, within `within` ms. */
  next(test: (s: FeedSnapshot) => boolean, within?: number): Promise<FeedSnapshot>;
  /** The first settled snapshot (ready or error), within timeout + 1 s. */
  settled(): Promise<FeedSnapshot>;
}

export function watch(url: string, options: LoadOptions = {}): Watched {
  const waiters = new Set<(s: FeedSnapshot) => void>();
  const snapshots: FeedSnapshot[] = [];
  const sub = subscribe(
    url,
    (s) => {
      snapshots.push(s);
      for (const w of [...waiters]) w(s);
    },
    options,
  );
  const next = (test: (s: FeedSnapshot) => boolean, within = 10_000) =>
    new Promise<FeedSnapshot>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(
          new Error(`no matching snapshot within ${within} ms: ${JSON.stringify(sub.snapshot)}`),
        );
      }, within);
      const waiter = (s: FeedSnapshot) => {
        if (!test(s)) return;
        clearTimeout(timer);
        waiters.delete(waiter);
        resolve(s);
      };
      waiters.add(waiter);
    });
  const isSettled = (s: FeedSnapshot) => s.status !== 'loading';
  return {
    sub,
    snapshots,
    next,
    settled: () =>
      isSettled(sub.snapshot)
        ? Promise.resolve(sub.snapshot)
        : next(isSettled, (options.timeout ?? 10_000) + 1000),
  };
}

/**
 * Fails the current test when the page sees an uncaught error or an unhandled rejection.
 * Call once at the top of a `describe`.
 */
export function noPageErrors(): void {
  let errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) =>
    errors.push(`unhandledrejection: ${String(e.reason)}`);
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    // Let pending rejections surface before judging.
    await new Promise((r) => setTimeout(r, 0));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(errors).to.deep.equal([]);
  });
}
