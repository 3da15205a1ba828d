import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Counts whole seconds down to a deadline, re-rendering its host each second. */
export class CountdownController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #deadline = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Seconds left, rounded up; 0 once the deadline has passed. */
  get remaining(): number {
    return Math.max(0, Math.ceil((this.#deadline - Date.now()) / 1000));
  }

  start(seconds: number): void {
    this.#deadline = Date.now() + seconds * 1000;
    this.#tick();
  }

  stop(): void {
    this.#deadline = 0;
    this.#clear();
  }

  hostConnected(): void {
    if (this.remaining > 0) this.#tick();
  }

  hostDisconnected(): void {
    this.#clear();
  }

  #tick(): void {
    this.#clear();
    this.#timer = setInterval(() => {
      this.#host.requestUpdate();
      if (this.remaining === 0) this.#clear();
    }, 1000);
    this.#host.requestUpdate();
  }

  #clear(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
