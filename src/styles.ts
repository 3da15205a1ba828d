import { css } from 'lit';

/*
 * Public custom properties (--tavus-*) feed private ones (--_*), so a page
 * sets only what it wants and the colour-scheme defaults fill the rest.
 */
export const styles = css`
  :host {
    --_accent: var(--tavus-accent, #4338ca);
    --_on-accent: var(--tavus-on-accent, #ffffff);
    --_surface: var(--tavus-surface, #ffffff);
    --_text: var(--tavus-text, #1c1b22);
    --_muted: var(--tavus-muted, #55536a);
    --_danger: var(--tavus-danger, #b3261e);
    --_radius: var(--tavus-radius, 12px);
    --_font: var(--tavus-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);

    display: block;
    position: relative;
    box-sizing: border-box;
    width: 100%;
    /* Fills a sized container; with no height to fill, the 16:9 ratio decides. */
    height: 100%;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.4;
    color-scheme: light dark;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--tavus-accent, #a5b4fc);
      --_on-accent: var(--tavus-on-accent, #14122b);
      --_surface: var(--tavus-surface, #17161d);
      --_text: var(--tavus-text, #f2f1f7);
      --_muted: var(--tavus-muted, #b9b7c8);
      --_danger: var(--tavus-danger, #ffb4ab);
    }
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .surface {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.75rem;
    padding: 1.5rem;
    text-align: center;
  }

  [part='call'] {
    position: absolute;
    inset: 0;
  }

  [part='status'] {
    position: absolute;
    inset: auto 1rem 1rem;
    margin: 0 auto;
    text-align: center;
    color: var(--_muted);
  }

  p {
    margin: 0;
    max-width: 36em;
  }

  [part='title'] {
    font-size: 1.25em;
    font-weight: 700;
  }

  .detail {
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.625rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }

  button.secondary {
    background: transparent;
    color: var(--_text);
    border-color: var(--_muted);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }

  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  form {
    display: grid;
    gap: 0.5rem;
    width: min(100%, 20rem);
    text-align: start;
  }

  label {
    font-weight: 600;
  }

  input {
    font: inherit;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
  }

  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .actions {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
  }

  [part='password-error'],
  [part='error-message'] {
    color: var(--_danger);
    font-weight: 600;
  }

  [part='error'] {
    display: grid;
    justify-items: center;
    gap: 0.75rem;
  }

  .notice {
    position: absolute;
    inset: 0.75rem 0.75rem auto;
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_danger);
    font-weight: 600;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }

  .spinner {
    width: 2rem;
    height: 2rem;
    border: 3px solid var(--_muted);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
