import type { CallAdapter, CallEventMap, CallEventName, CallFactory, CallMedia } from '../src/call-adapter.js';
import { SimulatedReplica } from './simulated-replica.js';

export interface SimulatedCallOptions {
  /** Emit `joined-meeting` this long after `join()`; `false` never joins on its own. */
  joinAfterMs?: number | false;
  /** `join()` rejects with this message, as daily-js does when a room can't be joined. */
  joinError?: string;
  /** `destroy()` never settles, as Daily's can while its frame is still loading. */
  destroyHangs?: boolean;
  /** One call per page, as with Daily. */
  exclusive?: boolean;
  /** When set, a scripted replica answers the page's protocol messages, taking this many ms per step. */
  replicaStepMs?: number;
}

type Handler = (event: never) => void;

/**
 * A stand-in for a Daily call, clearly labelled as such: no real Daily room
 * exists offline. The demo shows it; the tests drive it through `emit()`.
 */
export class SimulatedCall implements CallAdapter {
  readonly mount: HTMLElement;
  /** Every app-message the page sent, and to whom. */
  readonly sent: { data: unknown; to: string | undefined }[] = [];
  joinedWith: Parameters<CallAdapter['join']>[0] | undefined;
  destroyed = false;
  readonly #handlers = new Map<CallEventName, Set<Handler>>();
  readonly #options: SimulatedCallOptions;
  readonly #panel: HTMLElement;
  #replica: SimulatedReplica | undefined;

  constructor(mount: HTMLElement, options: SimulatedCallOptions = {}) {
    this.mount = mount;
    this.#options = options;
    this.#panel = this.#render();
    mount.append(this.#panel);
  }

  join(properties: Parameters<CallAdapter['join']>[0]): Promise<unknown> {
    this.joinedWith = properties;
    if (this.#options.joinError) return Promise.reject(new Error(this.#options.joinError));
    const { replicaStepMs } = this.#options;
    if (replicaStepMs !== undefined) {
      this.#replica = new SimulatedReplica((data) => this.emit('app-message', { data, fromId: 'replica' }), {
        // The mock's rooms are named after their conversation, as Tavus's are.
        conversationId: properties.url?.split('/').pop() ?? '',
        stepMs: replicaStepMs,
      });
    }
    const { joinAfterMs = 50 } = this.#options;
    if (joinAfterMs !== false) setTimeout(() => this.emit('joined-meeting', {}), joinAfterMs);
    return Promise.resolve();
  }

  destroy(): Promise<void> {
    this.destroyed = true;
    this.#replica?.stop();
    if (this.#options.destroyHangs) return new Promise(() => undefined);
    this.#panel.remove();
    return Promise.resolve();
  }

  sendAppMessage(data: unknown, to?: string): void {
    this.sent.push({ data, to });
    this.#replica?.hear(data);
  }

  on<K extends CallEventName>(event: K, handler: (event: CallEventMap[K]) => void): void {
    const handlers = this.#handlers.get(event) ?? new Set();
    handlers.add(handler as Handler);
    this.#handlers.set(event, handlers);
  }

  /** Plays a Daily event; only the fields a test cares about need be given. */
  emit<K extends CallEventName>(event: K, payload: Partial<CallEventMap[K]>): void {
    const full = { action: event, ...payload } as CallEventMap[K];
    for (const handler of this.#handlers.get(event) ?? []) (handler as (event: CallEventMap[K]) => void)(full);
  }

  #render(): HTMLElement {
    const panel = document.createElement('div');
    panel.setAttribute('data-simulated-call', '');
    panel.style.cssText =
      'position:absolute;inset:0;display:grid;place-content:safe center;overflow:auto;gap:12px;text-align:center;background:#20202a;color:#fff;font:inherit;padding:16px';
    const label = document.createElement('p');
    label.textContent = 'Simulated call: no real Daily room is used with the mock API.';
    const leave = document.createElement('button');
    leave.type = 'button';
    leave.textContent = 'Leave';
    leave.addEventListener('click', () => this.emit('left-meeting', {}));
    panel.append(label, leave);
    return panel;
  }
}

/** A call factory that hands out {@link SimulatedCall}s and remembers them. */
export class SimulatedCallFactory implements CallFactory {
  readonly calls: SimulatedCall[] = [];
  readonly exclusive: boolean;
  preloads = 0;
  readonly #options: SimulatedCallOptions;

  constructor(options: SimulatedCallOptions = {}) {
    this.#options = options;
    this.exclusive = options.exclusive ?? false;
  }

  get last(): SimulatedCall | undefined {
    return this.calls.at(-1);
  }

  preload(): void {
    this.preloads += 1;
  }

  /** The visitor's media choice each `create` was given (`undefined` without a pre-join check). */
  readonly media: (CallMedia | undefined)[] = [];

  create(mount: HTMLElement, media?: CallMedia): SimulatedCall {
    this.media.push(media);
    const call = new SimulatedCall(mount, this.#options);
    this.calls.push(call);
    return call;
  }
}
