import type { TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';

const TAGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/**
 * A real `<h2>`–`<h6>` (never a role="heading" div) at the host's chosen level, so the
 * widget fits the outline of the page around it. Out-of-range levels use `fallback`.
 * `part` names it for `::part()` (default `title`).
 */
export function heading(
  level: number,
  fallback: number,
  content: unknown,
  part = 'title',
): TemplateResult {
  const tag = TAGS[Number.isInteger(level) && level >= 2 && level <= 6 ? level : fallback];
  // The tag comes from the fixed table above, never from data.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part}>${content}</${tag}>`;
}
