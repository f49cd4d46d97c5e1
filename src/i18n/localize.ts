/**
 * Per-element translation on top of the `@lit/localize` XLIFF pipeline.
 *
 * `@lit/localize` keeps one locale per page and may be configured once per copy, and
 * a host application may already have configured it. So the widgets never call
 * `configureLocalization`: they use the catalogs that `lit-localize build` generates
 * (runtime mode) and look messages up for each element's own language. `msg` and `str`
 * keep the shape `lit-localize extract` recognizes, so the XLIFF workflow is unchanged.
 */
import { str } from '@lit/localize';
import { catalogs, sourceLocale } from '../generated/locales/index.js';

export { str };

/** What `str` returns: a template with its values, as `@lit/localize` defines it. */
interface StrResult {
  strTag: true;
  strings: readonly string[];
  values: readonly unknown[];
}
type Template = string | StrResult;
type Localized = string | { strTag: true; strings: readonly string[]; values: readonly number[] };

export interface MsgOptions {
  /** Stable message id: the XLIFF `trans-unit` id. */
  id: string;
  /** A note for translators. */
  desc?: string;
}

/**
 * A message function bound to one language. The brand property is how
 * `lit-localize extract` recognizes calls to it.
 */
export type Msg = ((template: Template, options: MsgOptions) => string) & {
  _LIT_LOCALIZE_MSG_?: never;
};

/** Languages with a translation catalog, the source language included. */
export const supportedLanguages: readonly string[] = [sourceLocale, ...Object.keys(catalogs)];

function join(strings: readonly string[], values: readonly unknown[]): string {
  let out = strings[0];
  for (let i = 1; i < strings.length; i++) out += String(values[i - 1]) + strings[i];
  return out;
}

export function translate(language: string, template: Template, options: MsgOptions): string {
  const localized = (catalogs[language] as Record<string, Localized> | undefined)?.[options.id];
  if (typeof localized === 'string') return localized;
  if (typeof template === 'string') return template;
  if (localized) {
    // Localized `str` templates hold the index of each source value, since a
    // translation may reorder them.
    return join(
      localized.strings,
      localized.values.map((i) => template.values[i]),
    );
  }
  return join(template.strings, template.values);
}

const bound = new Map<string, Msg>();

/** The message function for one language (cached: one per language per page). */
export function msgFor(language: string): Msg {
  let fn = bound.get(language);
  if (!fn) {
    fn = (template, options) => translate(language, template, options);
    bound.set(language, fn);
  }
  return fn;
}
