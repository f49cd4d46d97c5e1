import { css } from 'lit';

/**
 * What the feed-driven widgets (news list, theme card) share on top of the tokens: the
 * status messages, the Retry button, the image look and the loading skeleton's bars.
 */
export const feedStyles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  [part='status'] p {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  button:hover {
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  [part='retry'] {
    margin-bottom: var(--_space);
  }
  [part='image'] {
    width: 100%;
    aspect-ratio: var(--_ratio);
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_border);
  }
  .bar {
    height: 0.875em;
    border-radius: 0.25em;
    background: linear-gradient(90deg, var(--_border) 30%, var(--_surface) 50%, var(--_border) 70%)
      0 0 / 300% 100%;
    animation: shimmer 1.6s linear infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: 0 0;
    }
  }
  @media (forced-colors: active) {
    .bar {
      background: GrayText;
    }
  }
`;
