import type { CallMedia } from '../call-adapter.js';
import type { EndGuard } from '../end-guard.js';
import type { TavusError } from '../errors.js';
import type { TavusEvent } from '../events.js';
import type { ProtocolEvent } from '../protocol/reader.js';
import type { LiveCall } from './live-call.js';
import type { SessionDriver } from './session-driver.js';
import { canStart, transition, type EndReason, type SessionEvent, type SessionState } from './session-state.js';
import type { StartOptions } from './start-attempt.js';

export type { CaptchaGate, StartOptions } from './start-attempt.js';

/** The events about a conversation's life, and the visitor's media in it. */
export type ConversationEvent = TavusEvent<
  'tavus:conversation-created' | 'tavus:conversation-started' | 'tavus:conversation-ended' | 'tavus:media-change'
>;

/** What the session tells its owner; the element turns these into DOM events and renders. */
export type SessionNotice =
  | { type: 'state'; state: SessionState; previous: SessionState }
  | { type: 'error'; error: TavusError }
  /** A conversation was created, joined or ended, or an app-message came from it: the event to fire, as is. */
  | { type: 'event'; event: ConversationEvent | ProtocolEvent }
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

/**
 * One element's conversation lifecycle: start, password, join, end. It owns
 * the state (through {@link transition}); the work of a start and a call is
 * done by a {@link SessionDriver}, which comes with the engine its first
 * start brings.
 */
export class Session {
  #state: SessionState = { name: 'idle' };
  /** The attempt waiting on the visitor: for a password (to repeat it with), or for Join at the pre-join check. */
  #pending: StartOptions | undefined;
  #driver: SessionDriver | undefined;
  readonly #options: SessionOptions;

  constructor(options: SessionOptions) {
    this.#options = options;
  }

  get state(): SessionState {
    return this.#state;
  }

  /** The created conversation's call, until it is let go of. */
  get live(): LiveCall | undefined {
    return this.#driver?.live;
  }

  /**
   * Starts a conversation unless one is already under way (a double click starts one): the password first when the
   * deployment has one, then the pre-join check when asked for, then the start request.
   */
  start(options: StartOptions): Promise<void> {
    if (!canStart(this.#state)) return Promise.resolve();
    if (options.passwordRequired && options.request.password === undefined) {
      options.callFactory.preload?.();
      this.#wait(options, { type: 'password-needed', incorrect: false });
      return Promise.resolve();
    }
    return this.#run(options);
  }

  /**
   * Goes on with the attempt that asked for a password, with it: to the pre-join check, or straight to the start
   * once the visitor has passed that (the start refused the password). The password lives only in this call.
   */
  submitPassword(password: string): Promise<void> {
    const pending = this.#pending;
    if (this.#state.name !== 'awaiting-password' || !pending) return Promise.resolve();
    return this.#run({ ...pending, request: { ...pending.request, password } });
  }

  /** The visitor pressed Join at the pre-join check with these devices: now the start goes out. */
  join(media: CallMedia): Promise<void> {
    const pending = this.#pending;
    if (this.#state.name !== 'pre-join' || !pending) return Promise.resolve();
    return this.#run({ ...pending, preJoin: false, media });
  }

  /**
   * Ends the live conversation, or abandons a start in flight (its
   * conversation, if one arrives, is ended as soon as it does).
   */
  end(reason: EndReason): Promise<void> {
    const driver = this.#driver;
    if (driver?.live) return driver.finish(reason);
    if (driver?.abandon() || this.#pending) {
      this.#pending = undefined;
      this.#dispatch({ type: 'cancel' });
    }
    return Promise.resolve();
  }

  /** Shows an error that is not about a conversation (bad configuration, an unavailable deployment). */
  fail(error: TavusError): void {
    if (this.#driver?.busy || this.#state.name === 'ending') return;
    this.#pending = undefined;
    this.#raise(error);
  }

  /** Back to the start surface from `error` or `ended`. */
  reset(): void {
    this.#dispatch({ type: 'reset' });
  }

  #run(options: StartOptions): Promise<void> {
    this.#pending = undefined;
    this.#driver ??= new options.engine.SessionDriver(
      {
        owner: this,
        options: this.#options,
        state: () => this.#state,
        dispatch: (event) => this.#dispatch(event),
        notify: this.#options.notify,
        raise: (error) => this.#raise(error),
        wait: (attempt, prompt) => this.#wait(attempt, prompt),
      },
      options.engine.endGuard,
    );
    return this.#driver.run(options);
  }

  /** Holds the attempt while the visitor answers a prompt (the password, the pre-join check). */
  #wait(attempt: StartOptions, prompt: SessionEvent): void {
    this.#pending = attempt;
    this.#dispatch(prompt);
  }

  #raise(error: TavusError): void {
    this.#dispatch(error.code === 'unavailable' ? { type: 'unavailable', error } : { type: 'fail', error });
    this.#options.notify({ type: 'error', error });
  }

  #dispatch(event: SessionEvent): boolean {
    const previous = this.#state;
    const state = transition(previous, event);
    if (state === previous) return false;
    this.#state = state;
    this.#driver?.releasePageCall();
    this.#options.notify({ type: 'state', state, previous });
    return true;
  }
}
