import { clearFeedCache } from '../../src/feed/store.js';

/** The four UI locales every state is tested in. */
export const LOCALES = ['fr', 'nl', 'de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A unique request key: the test server counts requests per key. */
export function uniqueKey(prefix = 'k'): string {
  return `${prefix}-${Math.random().toString(36).slice(2)}-${Date.now()}`;
}

/** How many requests carrying `?key=` the test server has seen. */
export async function requestCount(key: string): Promise<number> {
  const res = await fetch(`/api/count?key=${encodeURIComponent(key)}`, { cache: 'no-store' });
  return (await res.json()) as number;
}

/** Resolves when `el` reaches `state` (its `state` attribute), or rejects after `timeout` ms. */
export function untilState(el: Element, state: string, timeout = 8000): Promise<void> {
  if (el.getAttribute('state') === state) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`state stayed "${el.getAttribute('state')}", expected "${state}"`));
    }, timeout);
    const observer = new MutationObserver(() => {
      if (el.getAttribute('state') === state) {
        clearTimeout(timer);
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(el, { attributes: true, attributeFilter: ['state'] });
  });
}

/** Forget cached feeds between tests that reuse a URL. */
export function resetFeeds(): void {
  clearFeedCache();
}
