import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  [part='card'] {
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  [part='title'] {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }
  [part='summary'] {
    margin: 0;
    font-weight: 600;
    line-height: 1.5;
  }
  [part='body'] {
    line-height: 1.5;
  }
  [part='link'] {
    color: var(--_accent);
  }
  [part='status'] {
    color: var(--_muted);
  }
`;
