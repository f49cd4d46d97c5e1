/**
 * JSON Feed 1.1 (+ `_benelux`) → `Feed`. Hand-written rather than a schema library:
 * the rules are field-by-field repairs (drop a wrong field, keep the item), which a
 * validator would express as much code again, and this stays about 1.5 KB gzip with
 * no `new Function` (strict CSP / Trusted Types safe).
 */
import { safeUrl } from '../internal/url.js';
import {
  feedError,
  type Feed,
  type FeedError,
  type FeedErrorKind,
  type FeedItem,
} from './types.js';

/** Longest plain-text field kept, in UTF-16 code units; longer text is cut. */
export const TEXT_LIMITS = {
  title: 500,
  summary: 2_000,
  contentText: 100_000,
  contentHtml: 200_000,
  tag: 100,
  id: 500,
  version: 200,
} as const;

/** Most entries kept in an item's `tags` and `_benelux.related`. */
export const LIST_LIMIT = 100;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property only: `__proto__`, `constructor` and inherited names read as absent. */
function own(obj: Json, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  let s = value.trim();
  if (s.length > max) {
    // Never cut a surrogate pair in half.
    s = s.slice(0, (s.charCodeAt(max - 1) & 0xfc00) === 0xd800 ? max - 1 : max).trimEnd();
  }
  return s || undefined;
}

// RFC 3339 date-time (JSON Feed's date format): date, "T" (or space), time, offset.
const RFC3339 =
  /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d+)?(?:[Zz]|([+-])(\d\d):(\d\d))$/;

/** One 400-year Gregorian cycle, in ms (146,097 days). */
const CYCLE_MS = 146_097 * 86_400_000;

function date(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const m = RFC3339.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const oh = +(m[9] ?? 0);
  const om = +(m[10] ?? 0);
  // Date.UTC reads years 0-99 as 1900-1999: count from 400 years later instead.
  const shift = y < 100 ? 400 : 0;
  // Built from the checked parts (not Date.parse): every accepted string gives a valid Date.
  const t = Date.UTC(y + shift, mo - 1, d, h, mi, s, m[7] ? Math.floor(+m[7] * 1000) : 0);
  // A day or month out of range rolls over into another one (Feb 30 → Mar 2): refused.
  const local = new Date(t);
  if (local.getUTCMonth() !== mo - 1 || local.getUTCDate() !== d) return undefined;
  if (h > 23 || mi > 59 || s > 59 || oh > 23 || om > 59) return undefined;
  const offset = (m[8] === '-' ? -1 : 1) * (oh * 60 + om);
  return new Date(t - offset * 60_000 - (shift && CYCLE_MS));
}

/** An id (or list entry): a string, or a finite number as a string. */
function id(value: unknown, max: number = TEXT_LIMITS.id): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return text(value, max);
}

// A BCP 47 language tag, loosely: it ends up in `lang` attributes and Intl calls.
const LANGUAGE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,7}$/;

function language(value: unknown): string | undefined {
  const s = text(value, 64);
  return s && LANGUAGE.test(s) ? s : undefined;
}

function stringList(value: unknown, max: number): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const entry of value) {
    const s = id(entry, max);
    if (s !== undefined) out.add(s);
    if (out.size === LIST_LIMIT) break;
  }
  return [...out];
}

type Reader = (value: unknown, base: string) => string | Date | undefined;

/**
 * `[json_key, camelName, reader]` for each name: URLs (`…url`, `image`) resolved and kept
 * when http(s), dates, a language tag, else text cut at its `TEXT_LIMITS`.
 */
function fields(names: string): [string, string, Reader][] {
  return names.split(' ').map((key) => {
    const name = key.replace(/_(.)/g, (_, c: string) => c.toUpperCase());
    const read: Reader = /url$|^image$/.test(key)
      ? safeUrl
      : key.startsWith('date')
        ? date
        : key === 'language'
          ? language
          : (v) => text(v, TEXT_LIMITS[name as keyof typeof TEXT_LIMITS]);
    return [key, name, read];
  });
}

const ITEM_FIELDS = fields(
  'url external_url title summary content_text content_html image date_published date_modified language',
);
const FEED_FIELDS = fields('version title home_page_url feed_url language next_url');

/**
 * Plain assignments, only for values present: no keys holding undefined, and fast
 * (a 1,000-item feed is normalized on the main thread before the first render).
 */
function copy(out: object, raw: Json, base: string, list: [string, string, Reader][]): void {
  for (const [key, name, read] of list) {
    const v = read(own(raw, key), base);
    if (v) (out as Json)[name] = v;
  }
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
    // An item is never related to itself.
    related: stringList(own(benelux, 'related'), TEXT_LIMITS.id).filter((r) => r !== itemId),
    kind: own(benelux, 'kind') === 'theme' ? 'theme' : 'news',
  };
  copy(out, raw, base, ITEM_FIELDS);
  const views = own(benelux, 'views');
  if (Number.isSafeInteger(views) && (views as number) >= 0) out.views = views as number;
  const theme = text(own(benelux, 'theme'), TEXT_LIMITS.id);
  if (theme) out.theme = theme;
  return out;
}

export type NormalizeResult = { ok: true; feed: Feed } | { ok: false; error: FeedError };

const fail = (kind: FeedErrorKind, url: string, what: string): NormalizeResult => ({
  ok: false,
  error: feedError(kind, url, what),
});

/**
 * Normalize a parsed JSON document fetched from `url` (absolute: relative links resolve
 * against it). Never throws: a document that is not an object or has no `items` array
 * is an `invalid` error.
 */
export function normalizeFeed(raw: unknown, url: string): NormalizeResult {
  try {
    if (!isObject(raw)) return fail('invalid', url, 'is not a JSON object.');
    const rawItems = own(raw, 'items');
    if (!Array.isArray(rawItems)) {
      return fail('invalid', url, 'has no "items" array (JSON Feed 1.1).');
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
    copy(feed, raw, url, FEED_FIELDS);
    return { ok: true, feed };
  } catch {
    // Parsed JSON cannot get here; a JS object on the `feed` property can (a getter or a
    // proxy that throws). Its error is not read: it may itself be hostile.
    return fail('invalid', url, 'has a value that cannot be read.');
  }
}

/** Parse (guarded) and normalize a feed's text: `not-json` when it does not parse. */
export function parseFeed(body: string, url: string): NormalizeResult {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const s = body.trim();
    const hint = s[0] === '<' ? ' (it looks like HTML)' : s ? '' : ' (empty body)';
    return fail('not-json', url, `is not valid JSON${hint}.`);
  }
  return normalizeFeed(json, url);
}
