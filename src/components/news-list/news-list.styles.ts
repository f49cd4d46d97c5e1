import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_item-min-height: 9.5rem;
  }
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  :host([layout='grid']) [part='list'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  :host([layout='compact']) [part='list'] {
    gap: calc(var(--_space) / 2);
  }
  [part~='item'] {
    box-sizing: border-box;
    min-height: var(--_item-min-height);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  :host([layout='compact']) [part~='item'] {
    min-height: auto;
    padding: 0.5rem 0;
    border-width: 0 0 1px;
    border-radius: 0;
    background: none;
  }
  [part='title'] {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  [part='link'],
  [part='read-more'] {
    color: var(--_accent);
  }
  [part='meta'] {
    color: var(--_muted);
    font-size: 0.875em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  [part='summary'] {
    margin: 0;
    line-height: 1.5;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  [part='image'] {
    width: 100%;
    aspect-ratio: var(--_ratio);
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_border);
  }
  [part='read-more'] {
    margin-top: auto;
    align-self: flex-start;
  }
  .skeleton {
    background: linear-gradient(90deg, var(--_border), var(--_surface), var(--_border));
    background-size: 200% 100%;
    animation: shimmer 1.5s linear infinite;
    opacity: 0.5;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  [part='status'] {
    color: var(--_muted);
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.375rem 0.875rem;
    cursor: pointer;
  }
`;
