import { css } from 'lit';
import { preJoinStyles } from './pre-join.js';

/** Styles of the views that only exist after Start; they arrive with those views (`views/later.ts`). */
export const laterStyles = css`
  ${preJoinStyles}

  button.icon {
    min-height: 2.25rem;
    width: 2.25rem;
    padding: 0;
    background: transparent;
    color: inherit;
  }

  form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    width: min(100%, 22rem);
    text-align: start;
  }

  form .actions {
    justify-content: start;
    margin-top: 0.5rem;
  }

  label {
    font-weight: 600;
  }

  input {
    width: 100%;
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 0.875rem;
    border: 1.5px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.625);
    background: var(--_surface);
    color: var(--_text);
  }

  input[aria-invalid="true"] {
    border-color: var(--_danger);
  }

  [part="password-error"] {
    display: flex;
    gap: 0.375rem;
    font-weight: 600;
  }

  [part="password-error"] svg {
    color: var(--_danger);
  }

  .progress {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    font-weight: 600;
    text-align: start;
  }

  .spinner {
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    border: 3px solid color-mix(in oklab, var(--_text) 14%, var(--_surface));
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }

  [part="captcha"] {
    max-width: 100%;
  }

  .notice {
    position: absolute;
    inset: 0.5rem 0.5rem auto;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    width: fit-content;
    max-width: min(32rem, calc(100% - 1rem));
    margin-inline: auto;
    padding-block: 0.375rem;
    padding-inline: 0.75rem 0.375rem;
    border-radius: calc(var(--_radius) * 0.625);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875rem;
    box-shadow: var(--_shadow);
  }

  .notice > svg {
    color: var(--_danger);
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
`;
