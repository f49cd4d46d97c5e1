import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  #content {
    line-height: 1.5;
  }
  #content ::slotted(:first-child) {
    margin-top: 0;
  }
  :host([expanded]) #content {
    animation: reveal 0.2s ease-out;
  }
  /* Without motion for readers who ask for less: tokens' prefers-reduced-motion rule. */
  @keyframes reveal {
    from {
      transform: translateY(-0.25em);
    }
  }
  [part='button'] {
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    display: none;
    margin-top: 0.25rem;
    text-decoration: underline;
  }
  /* Printing shows the whole content, without the button. */
  @media not print {
    :host(:not([expanded])) #content {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      overflow: hidden;
      -webkit-line-clamp: var(--_lines);
    }
    [part='button'] {
      display: inline-block;
    }
  }
`;
