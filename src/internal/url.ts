/**
 * Resolve `value` against `base` and keep it only when it is an http(s) URL.
 * Everything else (javascript:, data:, vbscript:, blob:, garbage) becomes undefined.
 */
export function safeUrl(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
