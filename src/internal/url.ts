/**
 * Resolve `value` against `base` and keep it only when it is an http(s) URL.
 * Everything else (javascript:, data:, vbscript:, blob:, garbage) becomes undefined, and so
 * does a URL with a user name or password: `https://www.police.be@evil.example/` reads as
 * the police site but goes elsewhere, and no feed link needs credentials.
 */
export function safeUrl(value: unknown, base: string): string | undefined {
  const s = typeof value === 'string' && value.trim();
  if (!s) return undefined;
  try {
    // An absolute http(s) URL needs no base, and parsing one costs as much as the URL itself.
    const url = new URL(s, /^https?:\/\//i.test(s) ? undefined : base);
    return /^https?:$/.test(url.protocol) && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}
