import { html, type TemplateResult } from 'lit';

/**
 * A real `<h2>`–`<h6>` (never a role="heading" div) at the host's chosen level, so the
 * widget fits the outline of the page around it. Out-of-range levels use `fallback`.
 * `part` names it for `::part()` (default `title`).
 *
 * One plain template per level rather than `lit/static-html.js`: static templates join
 * their strings and look them up on every call (once per rendered item) and add ~0.7 KB.
 */
export function heading(
  level: number,
  fallback: number,
  content: unknown,
  part = 'title',
): TemplateResult {
  switch (Number.isInteger(level) && level >= 2 && level <= 6 ? level : fallback) {
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part}>${content}</h6>`;
    default:
      return html`<h3 part=${part}>${content}</h3>`;
  }
}
