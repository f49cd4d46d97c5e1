import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_lines: 3;
  }
  .content {
    line-height: 1.5;
  }
  :host(:not([expanded])) .content.clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    overflow: hidden;
  }
  [part='button'] {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    margin-top: 0.25rem;
    text-decoration: underline;
    cursor: pointer;
  }
  @media print {
    :host(:not([expanded])) .content.clamped {
      display: block;
      -webkit-line-clamp: none;
      overflow: visible;
    }
    [part='button'] {
      display: none;
    }
  }
`;
