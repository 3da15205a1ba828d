import { css } from 'lit';

/*
 * The floating layout (`layout="floating"`), in the floating chunk. The host
 * is a point that takes no room (base.ts); the launcher and the panel (the
 * views' `.root`) are placed against the window: in the top layer where
 * `popover` is supported, so no z-index of the page covers them, else fixed
 * with the highest z-index in practice. Rules on the host and the views name
 * the layout: the sheet stays adopted if the page switches back to inline.
 */
export const floatingStyles = css`
  .launcher-slot,
  .bar-slot {
    display: contents;
  }

  .launcher-slot {
    color-scheme: light dark;
  }

  :host([layout="floating"]) {
    /* No size container: fixed children would be placed against the host, not the window, without popover. */
    container-type: normal;
    --_bar: 3rem;
    --_edge: 1.5rem;
    --_top: auto;
    --_right: calc(var(--_edge) + env(safe-area-inset-right, 0px));
    --_bottom: calc(var(--_edge) + env(safe-area-inset-bottom, 0px));
    --_left: auto;
  }

  :host([layout="floating"][position^="top"]) {
    --_top: calc(var(--_edge) + env(safe-area-inset-top, 0px));
    --_bottom: auto;
  }

  :host([layout="floating"][position$="left"]) {
    --_left: calc(var(--_edge) + env(safe-area-inset-left, 0px));
    --_right: auto;
  }

  /* Popover's own styles (centred, bordered, Canvas colours) give way to the corner. */
  .launcher,
  :host([layout="floating"]) .root {
    position: fixed;
    inset: var(--_top) var(--_right) var(--_bottom) var(--_left);
    z-index: 2147483000;
    margin: 0;
  }

  .launcher {
    min-width: 3.75rem;
    min-height: 3.75rem;
    padding: 0;
    box-shadow: var(--_shadow);
  }

  /* The launcher, outside the views, takes their colour scheme. */
  .launcher-slot:has(~ .root.light) {
    color-scheme: light;
  }

  .launcher-slot:has(~ .root.dark) {
    color-scheme: dark;
  }

  .launcher svg {
    width: 1.75rem;
    height: 1.75rem;
  }

  .launcher.pill {
    gap: 0.625rem;
    padding-block: 0.375rem;
    padding-inline: 1rem 1.25rem;
  }

  .launcher.pill:has(img) {
    padding-inline-start: 0.375rem;
  }

  .launcher-label {
    white-space: nowrap;
  }

  .launcher img {
    width: 2.75rem;
    height: 2.75rem;
    border-radius: 50%;
    object-fit: cover;
  }

  .live-dot {
    flex: none;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: #e5252a;
    box-shadow: 0 0 0 2px var(--_on-accent);
    animation: pulse 1.6s ease-in-out infinite;
  }

  .launcher:has(img) .live-dot {
    margin-inline-start: -1.25rem;
    align-self: flex-end;
    margin-bottom: 0.125rem;
  }

  :host([layout="floating"]) .root {
    width: 22rem;
    height: min(34rem, 100dvh - 2 * var(--_edge) - env(safe-area-inset-top, 0px) - env(safe-area-inset-bottom, 0px));
    padding: 0;
    border: 1px solid color-mix(in oklab, var(--_text) 14%, transparent);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.12), 0 16px 48px rgb(0 0 0 / 0.22);
    overflow: auto;
    container-type: inline-size;
  }

  /* Closed: hidden, never removed, so a call inside goes on. Instantly, so focus can't land in a closing panel. */
  :host([layout="floating"]:not([open])) .root {
    visibility: hidden;
    opacity: 0;
    transform: translateY(0.75rem) scale(0.98);
  }

  :host([layout="floating"][open]) .root {
    transition:
      opacity var(--_ease),
      transform var(--_ease);
  }

  .bar {
    position: sticky;
    top: 0;
    z-index: 1;
    flex: none;
    display: flex;
    align-items: center;
    gap: 0.25rem;
    height: var(--_bar);
    padding-inline: 1rem 0.375rem;
    background: var(--_surface);
    border-bottom: 1px solid color-mix(in oklab, var(--_text) 12%, transparent);
  }

  .bar-title {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    font-weight: 600;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .bar button {
    width: 2.25rem;
    min-height: 2.25rem;
    padding: 0;
    background: transparent;
    color: inherit;
  }

  .bar button:hover {
    background: color-mix(in oklab, currentColor 10%, transparent);
    box-shadow: none;
  }

  /* The call and the camera notice sit below the bar, clear of Daily's own controls. */
  :host([layout="floating"]) [part="call"] {
    top: var(--_bar);
    height: auto;
    bottom: 0;
  }

  :host([layout="floating"]) .notice {
    top: calc(var(--_bar) + 0.5rem);
  }

  .scrim {
    position: absolute;
    inset: 0;
    z-index: 2;
    display: grid;
    place-items: center;
    padding: 1rem;
    background: rgb(0 0 0 / 0.5);
  }

  .prompt {
    display: grid;
    justify-items: center;
    gap: 1rem;
    padding: 1.25rem;
    border: 1px solid color-mix(in oklab, var(--_text) 14%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    text-align: center;
  }

  /* The danger colour reads on the surface, so the surface reads on it. */
  [part="end-button"] {
    background: var(--_danger);
    color: var(--_surface);
  }

  [part="end-button"]:hover {
    background: color-mix(in oklab, var(--_danger) 86%, var(--_surface));
  }

  /* A phone: the open panel is the whole screen, clear of notches and the home bar. */
  @media (max-width: 480px) {
    :host([layout="floating"]) .root {
      inset: 0;
      width: auto;
      height: auto;
      padding: env(safe-area-inset-top, 0px) env(safe-area-inset-right, 0px) env(safe-area-inset-bottom, 0px)
        env(safe-area-inset-left, 0px);
      border: 0;
      border-radius: 0;
    }

    :host([layout="floating"]) [part="call"] {
      inset: calc(var(--_bar) + env(safe-area-inset-top, 0px)) env(safe-area-inset-right, 0px)
        env(safe-area-inset-bottom, 0px) env(safe-area-inset-left, 0px);
      width: auto;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.4;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .live-dot {
      animation: none;
    }
  }
`;
