import { css } from 'lit';

/*
 * Every card has one height, computed from clamped line counts (title, meta, summary,
 * read-more), so the skeleton reserves exactly what the items take: no layout shift.
 * The `em` lengths below resolve on the card, where they are used.
 */
export const styles = css`
  ul {
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  /* A grid, so the card fills the height of its row. (Inline-size containment gives it
     no min-content width: it never widens its column.) */
  li {
    container-type: inline-size;
    display: grid;
  }
  :host([layout='grid']) ul {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  :host([layout='compact']) ul {
    gap: 0;
  }
  [part='heading'] {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.25em;
    line-height: 1.3;
  }
  .card {
    /* Lines the title (t) and the summary (s) may take; narrow cards give the title more. */
    --_t: 4;
    --_s: 3;
    /* Below the meta line (b): summary and read-more lines, and their gaps. */
    --_b: calc(var(--_s) * 1.5em + 2.5em);
    /* Title (1.125em × line-height 1.3), gap, meta (0.875em × 1.5); padding and border
       come on top. */
    min-height: calc(var(--_t) * 1.4625em + 1.8125em + var(--_b));
    min-width: 0;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    /* Summary, meta and read-more share one line height, which the heights above count on. */
    line-height: 1.5;
    /* Cards have a fixed height (above), so those off screen can skip rendering: a page
       with ten widgets lays out only the cards in view. */
    content-visibility: auto;
  }
  :host([hide-summary]) .card {
    --_b: 2em;
  }
  :host([layout='compact']) .card {
    /* Nothing below the meta line. Compact cards have one border but keep the height
       of cards with two: 1px more. */
    --_b: 1px;
    padding: 0.625em 0;
    border-width: 0 0 1px;
    border-radius: 0;
  }
  :host([layout='compact']) article {
    background: none;
  }
  @container (min-width: 24rem) {
    .card {
      --_t: 3;
    }
  }
  @container (min-width: 40rem) {
    .card {
      --_t: 2;
      --_s: 2;
    }
  }
  [part='title'],
  [part='summary'] {
    margin: 0;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
    -webkit-line-clamp: var(--_s);
  }
  [part='title'] {
    font-size: 1.125em;
    line-height: 1.3;
    -webkit-line-clamp: var(--_t);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  [part='link']:not(:hover, :focus-visible) {
    text-decoration: none;
  }
  /* The clamped title would clip the link's own focus ring: the card shows it. */
  [part='link']:focus-visible {
    outline: none;
  }
  .card:has([part='link']:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='meta'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  time + span::before {
    content: '·' / '';
    margin-inline-end: 0.4em;
  }
  [part='read-more'] {
    margin-top: auto;
    place-self: start;
  }
  /* A wide list card puts its image beside the text, within the card's fixed height. */
  [part='image'] {
    grid-row: 1 / -1;
  }
  @container (min-width: 36rem) {
    :host([layout='list']) .card:has(img) {
      display: grid;
      grid-template: auto auto auto 1fr / min(12rem, 30%) 1fr;
      column-gap: var(--_space);
    }
  }
  .title,
  .meta {
    margin-bottom: 0.25em;
  }
  .title {
    height: 1.25em;
    width: 75%;
  }
  .meta {
    width: 35%;
  }
  .short {
    width: 55%;
  }
  .placeholder {
    visibility: hidden;
  }
  [part='load-more'] {
    margin-top: var(--_space);
  }
  [part='load-more'][aria-busy='true'] {
    cursor: progress;
  }
`;
