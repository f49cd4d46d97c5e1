import { css } from 'lit';

/*
 * Every card has one height, computed from clamped line counts (title, meta, summary,
 * read-more), so the skeleton reserves exactly what the items take: no layout shift.
 * The `em` lengths below resolve on the card, where they are used.
 */
export const styles = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  li {
    container-type: inline-size;
    min-width: 0;
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
    /* Lines the title and the summary may take; narrow cards give the title more. */
    --_title-lines: 4;
    --_summary-lines: 3;
    /* Below the title: summary and read-more lines, and their gaps. */
    --_below: calc(var(--_summary-lines) * 1.5em + 2.5em);
    --_pad: var(--_space);
    /* Padding, 1px borders, title (1.125em × line-height 1.3), gap, meta (0.875em × 1.5). */
    min-height: calc(
      2 * var(--_pad) + 2px + var(--_title-lines) * 1.4625em + 1.8125em + var(--_below)
    );
    box-sizing: border-box;
    height: 100%;
    padding: var(--_pad);
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
    --_below: 2em;
  }
  :host([layout='compact']) .card {
    --_below: 0px;
    --_pad: 0.625em;
    padding-inline: 0;
    border-width: 0 0 1px;
    border-radius: 0;
  }
  :host([layout='compact']) article {
    background: none;
  }
  @container (min-width: 24rem) {
    .card {
      --_title-lines: 3;
    }
  }
  @container (min-width: 40rem) {
    .card {
      --_title-lines: 2;
      --_summary-lines: 2;
    }
  }
  [part='title'],
  [part='summary'] {
    margin: 0;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
    -webkit-line-clamp: var(--_summary-lines);
  }
  [part='title'] {
    font-size: 1.125em;
    line-height: 1.3;
    -webkit-line-clamp: var(--_title-lines);
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
  [part='date'] + [part='views']::before {
    content: '·' / '';
    margin-inline-end: 0.4em;
  }
  [part='read-more'] {
    margin-top: auto;
    align-self: flex-start;
    justify-self: start;
  }
  /* A wide list card puts its image beside the text, within the card's fixed height. */
  [part='image'] {
    grid-row: 1 / -1;
  }
  @container (min-width: 36rem) {
    :host([layout='list']) .card:has(img) {
      display: grid;
      grid-template-columns: min(12rem, 30%) 1fr;
      grid-template-rows: auto auto auto 1fr;
      column-gap: var(--_space);
    }
  }
  .bar.title,
  .bar.meta {
    margin-bottom: 0.25em;
  }
  .bar.title {
    height: 1.25em;
    width: 75%;
  }
  .bar.meta {
    width: 35%;
  }
  .bar.short {
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
