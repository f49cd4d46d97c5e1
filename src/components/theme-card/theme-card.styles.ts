import { css } from 'lit';

export const styles = css`
  .card {
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  ::slotted(img[slot='image']) {
    width: 100%;
    aspect-ratio: var(--_ratio);
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  [part='title'] {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }
  [part='summary'] {
    font-weight: 600;
  }
  [part='summary'] > p,
  [part='summary'] ::slotted(*) {
    margin: 0;
  }
  /* Feed paragraphs and slotted ones get the same spacing. */
  [part='body'] > *,
  [part='body'] ::slotted(*) {
    margin: 0 0 0.75em;
  }
  [part='body'] > :last-child,
  [part='body'] ::slotted(:last-child) {
    margin-bottom: 0;
  }
  [part='body'] > :is(h3, h4, h5, h6) {
    font-size: 1.0625em;
    margin: 1em 0 0.25em;
  }
  [part='link'] {
    color: var(--_accent);
    place-self: start;
  }
  [part='news'] {
    border-top: 1px solid var(--_border);
    padding-top: 0.75em;
  }
  [part='news-heading'] {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  /* The skeleton reserves the collapsed card's height: a two-line title, a three-line
     intro, the body's lines, its "Read more" and the theme link. */
  .title {
    height: 3.4em;
    width: 70%;
  }
  .summary {
    height: 4.5em;
  }
  .body {
    height: calc(var(--_lines) * 1.5em + 1.75em);
  }
  .link {
    height: 1.5em;
    width: 12em;
  }
`;
