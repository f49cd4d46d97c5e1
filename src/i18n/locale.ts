/**
 * Locale resolution per element: its own `lang`, else the nearest ancestor with `lang`
 * (crossing shadow roots), else `<html lang>`, else `en`.
 *
 * One MutationObserver for the whole page watches `lang` attributes — on the document
 * and on every shadow root a widget sits in — and tells only the widgets below a
 * changed node to re-resolve.
 */
import { supportedLanguages } from './localize.js';

export interface ResolvedLocale {
  /** The language whose strings are used: `fr`, `nl`, `de` or `en`. */
  language: string;
  /** The full tag given to `Intl` (`fr-BE`, `de-LU`, …). */
  tag: string;
}

const FALLBACK: ResolvedLocale = { language: 'en', tag: 'en' };

function parentOf(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return node instanceof ShadowRoot ? node.host : null;
}

/** The nearest `lang` value at or above `el`, crossing shadow roots. */
export function findLang(el: Element): string {
  for (let node: Node | null = el; node; node = parentOf(node)) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const value = node.getAttribute('lang')!.trim();
      if (value) return value;
    }
  }
  return '';
}

export function resolveLocale(langTag: string): ResolvedLocale {
  if (!langTag) return FALLBACK;
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(langTag)[0];
  } catch {
    return FALLBACK;
  }
  const language = tag.split('-')[0].toLowerCase();
  return supportedLanguages.includes(language) ? { language, tag } : FALLBACK;
}

export interface LangListener extends Element {
  langChanged(): void;
}

const listeners = new Set<LangListener>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function onMutations(records: MutationRecord[]): void {
  const changed = new Set<Node>();
  for (const r of records) changed.add(r.target);
  for (const el of listeners) {
    for (let node: Node | null = el; node; node = parentOf(node)) {
      if (changed.has(node)) {
        el.langChanged();
        break;
      }
    }
  }
}

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(onMutations);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Start telling `el` about `lang` changes above it. */
export function watchLang(el: LangListener): void {
  listeners.add(el);
  observe(el.ownerDocument);
  for (let node: Node | null = el; node; node = parentOf(node)) {
    if (node instanceof ShadowRoot) observe(node);
  }
}

export function unwatchLang(el: LangListener): void {
  listeners.delete(el);
}
