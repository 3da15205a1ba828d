import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type PageExit = 'pagehide' | 'removed';

/**
 * Tells its host when the visitor can no longer see it: the page is being
 * hidden for good (`pagehide`), or the host left the document. A host moved
 * in the DOM (removed and re-inserted in the same task) has not left.
 */
export class PageExitController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onExit: (exit: PageExit) => void;
  #removalCheck: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, onExit: (exit: PageExit) => void) {
    this.#host = host;
    this.#onExit = onExit;
    host.addController(this);
  }

  hostConnected(): void {
    clearTimeout(this.#removalCheck);
    window.addEventListener('pagehide', this.#onPageHide);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#onPageHide);
    clearTimeout(this.#removalCheck);
    this.#removalCheck = setTimeout(() => {
      if (!this.#host.isConnected) this.#onExit('removed');
    });
  }

  readonly #onPageHide = (): void => this.#onExit('pagehide');
}
