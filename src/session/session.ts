import type { EndGuard } from '../end-guard.js';
import { TavusError } from '../errors.js';
import type { ProtocolEvent } from '../protocol/reader.js';
import type { CallTeardown, LiveCall, LiveCallListener } from './live-call.js';
import type { SessionEngine } from './load-engine.js';
import { canStart, holdsPageCall, transition, type EndReason, type SessionEvent, type SessionState } from './session-state.js';
import type { StartAttempt, StartOptions, StartQueue } from './start-attempt.js';

export type { CaptchaGate, StartOptions } from './start-attempt.js';

/** What the session tells its owner; the element turns these into DOM events and renders. */
export type SessionNotice =
  | { type: 'state'; state: SessionState; previous: SessionState }
  | { type: 'created'; conversationId: string; conversationUrl: string }
  | { type: 'started'; conversationId: string }
  | { type: 'ended'; conversationId: string; reason: EndReason }
  | { type: 'error'; error: TavusError }
  /** What an app-message from the conversation means to the page. */
  | { type: 'protocol'; event: ProtocolEvent }
  /** A call's destroy() settled (or was given up on): what it left in the page may go. */
  | { type: 'call-released' };

export interface SessionOptions {
  notify: (notice: SessionNotice) => void;
  /** Ends conversations; the page's one guard by default. */
  endGuard?: EndGuard;
  /** How long the visitor waits on a start request before being told it timed out. */
  startTimeoutMs?: number;
  /** How long a Daily `destroy()` may take before the session stops waiting for it. */
  teardownTimeoutMs?: number;
}

/** What the session needs from its first start on, arriving with the engine. */
interface Machinery {
  engine: SessionEngine;
  queue: StartQueue;
  teardown: CallTeardown;
  endGuard: EndGuard;
}

/**
 * One element's conversation lifecycle: start, password, join, end. It owns
 * the state (through {@link transition}) and drives a {@link StartAttempt}
 * and then a {@link LiveCall}; every conversation it learns of is handed to
 * the {@link EndGuard}. Those come with the engine its first start brings.
 */
export class Session {
  #state: SessionState = { name: 'idle' };
  #attempt: StartAttempt | undefined;
  #live: LiveCall | undefined;
  /** The attempt to repeat, with a password, while the prompt is shown. */
  #passwordFor: StartOptions | undefined;
  #machinery: Machinery | undefined;
  readonly #options: SessionOptions;
  readonly #notify: SessionOptions['notify'];

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#notify = options.notify;
  }

  get state(): SessionState {
    return this.#state;
  }

  /** The created conversation's call, until it is let go of. */
  get live(): LiveCall | undefined {
    return this.#live;
  }

  /** Starts a conversation unless one is already under way (a double click starts one). */
  start(options: StartOptions): Promise<void> {
    if (!canStart(this.#state)) return Promise.resolve();
    if (options.passwordRequired && options.request.password === undefined) {
      options.callFactory.preload?.();
      this.#passwordFor = options;
      this.#dispatch({ type: 'password-needed', incorrect: false });
      return Promise.resolve();
    }
    return this.#run(options);
  }

  /** Repeats the attempt that asked for a password, with it. The password lives only in this call. */
  submitPassword(password: string): Promise<void> {
    const pending = this.#passwordFor;
    if (this.#state.name !== 'awaiting-password' || !pending) return Promise.resolve();
    return this.#run({ ...pending, request: { ...pending.request, password } });
  }

  /**
   * Ends the live conversation, or abandons a start in flight (its
   * conversation, if one arrives, is ended as soon as it does).
   */
  end(reason: EndReason): Promise<void> {
    if (this.#live) return this.#finish(reason);
    if (this.#attempt || this.#passwordFor) {
      this.#attempt?.abandon();
      this.#attempt = undefined;
      this.#passwordFor = undefined;
      this.#dispatch({ type: 'cancel' });
    }
    return Promise.resolve();
  }

  /** Shows an error that is not about a conversation (bad configuration, an unavailable deployment). */
  fail(error: TavusError): void {
    if (this.#live || this.#attempt || this.#state.name === 'ending') return;
    this.#passwordFor = undefined;
    this.#raise(error);
  }

  /** Back to the start surface from `error` or `ended`. */
  reset(): void {
    this.#dispatch({ type: 'reset' });
  }

  #machineryFrom(engine: SessionEngine): Machinery {
    return (this.#machinery ??= {
      engine,
      queue: new engine.StartQueue(),
      teardown: new engine.CallTeardown(this.#options.teardownTimeoutMs ?? 3_000, () => {
        this.#releasePageCall();
        this.#notify({ type: 'call-released' });
      }),
      endGuard: this.#options.endGuard ?? engine.endGuard,
    });
  }

  async #run(options: StartOptions): Promise<void> {
    const { engine, queue, teardown, endGuard } = this.#machineryFrom(options.engine);
    if (options.callFactory.exclusive && !engine.pageCallLock.claim(this)) {
      this.#raise(new TavusError('call-in-progress'));
      return;
    }
    const attempt = new engine.StartAttempt(options, {
      endGuard,
      queue,
      timeoutMs: this.#options.startTimeoutMs ?? 20_000,
      phase: (phase) => this.#dispatch({ type: phase }),
    });
    this.#attempt = attempt;
    this.#passwordFor = undefined;
    options.callFactory.preload?.();
    const outcome = await attempt.run();
    if (this.#attempt !== attempt) {
      // Abandoned after the answer came: what it created is not wanted.
      if (outcome.type === 'created') void endGuard.end(options.api, outcome.conversation.conversationId);
      return;
    }
    this.#attempt = undefined;
    switch (outcome.type) {
      case 'created':
        await this.#join(options, new engine.LiveCall(options.api, outcome.conversation, this.#listener(), teardown));
        break;
      case 'password-needed': {
        const { password: _, ...request } = options.request;
        this.#passwordFor = { ...options, request };
        this.#dispatch({ type: 'password-needed', incorrect: outcome.error.code === 'password-incorrect' });
        this.#notify({ type: 'error', error: outcome.error });
        break;
      }
      case 'failed':
        this.#raise(outcome.error);
        break;
    }
  }

  async #join(options: StartOptions, live: LiveCall): Promise<void> {
    this.#live = live;
    const { conversationId, conversationUrl } = live.conversation;
    this.#dispatch({ type: 'created', conversationId });
    this.#notify({ type: 'created', conversationId, conversationUrl });
    await live.open(options.callFactory, options.mount);
  }

  /** How the live call's news reaches the session. */
  #listener(): LiveCallListener {
    return {
      joined: () => {
        const live = this.#live;
        if (live && this.#dispatch({ type: 'joined' })) {
          this.#notify({ type: 'started', conversationId: live.conversationId });
        }
      },
      over: (reason, error) => void this.#finish(reason, error),
      mediaBlocked: () => this.#notify({ type: 'error', error: new TavusError('media-blocked') }),
      protocol: (event) => this.#notify({ type: 'protocol', event }),
    };
  }

  /** The single place a live conversation is let go of: end request first, then the call. */
  async #finish(reason: EndReason, error?: TavusError): Promise<void> {
    const live = this.#live;
    const machinery = this.#machinery;
    if (!live || !machinery) return;
    this.#live = undefined;
    const ending = machinery.endGuard.end(live.api, live.conversationId);
    const teardown = live.close();
    this.#notify({ type: 'ended', conversationId: live.conversationId, reason });
    if (error) {
      this.#raise(error);
      return;
    }
    this.#dispatch({ type: 'end', reason });
    await machinery.engine
      .withTimeout(Promise.all([ending, teardown]), this.#options.teardownTimeoutMs ?? 3_000)
      .catch(() => undefined);
    this.#dispatch({ type: 'ended' });
  }

  #raise(error: TavusError): void {
    this.#dispatch(error.code === 'unavailable' ? { type: 'unavailable', error } : { type: 'fail', error });
    this.#notify({ type: 'error', error });
  }

  /** The page's call is free again once this session is at rest and its last call is really gone. */
  #releasePageCall(): void {
    const machinery = this.#machinery;
    if (machinery && !holdsPageCall(this.#state) && machinery.teardown.pending === 0) {
      machinery.engine.pageCallLock.release(this);
    }
  }

  #dispatch(event: SessionEvent): boolean {
    const previous = this.#state;
    const state = transition(previous, event);
    if (state === previous) return false;
    this.#state = state;
    this.#releasePageCall();
    this.#notify({ type: 'state', state, previous });
    return true;
  }
}
