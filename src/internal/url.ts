/**
 * Resolve `value` against `base` and keep it only when it is an http(s) URL.
 * Everything else (javascript:, data:, vbscript:, blob:, garbage) becomes undefined, and so
 * does a URL with a user name or password: `https://www.police.be@evil.example/` reads as
 * the police site but goes elsewhere, and no feed link needs credentials.
 */
export function safeUrl(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    // An absolute http(s) URL needs no base, and parsing one costs as much as the URL itself.
    url = /^https?:\/\//i.test(trimmed) ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.username || url.password ? undefined : url.href;
}
