import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import type { SessionState } from '../session/session-state.js';

/**
 * Keeps focus where the visitor can use it. The password prompt takes focus
 * when it opens. Otherwise focus moves only for someone who was using the
 * element: the control they used is gone, so its successor (retry, start
 * again) gets focus once there is one.
 */
export class FocusController implements ReactiveController {
  readonly #host: ReactiveElement;
  /** Where focus should go after the next render, decided when the state changes. */
  #pending: 'password' | 'successor' | undefined;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  stateChanged(state: SessionState): void {
    if (state.name === 'awaiting-password') this.#pending = 'password';
    else if (state.name === 'connected') this.#pending = undefined;
    else if (!isServer && this.#host.matches(':focus-within')) this.#pending = 'successor';
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot as ShadowRoot;
    if (this.#pending === 'password') {
      this.#pending = undefined;
      root.querySelector<HTMLInputElement>('[part="password-input"]')?.focus();
      return;
    }
    if (this.#pending !== 'successor' || root.activeElement) return;
    const outside = document.activeElement;
    if (outside && outside !== document.body && outside !== this.#host) {
      this.#pending = undefined;
      return;
    }
    // A retry button waiting out Retry-After can't take focus yet; it gets it when it is enabled.
    const successor = root.querySelector<HTMLElement>('[part="retry-button"]:enabled, [part="start-button"]');
    if (successor) {
      this.#pending = undefined;
      successor.focus();
    }
  }
}
