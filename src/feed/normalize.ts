/**
 * JSON Feed 1.1 (+ `_benelux`) → `Feed`. Hand-written rather than a schema library:
 * the rules are field-by-field repairs (drop a wrong field, keep the item), which a
 * validator would express as much code again, and this stays well under 1 KB gzip
 * with no `new Function` (strict CSP / Trusted Types safe).
 */
import { safeUrl } from '../internal/url.js';
import { FeedError, type Feed, type FeedItem } from './types.js';

/** Longest plain-text field kept, in UTF-16 code units; longer text is cut. */
export const TEXT_LIMITS = {
  title: 500,
  summary: 2_000,
  contentText: 100_000,
  contentHtml: 200_000,
  tag: 100,
  id: 500,
} as const;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property only: `__proto__`, `constructor` and inherited names read as absent. */
function own(obj: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return trimmed.length > max ? trimmed.slice(0, max).trimEnd() : trimmed;
}

// RFC 3339 date-time (JSON Feed's date format): date, "T" or space, time, zone.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function date(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = RFC3339.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const result = new Date(value.trim());
  if (Number.isNaN(result.getTime())) return undefined;
  // Reject dates the engine rolled over (2021-02-31 → March 3rd).
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return undefined;
  return result;
}

function id(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return text(value, TEXT_LIMITS.id);
}

function stringList(value: unknown, max: number): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const entry of value) {
    const s = typeof entry === 'number' ? id(entry) : text(entry, max);
    if (s !== undefined && !out.includes(s)) out.push(s);
  }
  return out;
}

function item(raw: unknown, base: string): FeedItem | undefined {
  if (!isObject(raw)) return undefined;
  const itemId = id(own(raw, 'id'));
  if (itemId === undefined) return undefined;
  const ext = own(raw, '_benelux');
  const benelux: Json = isObject(ext) ? ext : {};
  const views = own(benelux, 'views');
  const out: FeedItem = {
    id: itemId,
    url: safeUrl(own(raw, 'url'), base),
    externalUrl: safeUrl(own(raw, 'external_url'), base),
    title: text(own(raw, 'title'), TEXT_LIMITS.title),
    summary: text(own(raw, 'summary'), TEXT_LIMITS.summary),
    contentText: text(own(raw, 'content_text'), TEXT_LIMITS.contentText),
    contentHtml: text(own(raw, 'content_html'), TEXT_LIMITS.contentHtml),
    image: safeUrl(own(raw, 'image'), base),
    datePublished: date(own(raw, 'date_published')),
    dateModified: date(own(raw, 'date_modified')),
    tags: stringList(own(raw, 'tags'), TEXT_LIMITS.tag),
    language: text(own(raw, 'language'), 35),
    views:
      typeof views === 'number' && Number.isSafeInteger(views) && views >= 0 ? views : undefined,
    theme: text(own(benelux, 'theme'), TEXT_LIMITS.id),
    related: stringList(own(benelux, 'related'), TEXT_LIMITS.id).filter((r) => r !== itemId),
    kind: own(benelux, 'kind') === 'theme' ? 'theme' : 'news',
  };
  // Keep the object free of keys whose value is undefined: simpler to compare and log.
  for (const key of Object.keys(out) as (keyof FeedItem)[]) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}

export type NormalizeResult = { ok: true; feed: Feed } | { ok: false; error: FeedError };

/**
 * Normalize a parsed JSON document fetched from `url`. Never throws: a document
 * that is not an object or has no `items` array is an `invalid` error.
 */
export function normalizeFeed(raw: unknown, url: string): NormalizeResult {
  if (!isObject(raw)) {
    return { ok: false, error: new FeedError('invalid', `Feed ${url} is not a JSON object.`) };
  }
  const rawItems = own(raw, 'items');
  if (!Array.isArray(rawItems)) {
    return {
      ok: false,
      error: new FeedError('invalid', `Feed ${url} has no "items" array (JSON Feed 1.1).`),
    };
  }
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const rawItem of rawItems) {
    const it = item(rawItem, url);
    // JSON Feed ids are unique; a repeated id is a publishing mistake: keep the first.
    if (it && !seen.has(it.id)) {
      seen.add(it.id);
      items.push(it);
    }
  }
  const feed: Feed = {
    url,
    version: text(own(raw, 'version'), 200),
    title: text(own(raw, 'title'), TEXT_LIMITS.title),
    homePageUrl: safeUrl(own(raw, 'home_page_url'), url),
    feedUrl: safeUrl(own(raw, 'feed_url'), url),
    language: text(own(raw, 'language'), 35),
    nextUrl: safeUrl(own(raw, 'next_url'), url),
    expired: own(raw, 'expired') === true,
    items,
  };
  for (const key of Object.keys(feed) as (keyof Feed)[]) {
    if (feed[key] === undefined) delete feed[key];
  }
  return { ok: true, feed };
}
