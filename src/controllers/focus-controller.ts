import { isServer, type ReactiveController, type ReactiveElement } from 'lit';

/**
 * Keeps focus where the visitor can use it. After each state change, if the
 * visitor was using the element (focus inside it, or on `<body>` because the
 * control they pressed is gone), focus moves to the new view's most useful
 * control: views mark candidates with `data-focus`, the last visible one wins
 * (a view's action after its heading). Focus elsewhere in the page is never taken.
 */
export class FocusController implements ReactiveController {
  readonly #host: ReactiveElement;
  #pending = false;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /** @param visitor the change follows something the visitor (or the page) asked for, not a page-load answer */
  stateChanged(visitor: boolean): void {
    if (isServer) return;
    const outside = document.activeElement;
    // A host matches `:focus` while focus is in its shadow tree. Not `:focus-within`: Chromium leaves the host out of
    // that while focus is in a popover (the floating panel).
    this.#pending = this.#host.matches(':focus') || (visitor && (!outside || outside === document.body));
  }

  hostUpdated(): void {
    if (!this.#pending) return;
    this.#pending = false;
    const candidates = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('[data-focus]')];
    candidates.filter((element) => !element.closest('[hidden]')).at(-1)?.focus();
  }
}
