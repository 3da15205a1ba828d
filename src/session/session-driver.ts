import type { EndGuard } from '../end-guard.js';
import { TavusError } from '../errors.js';
import { CallTeardown, LiveCall, type LiveCallListener } from './live-call.js';
import { pageCallLock } from './page-call-lock.js';
import { holdsPageCall, type EndReason, type SessionEvent, type SessionState } from './session-state.js';
import type { SessionNotice, SessionOptions } from './session.js';
import { StartAttempt, StartQueue, type StartOptions } from './start-attempt.js';
import { withTimeout } from './timeout.js';

/** What the driver needs of its {@link Session}: the state, and the one way to change it. */
export interface SessionCore {
  readonly owner: object;
  readonly options: SessionOptions;
  state(): SessionState;
  dispatch(event: SessionEvent): boolean;
  notify(notice: SessionNotice): void;
  raise(error: TavusError): void;
  /** Keeps the attempt for the visitor's answer to `prompt`: the password to repeat it with, or Join. */
  wait(options: StartOptions, prompt: Extract<SessionEvent, { type: 'password-needed' | 'pre-join' }>): void;
}

/**
 * The working half of a session, in the engine chunk: it runs the
 * {@link StartAttempt} and then the {@link LiveCall}, and hands every
 * conversation it learns of to the {@link EndGuard}.
 */
export class SessionDriver {
  #attempt: StartAttempt | undefined;
  #live: LiveCall | undefined;
  readonly #core: SessionCore;
  readonly #queue = new StartQueue();
  readonly #teardown: CallTeardown;
  readonly #endGuard: EndGuard;
  readonly #teardownTimeoutMs: number;

  constructor(core: SessionCore, endGuard: EndGuard) {
    this.#core = core;
    this.#endGuard = core.options.endGuard ?? endGuard;
    this.#teardownTimeoutMs = core.options.teardownTimeoutMs ?? 3_000;
    this.#teardown = new CallTeardown(this.#teardownTimeoutMs, () => {
      this.releasePageCall();
      core.notify({ type: 'call-released' });
    });
  }

  /** A start request is in flight, or a call is live. */
  get busy(): boolean {
    return this.#attempt !== undefined || this.#live !== undefined;
  }

  /** The created conversation's call, until it is let go of. */
  get live(): LiveCall | undefined {
    return this.#live;
  }

  async run(options: StartOptions): Promise<void> {
    const core = this.#core;
    if (options.callFactory.exclusive && !pageCallLock.claim(core.owner)) {
      core.raise(new TavusError('call-in-progress'));
      return;
    }
    // Before the check, not after it: a visitor told another conversation is running should not have set up first.
    // Nothing is held meanwhile: the session lets the page's call go as it enters `pre-join`.
    if (options.preJoin) {
      options.callFactory.preload?.();
      core.wait(options, { type: 'pre-join' });
      return;
    }
    const endGuard = this.#endGuard;
    const attempt = new StartAttempt(options, {
      endGuard,
      queue: this.#queue,
      timeoutMs: core.options.startTimeoutMs ?? 20_000,
      phase: (phase) => core.dispatch({ type: phase }),
    });
    this.#attempt = attempt;
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
        await this.#join(options, new LiveCall(options.api, outcome.conversation, this.#listener(), this.#teardown));
        break;
      case 'password-needed': {
        // The password lives only in the request that carried it.
        const { password: _, ...request } = options.request;
        const { error } = outcome;
        core.wait({ ...options, request }, { type: 'password-needed', incorrect: error.code === 'password-incorrect' });
        core.notify({ type: 'error', error });
        break;
      }
      case 'failed':
        core.raise(outcome.error);
        break;
    }
  }

  /** Ends the live conversation. */
  finish(reason: EndReason): Promise<void> {
    return this.#finish(reason);
  }

  /** Abandons a start in flight: its conversation, if one arrives, is ended as soon as it does. False if none was. */
  abandon(): boolean {
    this.#attempt?.abandon();
    const had = this.#attempt !== undefined;
    this.#attempt = undefined;
    return had;
  }

  /** The page's call is free again once the session is at rest and its last call is really gone. */
  releasePageCall(): void {
    if (!holdsPageCall(this.#core.state()) && this.#teardown.pending === 0) pageCallLock.release(this.#core.owner);
  }

  async #join(options: StartOptions, live: LiveCall): Promise<void> {
    this.#live = live;
    const { conversationId, conversationUrl } = live.conversation;
    this.#core.dispatch({ type: 'created', conversationId });
    this.#core.notify({ type: 'event', event: { name: 'tavus:conversation-created', detail: { conversationId, conversationUrl } } });
    await live.open(options.callFactory, options.mount, options.joinTimeoutMs ?? 30_000, options.media);
  }

  /** How the live call's news reaches the session. */
  #listener(): LiveCallListener {
    const core = this.#core;
    return {
      joined: () => {
        const live = this.#live;
        if (live && core.dispatch({ type: 'joined' })) {
          core.notify({ type: 'event', event: { name: 'tavus:conversation-started', detail: { conversationId: live.conversationId } } });
        }
      },
      over: (reason, error) => void this.#finish(reason, error),
      mediaFailed: (error) => core.notify({ type: 'error', error }),
      protocol: (event) => core.notify({ type: 'event', event }),
      mediaChanged: (detail) => core.notify({ type: 'event', event: { name: 'tavus:media-change', detail } }),
    };
  }

  /** The single place a live conversation is let go of: end request first, then the call. */
  async #finish(reason: EndReason, error?: TavusError): Promise<void> {
    const live = this.#live;
    if (!live) return;
    const core = this.#core;
    this.#live = undefined;
    const ending = this.#endGuard.end(live.api, live.conversationId);
    const teardown = live.close();
    const { conversationId } = live;
    core.notify({ type: 'event', event: { name: 'tavus:conversation-ended', detail: { conversationId, reason } } });
    if (error) {
      core.raise(error);
      return;
    }
    core.dispatch({ type: 'end', reason });
    await withTimeout(Promise.all([ending, teardown]), this.#teardownTimeoutMs).catch(() => undefined);
    core.dispatch({ type: 'ended' });
  }
}
