import { css } from 'lit';

/*
 * Public custom properties (--tavus-*) feed private ones (--_*). Colours come
 * in pairs, and each "on" colour is computed from its background unless the
 * page sets it: text is black or white, whichever reads better (its
 * luminance decides), so setting only --tavus-surface never hides the text.
 * The scheme (light-dark()) follows `color-scheme` on `.root`: the theme.
 */
export const styles = css`
  :host {
    --_surface: var(--tavus-surface, light-dark(#fff, #18171f));
    --_text: var(
      --tavus-text,
      color(
        from var(--_surface) xyz-d65 clamp(0, (0.18 - y) * 1e4, 0.9505)
          clamp(0, (0.18 - y) * 1e4, 1) clamp(0, (0.18 - y) * 1e4, 1.089)
      )
    );
    /*
     * Unset, an indigo at least 3:1 off the surface: darker than a light surface by 0.32 in OKLCH lightness (at
     * most 0.457, #4338ca on white), lighter than a dark one by 0.38 (at least 0.785); chroma follows lightness
     * so the colour stays in gamut.
     */
    --_accent: var(
      --tavus-accent,
      oklch(
        from var(--_surface)
          calc(
            clamp(0, (l - 0.6) * 1e4, 1) * min(0.457, l - 0.32) + clamp(0, (0.6 - l) * 1e4, 1) *
              min(1, max(0.785, l + 0.38))
          )
          calc(clamp(0, (l - 0.6) * 1e4, 1) * min(0.457, l - 0.32) * 0.52 + clamp(0, (0.6 - l) * 1e4, 1) * 0.115)
          277
      )
    );
    --_on-accent: var(
      --tavus-on-accent,
      color(
        from var(--_accent) xyz-d65 clamp(0, (0.18 - y) * 1e4, 0.9505)
          clamp(0, (0.18 - y) * 1e4, 1) clamp(0, (0.18 - y) * 1e4, 1.089)
      )
    );
    --_muted: var(
      --tavus-muted,
      color-mix(in oklab, var(--_text) 45%, var(--_surface))
    );
    --_danger: var(
      --tavus-danger,
      oklch(from var(--_surface) clamp(0.5, (0.6 - l) * 1e3, 0.8) 0.17 27)
    );
    --_ring: var(--_text);
    --_radius: var(--tavus-radius, 16px);
    --_font: var(
      --tavus-font,
      system-ui,
      -apple-system,
      "Segoe UI",
      Roboto,
      sans-serif
    );
    --_shadow: 0 1px 2px rgb(0 0 0 / 0.12), 0 6px 20px rgb(0 0 0 / 0.14);
    --_ease: 160ms cubic-bezier(0.2, 0, 0, 1);

    display: flex;
    flex-direction: column;
    position: relative;
    box-sizing: border-box;
    width: 100%;
    /*
     * 16:9, grown by a view that needs more room. A height from the page (say 100% of a sized container) wins,
     * and a view that does not fit then scrolls inside. Not 100% by default: in a stretched grid or flex item
     * that would take the whole item and cut off what follows.
     */
    aspect-ratio: 16 / 9;
    container-type: inline-size;
    border-radius: var(--_radius);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.5;
  }

  /* Floating takes no room in the page, from the first paint: its launcher and panel are fixed (floating.ts). */
  :host([layout=floating]) {
    position: fixed;
    width: 0;
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

  .root {
    position: relative;
    isolation: isolate;
    flex: 1 1 auto;
    min-height: 0;
    display: flex;
    flex-direction: column;
    overflow: auto;
    border-radius: inherit;
    background: var(--_surface);
    color: var(--_text);
    color-scheme: light dark;
  }

  .root.light {
    color-scheme: light;
  }

  .root.dark {
    color-scheme: dark;
  }

  .surface {
    flex: 1 0 auto;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.75rem;
    padding: 1.5rem;
    background: var(--_surface);
    text-align: center;
  }

  [part="call"],
  [part="poster"] {
    position: absolute;
    inset: 0;
    z-index: -1;
    width: 100%;
    height: 100%;
    border: 0;
  }

  [part="poster"] {
    object-fit: cover;
  }

  .surface.on-poster {
    justify-content: flex-end;
    padding: 0;
    background: none;
  }

  .caption {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    width: 100%;
    padding: 4rem 1.5rem 1.25rem;
    text-align: start;
    color: #fff;
    color-scheme: dark;
    --_ring: #fff;
    /* At least 78 % black behind every line of text: readable over any picture. */
    background: linear-gradient(
      to top,
      rgb(0 0 0 / 0.78) calc(100% - 3.5rem),
      transparent
    );
  }

  h2,
  p {
    margin: 0;
    max-width: 36em;
  }

  h2 {
    font-size: 1.25rem;
    line-height: 1.3;
    font-weight: 700;
    text-wrap: balance;
  }

  h2:focus {
    outline: none;
  }

  .small {
    font-size: 0.875rem;
  }

  .media {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }

  svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .badge {
    display: grid;
    place-items: center;
    width: 3.5rem;
    height: 3.5rem;
    border-radius: 50%;
    color: var(--_accent);
    background: color-mix(in oklab, var(--_accent) 14%, var(--_surface));
  }

  .badge.failed {
    color: var(--_danger);
    background: color-mix(in oklab, var(--_danger) 14%, var(--_surface));
  }

  .badge svg {
    width: 1.75rem;
    height: 1.75rem;
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    min-height: 2.75rem;
    padding: 0.625rem 1.375rem;
    border: 2px solid transparent;
    max-width: 100%;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    overflow-wrap: anywhere;
    cursor: pointer;
    transition:
      background-color var(--_ease),
      transform var(--_ease),
      box-shadow var(--_ease);
  }

  button:hover {
    background: color-mix(in oklab, var(--_accent) 86%, var(--_on-accent));
    box-shadow: var(--_shadow);
  }

  button:active {
    transform: scale(0.97);
    box-shadow: none;
  }

  button.secondary {
    background: transparent;
    color: inherit;
    border-color: var(--_muted);
  }

  button.secondary:hover {
    background: color-mix(in oklab, currentColor 10%, transparent);
    box-shadow: none;
  }

  button:disabled,
  button[aria-disabled="true"] {
    cursor: not-allowed;
    opacity: 0.55;
    transform: none;
    box-shadow: none;
  }

  :focus-visible {
    outline: 3px solid var(--_ring);
    outline-offset: 2px;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
  }

  [part="error"] {
    display: grid;
    justify-items: center;
    gap: 0.375rem;
  }

  /* Narrow: tighter (and, with large text, no larger than 16 px) spacing, full-width actions. */
  @container (max-width: 30rem) {
    .surface {
      padding: min(1rem, 16px);
      gap: 0.625rem;
    }

    .caption {
      padding: 3rem 1rem 1rem;
    }

    button {
      padding-inline: min(1rem, 16px);
    }
  }

  @container (max-width: 20rem) {
    button > svg {
      display: none;
    }

    h2 {
      font-size: 1.125rem;
    }

    .actions {
      flex-direction: column;
      align-self: stretch;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
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
