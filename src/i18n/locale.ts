/**
 * Locale resolution per element: its own `lang`, else the nearest ancestor with `lang`
 * (crossing shadow roots), else `<html lang>`, else `en`. Regional tags keep their
 * region for `Intl` (`nl-BE`) and use their language's strings (`nl`).
 *
 * One MutationObserver for the whole page watches `lang` attributes — on the document
 * and on every shadow root a widget sits in — and has every widget re-resolve; only
 * those whose locale changed re-render.
 */
import { supportedLanguages } from './localize.js';

export interface ResolvedLocale {
  /** The language: `fr`, `nl`, `de` or `en` (what `{lang}` in a feed URL becomes). */
  language: string;
  /** The full tag given to `Intl` (`fr-BE`, `de-LU`, …). */
  tag: string;
  /**
   * The catalog of strings: the language's, or a regional one (`nl-BE`) when
   * lit-localize.json lists it.
   */
  catalog: string;
}

/** English: where no `lang` (or none with strings) is found. */
export const FALLBACK: ResolvedLocale = { language: 'en', tag: 'en', catalog: 'en' };

/** The parent node, or a shadow root's host (a document has neither). */
function parentOf(node: Node): Node | null {
  return node.parentNode ?? (node as ShadowRoot).host;
}

/**
 * The locale of `tag` (`fr-BE`, `nl_nl`, …) when there are strings for it, else
 * `undefined`. The tag is canonicalized for `Intl` (`_` is read as `-`); its strings are
 * the most specific catalog: `nl-BE` if there is one, else `nl`.
 */
export function supportedLocale(langTag: string): ResolvedLocale | undefined {
  try {
    const tag = Intl.getCanonicalLocales(langTag.trim().replaceAll('_', '-'))[0];
    // Drop subtags from the end until a catalog matches (`de-latn-ch`, `de-latn`, `de`).
    for (let prefix = tag.toLowerCase(); prefix; prefix = prefix.replace(/-?[^-]*$/, '')) {
      const catalog = supportedLanguages.find((l) => l.toLowerCase() === prefix);
      if (catalog) return { language: prefix.split('-')[0], tag, catalog };
    }
  } catch {
    // Not a language tag.
  }
  return undefined;
}

/** The locale of `tag`, or `en` when its language has no strings. */
export function resolveLocale(langTag: string): ResolvedLocale {
  return supportedLocale(langTag) ?? FALLBACK;
}

/**
 * The locale of `el`: the nearest non-empty `lang` at or above it, crossing shadow roots.
 * A language without strings (say `lb` inside a `fr-LU` page) gives way to the next
 * `lang` further up, so a reader gets the language that part of the page is written
 * around rather than English; nothing supported up to the root gives `en`.
 */
export function localeOf(el: Element): ResolvedLocale {
  for (let node: Node | null = el; node; node = parentOf(node)) {
    // Documents and shadow roots have no `lang`.
    const lang = (node as Element).getAttribute?.('lang');
    const locale = lang?.trim() && supportedLocale(lang);
    if (locale) return locale;
  }
  return FALLBACK;
}

export interface LangListener extends Element {
  langChanged(): void;
}

const listeners = new Set<LangListener>();
const observedRoots = new WeakSet<Node>();
// Any `lang` change has every widget re-resolve: each re-renders only when its own
// locale changed (lang changes are rare; the walk up is short). Created on first use, so
// importing the module needs no DOM.
let observer: MutationObserver | undefined;

/** Start telling `el` about `lang` changes above it. */
export function watchLang(el: LangListener): void {
  listeners.add(el);
  for (let node: Node | null = el; node; node = parentOf(node)) {
    // The document and every shadow root on the way up.
    if (!node.parentNode && !observedRoots.has(node)) {
      observedRoots.add(node);
      observer ??= new MutationObserver(() => listeners.forEach((el) => el.langChanged()));
      observer.observe(node, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }
}

export function unwatchLang(el: LangListener): void {
  listeners.delete(el);
}
