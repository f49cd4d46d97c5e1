/**
 * JSON Feed 1.1 (+ `_benelux`) → `Feed`. Hand-written rather than a schema library:
 * the rules are field-by-field repairs (drop a wrong field, keep the item), which a
 * validator would express as much code again, and this stays about 1.5 KB gzip with
 * no `new Function` (strict CSP / Trusted Types safe).
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

/** Most entries kept in an item's `tags` and `_benelux.related`. */
export const LIST_LIMIT = 100;

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
  let s = value.trim();
  if (s.length > max) {
    // Never cut a surrogate pair in half.
    const end = s.charCodeAt(max - 1) >= 0xd800 && s.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
    s = s.slice(0, end).trimEnd();
  }
  return s || undefined;
}

// RFC 3339 date-time (JSON Feed's date format): date, "T" (or space), time, offset.
const RFC3339 = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d+)?([Zz]|[+-](\d\d):(\d\d))$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** One 400-year Gregorian cycle, in ms (146,097 days). */
const CYCLE_MS = 146_097 * 86_400_000;

function date(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const m = RFC3339.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [+m[1], +m[2], +m[3], +m[4], +m[5], +m[6]];
  const oh = m[9] ? +m[9] : 0;
  const om = m[10] ? +m[10] : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && leap(y) ? 29 : DAYS[mo - 1])) return undefined;
  if (h > 23 || mi > 59 || s > 59 || oh > 23 || om > 59) return undefined;
  // Built from the checked parts (not Date.parse): every accepted string gives a valid Date.
  const offset = m[8][0] === '-' ? -(oh * 60 + om) : oh * 60 + om;
  const ms = m[7] ? Math.floor(+m[7] * 1000) : 0;
  // Date.UTC reads years 0-99 as 1900-1999: count from 400 years later instead.
  const shift = y < 100 ? 400 : 0;
  return new Date(Date.UTC(y + shift, mo - 1, d, h, mi - offset, s, ms) - (shift && CYCLE_MS));
}

function leap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function id(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return text(value, TEXT_LIMITS.id);
}

// A BCP 47 language tag, loosely: it ends up in `lang` attributes and Intl calls.
const LANGUAGE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,7}$/;

function language(value: unknown): string | undefined {
  const s = text(value, 64);
  return s && LANGUAGE.test(s) ? s : undefined;
}

function stringList(value: unknown, max: number): string[] {
  if (!Array.isArray(value) || !value.length) return [];
  const out = new Set<string>();
  for (const entry of value) {
    const s = typeof entry === 'number' ? id(entry) : text(entry, max);
    if (s !== undefined) out.add(s);
    if (out.size === LIST_LIMIT) break;
  }
  return [...out];
}

function item(raw: unknown, base: string): FeedItem | undefined {
  if (!isObject(raw)) return undefined;
  const itemId = id(own(raw, 'id'));
  if (itemId === undefined) return undefined;
  const ext = own(raw, '_benelux');
  const benelux: Json = isObject(ext) ? ext : {};
  const out: FeedItem = {
    id: itemId,
    tags: stringList(own(raw, 'tags'), TEXT_LIMITS.tag),
    related: stringList(own(benelux, 'related'), TEXT_LIMITS.id),
    kind: own(benelux, 'kind') === 'theme' ? 'theme' : 'news',
  };
  // Plain assignments, only for values present: no keys holding undefined, and fast
  // (a 1,000-item feed is normalized on the main thread before the first render).
  let v: string | Date | undefined;
  if ((v = safeUrl(own(raw, 'url'), base))) out.url = v;
  if ((v = safeUrl(own(raw, 'external_url'), base))) out.externalUrl = v;
  if ((v = text(own(raw, 'title'), TEXT_LIMITS.title))) out.title = v;
  if ((v = text(own(raw, 'summary'), TEXT_LIMITS.summary))) out.summary = v;
  if ((v = text(own(raw, 'content_text'), TEXT_LIMITS.contentText))) out.contentText = v;
  if ((v = text(own(raw, 'content_html'), TEXT_LIMITS.contentHtml))) out.contentHtml = v;
  if ((v = safeUrl(own(raw, 'image'), base))) out.image = v;
  if ((v = date(own(raw, 'date_published')))) out.datePublished = v;
  if ((v = date(own(raw, 'date_modified')))) out.dateModified = v;
  if ((v = language(own(raw, 'language')))) out.language = v;
  // An item is never related to itself.
  const self = out.related.indexOf(itemId);
  if (self >= 0) out.related.splice(self, 1);
  const views = own(benelux, 'views');
  if (Number.isSafeInteger(views) && (views as number) >= 0) out.views = views as number;
  if ((v = text(own(benelux, 'theme'), TEXT_LIMITS.id))) out.theme = v;
  return out;
}

export type NormalizeResult = { ok: true; feed: Feed } | { ok: false; error: FeedError };

/**
 * Normalize a parsed JSON document fetched from `url` (absolute: relative links resolve
 * against it). Never throws: a document that is not an object or has no `items` array
 * is an `invalid` error.
 */
export function normalizeFeed(raw: unknown, url: string): NormalizeResult {
  try {
    return normalizeDocument(raw, url);
  } catch {
    // Parsed JSON cannot get here; a JS object on the `feed` property can (a getter or a
    // proxy that throws). Its error is not read: it may itself be hostile.
    return {
      ok: false,
      error: new FeedError('invalid', `Feed ${url} has a value that cannot be read.`),
    };
  }
}

function normalizeDocument(raw: unknown, url: string): NormalizeResult {
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
  const feed: Feed = { url, expired: own(raw, 'expired') === true, items };
  let v: string | undefined;
  if ((v = text(own(raw, 'version'), 200))) feed.version = v;
  if ((v = text(own(raw, 'title'), TEXT_LIMITS.title))) feed.title = v;
  if ((v = safeUrl(own(raw, 'home_page_url'), url))) feed.homePageUrl = v;
  if ((v = safeUrl(own(raw, 'feed_url'), url))) feed.feedUrl = v;
  if ((v = language(own(raw, 'language')))) feed.language = v;
  if ((v = safeUrl(own(raw, 'next_url'), url))) feed.nextUrl = v;
  return { ok: true, feed };
}

/** Parse (guarded) and normalize a feed's text: `not-json` when it does not parse. */
export function parseFeed(body: string, url: string): NormalizeResult {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const start = body.trimStart().slice(0, 1);
    const hint = start === '<' ? ' (it looks like HTML)' : body.trim() ? '' : ' (empty body)';
    return { ok: false, error: new FeedError('not-json', `Feed ${url} is not valid JSON${hint}.`) };
  }
  return normalizeFeed(json, url);
}
