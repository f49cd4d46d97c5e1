// An absolute http(s) URL that the URL parser gives back unchanged: lowercase scheme, no
// user name or port, a host name of lowercase labels (single inner hyphens; the last one
// letters only, so never an IP address or punycode), then a path (and query) without
// `/.`, `%`, `'` or `#`. Kept as written, with no `new URL` (the costly step, which a
// feed of a thousand items would pay for each of their links). It accepts only what the
// parser keeps, and in linear time (its one lookahead comes first).
const PLAIN = /^(?!.*\/\.)https?:\/\/(?:[a-z\d]+(?:-[a-z\d]+)*\.)+[a-z]+\/[\w.~!$&()*+,;=:@/?-]*$/;

/**
 * Resolve `value` against `base` and keep it only when it is an http(s) URL.
 * Everything else (javascript:, data:, vbscript:, blob:, garbage) becomes undefined, and so
 * does a URL with a user name or password: `https://www.police.be@evil.example/` reads as
 * the police site but goes elsewhere, and no feed link needs credentials.
 */
export function safeUrl(value: unknown, base: string): string | undefined {
  const s = typeof value === 'string' && value.trim();
  if (!s) return undefined;
  if (PLAIN.test(s)) return s;
  try {
    // http(s), and no "@" before the path: no user name or password.
    const href = new URL(s, base).href;
    return /^https?:\/\/[^@/]+\//.test(href) ? href : undefined;
  } catch {
    return undefined;
  }
}
