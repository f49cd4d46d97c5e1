import { css } from 'lit';

/**
 * Design tokens. Each private `--_x` property reads the public `--benelux-*` token a host
 * sets, then falls back to a literal. `light-dark()` follows the `color-scheme` the host
 * page uses (`color-scheme: light dark` there = follow the reader's preference).
 */
export const tokens = css`
  :host {
    --_text: var(--benelux-color-text, light-dark(#1d2329, #e7eaee));
    --_muted: var(--benelux-color-muted, light-dark(#535d68, #aab4be));
    --_accent: var(--benelux-color-accent, light-dark(#0b4f8a, #8cc4ff));
    --_surface: var(--benelux-color-surface, light-dark(#fff, #1a1f24));
    --_border: var(--benelux-color-border, light-dark(#d5dbe1, #3a434c));
    --_focus: var(--benelux-color-focus, light-dark(#b34700, #ffb37a));
    --_radius: var(--benelux-radius, 0.5rem);
    --_space: var(--benelux-spacing, 1rem);
    --_ratio: var(--benelux-image-ratio, 16 / 9);
    font-family: var(--benelux-font-family, inherit);
    font-size: var(--benelux-font-size, 1rem);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* On spans only, which have no padding or border. */
  /* Retry, Load more: one look for every widget's buttons (read-more's is a text link). */
  button {
    font: inherit;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid;
    border-radius: var(--_radius);
    padding: 0.375em 0.875em;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_accent: LinkText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_focus: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
