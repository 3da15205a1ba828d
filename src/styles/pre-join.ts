import { css } from 'lit';

/** Styles of the pre-join check and its recovery views; part of the later views' sheet. */
export const preJoinStyles = css`
  .pre-join {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem 1.25rem;
    width: min(100%, 46rem);
    text-align: start;
  }

  .pre-join h2 {
    text-align: center;
  }

  .stage,
  .controls,
  .recovery {
    display: grid;
    gap: 0.625rem;
    align-content: start;
  }

  /* The recovery and its buttons: one column centred under the title, its lines read from the start. */
  .recovery,
  .recovery + .actions {
    justify-self: center;
    width: min(100%, 36rem);
  }

  .preview {
    display: grid;
    place-items: center;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: calc(var(--_radius) * 0.75);
    background: color-mix(in oklab, var(--_text) 8%, var(--_surface));
  }

  .preview video {
    width: 100%;
    height: 100%;
    object-fit: cover;
    /* As in a mirror: what people expect of their own picture. */
    transform: scaleX(-1);
  }

  .preview-note {
    margin: 0;
    padding: 1rem;
    text-align: center;
  }

  .mic-level {
    height: 0.5rem;
    overflow: hidden;
    border-radius: 999px;
    background: color-mix(in oklab, var(--_text) 14%, var(--_surface));
  }

  .mic-level span {
    display: block;
    height: 100%;
    background: var(--_accent);
    transform-origin: left;
    transform: scaleX(var(--level, 0));
  }

  [dir="rtl"] .mic-level span {
    transform-origin: right;
  }

  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .toggle {
    flex: 1 1 auto;
    /* Capped like the other buttons' in narrow boxes, so "Microphone" fits whole at 200 % text in 320 px. */
    padding-inline: min(0.75rem, 12px);
  }

  /* Off says so without colour, even where narrow boxes drop the (struck-through) icon. */
  .toggle[aria-pressed="false"] {
    text-decoration: line-through;
  }

  .toggle[aria-pressed="true"] {
    border-color: var(--_accent);
    background: color-mix(in oklab, var(--_accent) 14%, var(--_surface));
  }

  .picker {
    display: grid;
    gap: 0.25rem;
  }

  select {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    border: 1.5px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.625);
    background: var(--_surface);
    color: var(--_text);
  }

  .pre-join .actions {
    justify-content: start;
  }

  [part="join-button"] {
    flex: 1 0 auto;
  }

  .recovery h3 {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    font-size: 1.0625rem;
  }

  .recovery h3 svg {
    flex: none;
    color: var(--_danger);
  }

  .recovery p {
    margin: 0;
  }

  [part="recovery-steps"] {
    padding: 0.625rem 0.875rem;
    border-inline-start: 3px solid var(--_accent);
    background: color-mix(in oklab, var(--_text) 6%, var(--_surface));
  }

  @container (min-width: 36rem) {
    .pre-join:has(.stage) {
      grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr);
    }

    .pre-join h2 {
      grid-column: 1 / -1;
    }
  }
`;
