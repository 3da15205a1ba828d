import { css } from 'lit';

/**
 * Styles of the element's own call UI; they arrive with it (`call-ui/call-ui.ts`). The call is dark whatever the
 * theme (a video fills it): light text and rings on it, the element's own colours on what floats over it (menus,
 * banners, the connecting view).
 */
export const callUiStyles = css`
  .call-ui {
    --_ring: #fff;
    --_glass: rgb(20 20 28 / 0.72);
    position: absolute;
    inset: 0;
    overflow: hidden;
    border-radius: inherit;
    background: #000;
    color: #fff;
    color-scheme: dark;
  }

  /* Portrait framing in narrow boxes: the call takes its place in the flow, taller than wide, and grows the element. */
  @container (max-width: 30rem) {
    [part="call"]:has(> .call-ui) {
      position: relative;
      z-index: auto;
      flex: 1 0 auto;
      height: auto;
      aspect-ratio: 3 / 4;
    }
  }

  .replica {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
    /* A face sits in the upper half of its frame: cropping keeps it. */
    object-position: 50% 30%;
  }

  .connecting {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.75rem;
    background: var(--_surface);
    color: var(--_text);
    font-weight: 600;
  }

  .self {
    position: absolute;
    inset-block-start: 0.75rem;
    inset-inline-end: 0.75rem;
    display: grid;
    place-items: center;
    width: clamp(4.5rem, 22%, 11rem);
    aspect-ratio: 4 / 3;
    overflow: hidden;
    border-radius: calc(var(--_radius) * 0.625);
    background: #2b2a35;
    box-shadow: var(--_shadow);
    outline: 3px solid transparent;
    transition: outline-color var(--_ease);
  }

  /* The visitor is heard: a green ring, at least 3:1 on the dark call. */
  .self.speaking {
    outline-color: #4ade80;
  }

  .self video {
    width: 100%;
    height: 100%;
    object-fit: cover;
    /* A mirror, as people expect to see themselves. */
    transform: scaleX(-1);
  }

  .banners {
    position: absolute;
    inset-block-start: 0.75rem;
    inset-inline: 0.75rem calc(22% + 1.5rem);
    display: grid;
    justify-items: center;
    gap: 0.5rem;
  }

  .banner {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.375rem 0.75rem;
    border-radius: calc(var(--_radius) * 0.625);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875rem;
    box-shadow: var(--_shadow);
  }

  .banner svg {
    color: var(--_danger);
  }

  /* Captions stacked over the controls: however large the text, neither covers the other. */
  .dock {
    position: absolute;
    inset-inline: 0.75rem;
    inset-block-end: 0.75rem;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
  }

  /* About four lines at most: the latest stay in sight (the overflow goes out at the top). */
  .captions {
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    align-items: center;
    gap: 0.25rem;
    max-height: 4.5lh;
    overflow: hidden;
    text-align: center;
  }

  .captions p {
    max-width: 40rem;
    padding: 0.25rem 0.625rem;
    border-radius: 0.375rem;
    background: rgb(0 0 0 / 0.78);
    font-size: 1.0625rem;
  }

  .captions .who {
    font-weight: 700;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
  }

  .menu-anchor {
    position: relative;
  }

  /* Icons: large text needs no larger buttons, which would crowd the call. */
  button.round {
    width: min(3rem, 56px);
    min-height: min(3rem, 56px);
    padding: 0;
    background: var(--_glass);
    color: #fff;
  }

  button.round > svg {
    display: block;
    width: min(1.25em, 24px);
    height: min(1.25em, 24px);
  }

  button.round:hover {
    background: rgb(60 60 72 / 0.9);
  }

  /* Off: the microphone or camera stands out, light on the dark call. */
  [part="mic-button"][aria-pressed="false"],
  [part="camera-button"][aria-pressed="false"] {
    background: #fff;
    color: #18171f;
  }

  [part="captions-button"][aria-pressed="true"] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  button.leave,
  button.leave:hover {
    background: #c81e1e;
  }

  .call-ui :focus-visible {
    outline-color: #fff;
    box-shadow: 0 0 0 5px #000;
  }

  .device-menu {
    position: absolute;
    inset-block-end: calc(100% + 0.5rem);
    inset-inline-start: 50%;
    translate: -50%;
    display: grid;
    gap: 0.25rem;
    width: min(18rem, calc(100cqw - 1.5rem));
    padding: 0.75rem;
    border-radius: calc(var(--_radius) * 0.625);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
    text-align: start;
  }

  /* The menu has the element's surface: its ring is the element's. */
  .device-menu :focus-visible {
    outline-color: var(--_text);
    box-shadow: none;
  }

  .device-menu label {
    font-size: 0.875rem;
    font-weight: 600;
  }

  .device-menu select {
    width: 100%;
    min-height: 2.5rem;
    margin-block-end: 0.375rem;
    font: inherit;
    border: 1.5px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
  }

  @container (max-width: 30rem) {
    button.round {
      width: min(2.75rem, 48px);
      min-height: min(2.75rem, 48px);
    }

    .captions p {
      font-size: 1rem;
    }

    .self {
      width: clamp(4rem, 28%, 7rem);
      aspect-ratio: 3 / 4;
    }

    .banners {
      inset-inline: 0.5rem calc(28% + 1rem);
    }
  }
`;
