/**
 * JSON Feed 1.1 (+ `_benelux`) → `Feed`. Hand-written rather than a schema library:
 * the rules are field-by-field repairs (drop a wrong field, keep the item), which a
 * validator would express as much code again, and this stays about 1.5 KB gzip with
 * no `new Function` (strict CSP / Trusted Types safe).
 *
 * Fast on purpose: a feed is normalized whole, on the main thread, before the first
 * render, however few of its items are shown. Every item costs a few regular expression
 * tests, no `new URL` for a URL already in its canonical form (see safeUrl), one `Date` per
 * date.
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

/**
 * Own property only: `__proto__`, `constructor` and inherited names read as absent. A
 * value that is not an object (`null`, a number, a string) has none of the keys read
 * here, and nor has an array parsed from JSON. (No `Object(obj)`: slower on a cold page.)
 */
const own = (obj: unknown, key: string): unknown =>
  obj != null && Object.hasOwn(obj, key) ? (obj as Json)[key] : undefined;

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  let s = value.trim();
  if (s.length > max) {
    // Never cut a surrogate pair in half.
    s = s.slice(0, s.codePointAt(max - 1)! > 0xffff ? max - 1 : max).trimEnd();
  }
  return s || undefined;
}

// RFC 3339 date-time (JSON Feed's date format), as upper case with a "T": every field in
// range but the day of the month (up to 31).
const RFC3339 =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3])(?::[0-5]\d){2}(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function date(value: unknown): Date | undefined {
  // In the ES date format, which every engine reads alike (years 0-99 too): "T", "Z",
  // three digits of fraction (cut, not rounded).
  const s =
    typeof value === 'string' &&
    value
      .trim()
      .toUpperCase()
      .replace(' ', 'T')
      .replace(/\.\d+/, (f) => (f + '00').slice(0, 4));
  if (!s || !RFC3339.test(s)) return undefined;
  // A day past the end of its month (Feb 30) reads as NaN or as another day: refused.
  const day = +s.slice(8, 10);
  return day > 28 && new Date(s.slice(0, 10)).getUTCDate() !== day ? undefined : new Date(s);
}

/** An id (or list entry): a string, or a finite number as a string. */
function id(value: unknown, max: number = TEXT_LIMITS.id): string | undefined {
  return Number.isFinite(value) ? String(value) : text(value, max);
}

// A BCP 47 language tag, loosely: it ends up in `lang` attributes and Intl calls.
const LANGUAGE = /^[a-z]{2,8}(?:-[a-z\d]{1,8}){0,7}$/i;

function language(value: unknown): string | undefined {
  const s = text(value, 64);
  return s && LANGUAGE.test(s) ? s : undefined;
}

/** Up to `LIST_LIMIT` distinct ids from an array, but `except`. */
function stringList(value: unknown, max: number, except?: string): string[] {
  const out: string[] = [];
  if (Array.isArray(value)) {
    for (const entry of value) {
      const s = id(entry, max);
      if (s && s !== except && !out.includes(s) && out.push(s) === LIST_LIMIT) break;
    }
  }
  return out;
}

type Reader = (value: unknown, base: string) => string | Date | undefined;

/**
 * A copier for each name: `json_key` → `camelName`, only for values present (no key
 * holds undefined). URLs (`…url`, `image`) resolved and kept when http(s), dates, a
 * language tag, else text cut at its `TEXT_LIMITS`.
 */
function fields(names: string): ((out: object, raw: unknown, base: string) => void)[] {
  return names.split(' ').map((key) => {
    const name = key.replace(/_(.)/g, (_, c: string) => c.toUpperCase());
    const read: Reader = /url$|^image$/.test(key)
      ? safeUrl
      : key.startsWith('date')
        ? date
        : key === 'language'
          ? language
          : (v) => text(v, TEXT_LIMITS[name as keyof typeof TEXT_LIMITS]);
    return (out, raw, base) => {
      const v = read(own(raw, key), base);
      if (v) (out as Json)[name] = v;
    };
  });
}

const ITEM_FIELDS = fields(
  'url external_url title summary content_text content_html image date_published date_modified language',
);
const FEED_FIELDS = fields('version title home_page_url feed_url language next_url');

function item(raw: unknown, base: string): FeedItem | undefined {
  const itemId = id(own(raw, 'id'));
  if (itemId === undefined) return undefined;
  const benelux = own(raw, '_benelux');
  const out: FeedItem = {
    id: itemId,
    tags: stringList(own(raw, 'tags'), TEXT_LIMITS.tag),
    // An item is never related to itself.
    related: stringList(own(benelux, 'related'), TEXT_LIMITS.id, itemId),
    kind: own(benelux, 'kind') === 'theme' ? 'theme' : 'news',
  };
  for (const copy of ITEM_FIELDS) copy(out, raw, base);
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
    for (const copy of FEED_FIELDS) copy(feed, raw, url);
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
