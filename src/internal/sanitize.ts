/**
 * The only way feed HTML (`content_html`) reaches the page. One allowlist, two engines:
 * the browser's Sanitizer API (`Element.setHTML`, Chromium 146+, Firefox 148+) where it
 * exists, else DOMPurify, loaded lazily so pages whose feeds have no `content_html` never
 * download it. Both engines' output then goes through the same `clean()` pass, which
 * enforces the allowlist again, so the two give the same DOM.
 */
import { safeUrl } from './url.js';

/** Elements kept (h1 too: every heading is re-levelled under the widget's title). */
const KEEP = new Set('p br ul ol li a strong em b i blockquote h1 h2 h3 h4 h5 h6'.split(' '));

/** Harmless wrappers replaced by their children, so their text survives. */
const UNWRAP = new Set(
  (
    'div span section article header footer aside figure figcaption ' +
    'u small sub sup mark abbr cite q code time'
  ).split(' '),
);

const ALLOWED = [...KEEP, ...UNWRAP];
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Under Trusted Types (`require-trusted-types-for 'script'`), DOMPurify parses through
 * this policy; a host CSP lists it: `trusted-types lit-html benelux-dompurify;`
 * (add `'allow-duplicates'` when two copies of the library share a page). Its identity
 * `createHTML` only ever feeds DOMPurify's own parser and stays private to this module.
 * The Sanitizer API path needs no policy: `setHTML` is not a Trusted Types sink.
 */
export const TRUSTED_TYPES_POLICY = 'benelux-dompurify';

export type SanitizerEngine = 'auto' | 'native' | 'dompurify';

/**
 * Most start tags parsed; the rest of the HTML is cut. Past a few thousand nested elements
 * the HTML parser's cost grows quadratically (Chromium 156: 10,000 nested elements take
 * about 3 s on the main thread, with either engine), so without a bound one hostile
 * `content_html` could freeze the host page. Real articles stay far below it.
 */
export const MAX_TAGS = 2_000;

function bounded(html: string): string {
  const starts = /<[a-z]/gi;
  for (let n = 0; starts.exec(html); n++) {
    if (n === MAX_TAGS) return html.slice(0, starts.lastIndex - 2);
  }
  return html;
}

export interface SanitizeOptions {
  /** URL that relative links resolve against (the feed's URL). */
  baseUrl: string;
  /** Level of the heading the content sits under; content headings start one below (max 6). */
  headingLevel?: number;
  /** `auto` (default): the Sanitizer API when present, else DOMPurify. Others force one. */
  engine?: SanitizerEngine;
}

/** Whether this browser has the Sanitizer API's `Element.setHTML`. */
export const hasNativeSanitizer = (): boolean =>
  typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function';

type TTPolicy = { createHTML(s: string): unknown; createScriptURL(s: string): unknown };
type TTFactory = { createPolicy(name: string, rules: object): TTPolicy };
let policy: TTPolicy | null | undefined;

function trustedTypesPolicy(): TTPolicy | undefined {
  const factory = (globalThis as { trustedTypes?: TTFactory }).trustedTypes;
  if (!factory) return undefined;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        createHTML: (s: string) => s,
        createScriptURL: (s: string) => s,
      });
    } catch {
      policy = null;
    }
  }
  if (!policy) {
    throw new Error(
      `Trusted Types policy "${TRUSTED_TYPES_POLICY}" could not be created: add it to the page's trusted-types directive.`,
    );
  }
  return policy;
}

function nativeParse(html: string): DocumentFragment {
  const box = document.createElement('div');
  (box as unknown as { setHTML(h: string, o: object): void }).setHTML(html, {
    sanitizer: {
      elements: ALLOWED,
      attributes: ['href'],
      comments: false,
      dataAttributes: false,
    },
  });
  const fragment = document.createDocumentFragment();
  fragment.append(...box.childNodes);
  return fragment;
}

async function purifyParse(html: string): Promise<DocumentFragment> {
  const { default: DOMPurify } = await import('dompurify');
  const fragment = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: [...ALLOWED, '#text'],
    ALLOWED_ATTR: ['href'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: false,
    // Parse as body content, as setHTML does (else a leading <noscript> or <style> lands in <head>).
    FORCE_BODY: true,
    RETURN_DOM_FRAGMENT: true,
    TRUSTED_TYPES_POLICY: trustedTypesPolicy() as never,
  });
  // DOMPurify returns null when the document has no <body> to take content from (a
  // leading <frameset> replaces it): nothing of it is kept.
  return fragment ? document.importNode(fragment, true) : document.createDocumentFragment();
}

function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes);
}

/** The shared pass: the allowlist again, safe absolute links, re-levelled headings. */
function clean(root: DocumentFragment, { baseUrl, headingLevel = 2 }: SanitizeOptions): void {
  const comments = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const dead: Node[] = [];
  while (comments.nextNode()) dead.push(comments.currentNode);
  for (const node of dead) node.parentNode?.removeChild(node);

  const headings: Element[] = [];
  for (const el of [...root.querySelectorAll('*')]) {
    const name = el.localName;
    if (el.namespaceURI !== HTML_NS || !(KEEP.has(name) || UNWRAP.has(name))) {
      el.remove();
      continue;
    }
    const href = name === 'a' ? safeUrl(el.getAttribute('href'), baseUrl) : undefined;
    for (const attr of [...el.attributes]) el.removeAttribute(attr.name);
    if (UNWRAP.has(name) || (name === 'a' && !href)) {
      unwrap(el);
    } else if (href) {
      el.setAttribute('href', href);
      el.setAttribute('rel', 'noopener noreferrer');
    } else if (/^h[1-6]$/.test(name)) {
      headings.push(el);
    }
  }

  const top = Math.min(...headings.map((h) => Number(h.localName[1])));
  const shift = Math.min(Math.max(headingLevel, 1), 5) + 1 - top;
  for (const h of headings) {
    const level = Math.min(Number(h.localName[1]) + shift, 6);
    if (level === Number(h.localName[1])) continue;
    const next = document.createElement(`h${level}`);
    next.append(...h.childNodes);
    h.replaceWith(next);
  }
}

/**
 * Sanitize `html` into a fragment of the allowlisted elements: p, br, ul, ol, li,
 * a (http/https `href` only, absolute, `rel="noopener noreferrer"`), strong, em, b, i,
 * blockquote and headings (re-levelled below `headingLevel`). Everything else is
 * dropped with its content (script, style, iframe, svg, math, forms, media…), except
 * harmless wrappers such as div and span, whose text is kept. No attribute but `href`.
 */
export async function sanitizeHtml(
  html: string,
  options: SanitizeOptions,
): Promise<DocumentFragment> {
  const engine = options.engine ?? 'auto';
  html = bounded(html);
  let fragment: DocumentFragment | undefined;
  if (engine === 'native' || (engine === 'auto' && hasNativeSanitizer())) {
    try {
      fragment = nativeParse(html);
    } catch (e) {
      // An older Sanitizer API that rejects this configuration: use DOMPurify instead.
      if (engine === 'native') throw e;
    }
  }
  fragment ??= await purifyParse(html);
  clean(fragment, options);
  return fragment;
}
