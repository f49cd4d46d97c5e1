import { css } from 'lit';

/*
 * Every card has one height, computed from clamped line counts (title, meta, summary,
 * read-more), so the skeleton reserves exactly what the items take: no layout shift.
 * The `em` lengths below resolve on the card, where they are used.
 */
export const styles = css`
  :host {
    --_gap: 0.5em;
    --_pad: var(--_space);
    --_pad-inline: var(--_space);
    --_border-w: 1px;
  }
  :host([layout='compact']) {
    --_pad: 0.625em;
    --_pad-inline: 0;
  }
  [part='meta'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='heading'] {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  [part='list'] > li {
    container-type: inline-size;
    min-width: 0;
  }
  :host([layout='grid']) [part='list'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  :host([layout='compact']) [part='list'] {
    gap: 0;
  }
  .card {
    /* Lines each part may take; narrow cards give the title more. */
    --_title-lines: 4;
    --_summary-lines: 3;
    /* Title 1.125em × line-height 1.3; meta 0.875em × 1.5; summary and link 1.5em. */
    --_summary-h: calc(var(--_summary-lines) * 1.5em + var(--_gap));
    --_more-h: calc(1.5em + var(--_gap));
    box-sizing: border-box;
    height: 100%;
    min-height: calc(
      2 * var(--_pad) + 2 * var(--_border-w) + var(--_title-lines) * 1.4625em + 1.3125em +
        var(--_gap) + var(--_summary-h) + var(--_more-h)
    );
    padding: var(--_pad) var(--_pad-inline);
    background: var(--_surface);
    border: var(--_border-w) solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    /* Cards have a fixed height (above), so those off screen can skip rendering: a page
       with ten widgets lays out only the cards in view. */
    content-visibility: auto;
  }
  :host([hide-summary]) .card {
    --_summary-h: 0px;
  }
  :host([layout='compact']) .card {
    --_summary-h: 0px;
    --_more-h: 0px;
    border-width: 0 0 var(--_border-w);
    border-radius: 0;
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
  :host([layout='compact']) [part~='item'] {
    background: none;
  }
  .card [part='title'],
  [part='summary'] {
    margin: 0;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .card [part='title'] {
    font-size: 1.125em;
    line-height: 1.3;
    -webkit-line-clamp: var(--_title-lines);
  }
  [part='link'],
  [part='read-more'] {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  [part='link'] {
    text-decoration: none;
  }
  [part='link']:hover,
  [part='link']:focus-visible {
    text-decoration: underline;
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
    line-height: 1.5;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part='date'] + [part='views']::before {
    content: '·' / '';
    margin-inline-end: 0.4em;
  }
  [part='summary'] {
    line-height: 1.5;
    -webkit-line-clamp: var(--_summary-lines);
  }
  [part='read-more'] {
    margin-top: auto;
    align-self: flex-start;
  }
  /* A wide list card puts its image beside the text, within the card's fixed height. */
  @container (min-width: 36rem) {
    :host([layout='list']) .card:has(> [part='image']) {
      display: grid;
      grid-template-columns: min(12rem, 30%) 1fr;
      grid-template-rows: auto auto auto 1fr;
      column-gap: var(--_space);
      row-gap: var(--_gap);
    }
    :host([layout='list']) [part='image'] {
      grid-row: 1 / -1;
    }
    :host([layout='list']) .card:has(> [part='image']) > :not([part='image']) {
      grid-column: 2;
    }
    :host([layout='list']) .card:has(> [part='image']) > [part='read-more'] {
      align-self: end;
      justify-self: start;
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
