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

/** A `str` template's text: its strings with `values` in between. */
const join = (strings: readonly string[], values: readonly unknown[]) =>
  strings.reduce((out, s, i) => out + values[i - 1] + s);

export function translate(language: string, template: Template, options: MsgOptions): string {
  const localized = (catalogs[language] as Record<string, Localized> | undefined)?.[options.id];
  return typeof localized === 'string'
    ? localized
    : typeof template === 'string'
      ? template
      : localized
        ? // Localized `str` templates hold the index of each source value, since a
          // translation may reorder them.
          join(
            localized.strings,
            localized.values.map((i) => template.values[i]),
          )
        : join(template.strings, template.values);
}

/** The message function for one language. */
export const msgFor =
  (language: string): Msg =>
  (template, options) =>
    translate(language, template, options);
