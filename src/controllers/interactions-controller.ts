import type { InteractionName, Interactions } from '../protocol/encode.js';
import { notConnected } from '../protocol/not-connected.js';
import type { LiveCall } from '../session/live-call.js';

/**
 * The page's side of the call: what the element's methods send into the
 * conversation, or change in it. Only the "is there a call" check lives here;
 * the call, and the encoder behind it, arrive with the session engine.
 */
export class InteractionsController {
  readonly #live: () => LiveCall | undefined;

  constructor(live: () => LiveCall | undefined) {
    this.#live = live;
  }

  /** The live call, or `InvalidStateError` when there is none. */
  live(): LiveCall {
    const live = this.#live();
    if (!live) throw notConnected();
    return live;
  }

  /** Sends at once, or throws (`InvalidStateError`, `TypeError`, `RangeError`) having sent nothing. */
  send<K extends InteractionName>(name: K, ...args: Parameters<Interactions[K]>): void {
    this.live().send(name, ...args);
  }
}
