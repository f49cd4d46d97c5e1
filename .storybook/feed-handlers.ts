/**
 * Story-level request handlers (a tiny MSW): only URLs under `/mock-feeds/` are answered
 * here, everything else goes to the network (the static feeds in `/feeds/` and
 * `/story-feeds/`). The widgets' own code is untouched: they call `fetch` as on any page.
 *
 * - `/mock-feeds/never.json` never answers (until the request is aborted): the loading state.
 * - `/mock-feeds/stale.json?feed=news.fr.json` answers the first request with that static
 *   feed and every later one with HTTP 503: a background refresh fails, the stale state.
 */
const served = new Set<string>();
const realFetch = window.fetch.bind(window);

function never(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

export function installFeedHandlers(): void {
  if ((window.fetch as { mocked?: boolean }).mocked) return;
  const mocked = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.pathname.includes('/mock-feeds/')) return realFetch(input, init);
    if (url.pathname.endsWith('/mock-feeds/never.json')) return never(init?.signal);
    if (url.pathname.endsWith('/mock-feeds/stale.json')) {
      if (served.has(url.href)) {
        return Promise.resolve(new Response('Service Unavailable', { status: 503 }));
      }
      served.add(url.href);
      const feed = url.searchParams.get('feed') ?? 'news.en.json';
      return realFetch(new URL(`../feeds/${feed.replace(/[^\w.-]/g, '')}`, url), init);
    }
    return Promise.resolve(new Response('Not Found', { status: 404 }));
  };
  window.fetch = Object.assign(mocked, { mocked: true });
}
