import type { CallAdapter, CallFactory } from './call-adapter.js';
import { DeploymentApiError, type Conversation, type DeploymentApi, type StartRequest } from './deployment-api.js';
import { endGuard as pageEndGuard, type EndGuard } from './end-guard.js';
import { NO_SITE_KEY_MESSAGE, tavusError, type TavusError } from './errors.js';
import { eventType, toolCallFrom, type ToolCall } from './protocol.js';
import {
  canStart,
  transition,
  type EndReason,
  type SessionEvent,
  type SessionState,
  type StateName,
} from './session-state.js';

/** What the session tells its owner; the element turns these into DOM events and renders. */
export type SessionNotice =
  | { type: 'state'; state: SessionState; previous: SessionState }
  | { type: 'created'; conversationId: string; conversationUrl: string }
  | { type: 'started'; conversationId: string }
  | { type: 'ended'; conversationId: string; reason: EndReason }
  | { type: 'error'; error: TavusError }
  | { type: 'app-message'; data: unknown }
  | { type: 'tool-call'; toolCall: ToolCall }
  /** A call's destroy() settled (or was given up on): what it left in the page may go. */
  | { type: 'call-released' };

export interface SessionOptions {
  notify: (notice: SessionNotice) => void;
  endGuard?: EndGuard;
  /** How long the visitor waits on a start request before being told it timed out. */
  startTimeoutMs?: number;
  /** How long a Daily `destroy()` may take before the session stops waiting for it. */
  teardownTimeoutMs?: number;
}

/** A human check (Cloudflare Turnstile) as the session sees it. */
export interface CaptchaGate {
  /** Resolves with a fresh single-use token; rejects with a {@link TavusError}. */
  token(): Promise<string>;
  /** Drops the token just spent, so the next attempt gets a new one. */
  reset(): void;
}

/** Everything one start attempt needs. */
export interface StartOptions {
  api: DeploymentApi;
  request: StartRequest;
  callFactory: CallFactory;
  /** The container the call mounts in (resolved once the conversation exists). */
  mount: () => HTMLElement | Promise<HTMLElement>;
  /** The deployment is known to have a password: ask before sending anything. */
  passwordRequired?: boolean;
  /** The deployment is known to need a human check before start. */
  captcha?: CaptchaGate;
  /** Finds a human check when start demands one nobody announced. */
  discoverCaptcha?: () => Promise<CaptchaGate | undefined>;
}

type StartOutcome = { conversation: Conversation } | { error: unknown };

/** The conversation currently billed to the customer, and its call once made. */
interface LiveConversation {
  api: DeploymentApi;
  conversationId: string;
  call?: CallAdapter;
}

const TIMED_OUT = Symbol('timed out');

/** States that hold the page's exclusive call. */
const HOLDS_PAGE_CALL: ReadonlySet<StateName> = new Set<StateName>(['awaiting-captcha', 'starting', 'joining', 'connected', 'ending']);

/** The identity of the session holding the page's one exclusive call, from its start until it comes to rest. */
let pageCallOwner: object | undefined;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function isTavusError(error: unknown): error is TavusError {
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

function errorText(error: unknown): string | undefined {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : undefined;
}

/**
 * One element's conversation lifecycle: start, password, join, end. It owns
 * the state (through {@link transition}) and the effects, and guarantees that
 * every conversation it learns of is handed to the {@link EndGuard}.
 */
export class Session {
  #state: SessionState = { name: 'idle' };
  readonly #identity = {};
  /** Calls whose destroy() has not settled yet. */
  #tearingDown = 0;
  /** Identity of the start attempt whose answer is still wanted. */
  #attempt: object | undefined;
  #live: LiveConversation | undefined;
  /** The last start request, settled or not. */
  #inFlight: Promise<unknown> = Promise.resolve();
  /** The attempt to repeat, with a password, while the prompt is shown. */
  #passwordFor: StartOptions | undefined;
  readonly #notify: SessionOptions['notify'];
  readonly #endGuard: EndGuard;
  readonly #startTimeoutMs: number;
  readonly #teardownTimeoutMs: number;

  constructor(options: SessionOptions) {
    this.#notify = options.notify;
    this.#endGuard = options.endGuard ?? pageEndGuard;
    this.#startTimeoutMs = options.startTimeoutMs ?? 20_000;
    this.#teardownTimeoutMs = options.teardownTimeoutMs ?? 3_000;
  }

  get state(): SessionState {
    return this.#state;
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

  /** Password first (the caller's), then the human check, then start; a refused check is retried once. */
  async #run(options: StartOptions): Promise<void> {
    if (options.callFactory.exclusive) {
      if (pageCallOwner && pageCallOwner !== this.#identity) {
        this.#raise(tavusError('call-in-progress'));
        return;
      }
      pageCallOwner = this.#identity;
    }
    const attempt = {};
    this.#attempt = attempt;
    this.#passwordFor = undefined;
    options.callFactory.preload?.();
    let { captcha } = options;
    let captchaRetries = 1;
    for (;;) {
      const token = captcha ? await this.#solve(captcha, attempt) : undefined;
      if (this.#attempt !== attempt) return;
      this.#dispatch({ type: 'start' });
      const request = token ? { ...options.request, captcha_token: token } : options.request;
      const outcome = await this.#request(options.api, request, attempt);
      captcha?.reset();
      if (this.#attempt !== attempt) {
        // Abandoned between the answer and now: end what it created (the guard ignores a second end).
        const { conversationId } = 'conversation' in outcome ? outcome.conversation : (outcome.error as { conversationId?: string }) ?? {};
        if (conversationId) void this.#endGuard.end(options.api, conversationId);
        return;
      }
      if ('conversation' in outcome) {
        this.#attempt = undefined;
        await this.#join(options, outcome.conversation);
        return;
      }
      const { error } = outcome;
      if (!(error instanceof DeploymentApiError && error.captcha && captchaRetries > 0)) {
        this.#startFailed(options, error);
        return;
      }
      captchaRetries -= 1;
      captcha ??= await options.discoverCaptcha?.();
      if (this.#attempt !== attempt) return;
      if (!captcha) {
        this.#attempt = undefined;
        this.#raise(tavusError('captcha-unavailable', { message: NO_SITE_KEY_MESSAGE }));
        return;
      }
    }
  }

  async #solve(captcha: CaptchaGate, attempt: object): Promise<string | undefined> {
    this.#dispatch({ type: 'challenge' });
    try {
      const token = await captcha.token();
      // Nobody will spend this single-use token: let the widget make a fresh one for the next attempt.
      if (this.#attempt !== attempt) captcha.reset();
      return token;
    } catch (error) {
      if (this.#attempt === attempt) {
        this.#attempt = undefined;
        this.#raise(isTavusError(error) ? error : tavusError('captcha-failed'));
      }
      return undefined;
    }
  }

  async #request(api: DeploymentApi, request: StartRequest, attempt: object): Promise<StartOutcome> {
    // An abandoned request may still be running (its conversation will be ended): never stack a second one.
    await this.#inFlight;
    if (this.#attempt !== attempt) return { error: undefined };
    const pending = api.start(request);
    this.#inFlight = pending.catch(() => undefined);
    // Whatever ends this attempt early (timeout, cancel, removal), a conversation that still arrives is ended.
    pending.then(
      (conversation) => this.#endIfAbandoned(attempt, api, conversation.conversationId),
      (error: unknown) => {
        if (error instanceof DeploymentApiError && error.conversationId) {
          this.#endIfAbandoned(attempt, api, error.conversationId);
        }
      },
    );
    try {
      return { conversation: await withTimeout(pending, this.#startTimeoutMs) };
    } catch (error) {
      return { error };
    }
  }

  async #join(options: StartOptions, conversation: Conversation): Promise<void> {
    const live: LiveConversation = { api: options.api, conversationId: conversation.conversationId };
    this.#live = live;
    this.#dispatch({ type: 'created', conversationId: live.conversationId });
    this.#notify({ type: 'created', conversationId: live.conversationId, conversationUrl: conversation.conversationUrl });

    try {
      const call = await options.callFactory.create(await options.mount());
      if (this.#live !== live) {
        void this.#teardown(call);
        return;
      }
      live.call = call;
      this.#listen(live, call);
      const { conversationUrl: url, meetingToken: token } = conversation;
      // daily-js rejects `token: undefined`: the key must be absent when the room is open.
      await call.join(token ? { url, token } : { url });
    } catch (error) {
      if (this.#live === live) void this.#finish('error', tavusError('call-failed', { detail: errorText(error) }));
    }
  }

  #endIfAbandoned(attempt: object, api: DeploymentApi, conversationId: string): void {
    if (this.#attempt !== attempt) void this.#endGuard.end(api, conversationId);
  }

  #startFailed(options: StartOptions, error: unknown): void {
    this.#attempt = undefined;
    if (error === TIMED_OUT) {
      this.#raise(tavusError('timeout'));
      return;
    }
    if (!(error instanceof DeploymentApiError)) {
      this.#raise(tavusError('network', { detail: errorText(error) }));
      return;
    }
    if (error.conversationId) void this.#endGuard.end(options.api, error.conversationId);
    const { code } = error.error;
    if (code === 'password-required' || code === 'password-incorrect') {
      const { password: _, ...request } = options.request;
      this.#passwordFor = { ...options, request };
      this.#dispatch({ type: 'password-needed', incorrect: code === 'password-incorrect' });
      this.#notify({ type: 'error', error: error.error });
      return;
    }
    this.#raise(error.error);
  }

  #listen(live: LiveConversation, call: CallAdapter): void {
    // Events from a call we have already let go of (destroy() makes Daily say left-meeting) mean nothing.
    const current = () => this.#live === live;
    call.on('joined-meeting', () => {
      if (current() && this.#dispatch({ type: 'joined' })) {
        this.#notify({ type: 'started', conversationId: live.conversationId });
      }
    });
    call.on('left-meeting', () => {
      if (current()) void this.#finish('left');
    });
    call.on('error', (event) => {
      if (current()) void this.#finish('error', tavusError('call-failed', { detail: event.errorMsg }));
    });
    call.on('camera-error', () => {
      if (current()) this.#notify({ type: 'error', error: tavusError('media-blocked') });
    });
    call.on('app-message', (event) => {
      if (!current()) return;
      this.#notify({ type: 'app-message', data: event.data });
      const toolCall = toolCallFrom(event.data);
      if (toolCall) this.#notify({ type: 'tool-call', toolCall });
      if (eventType(event.data) === 'system.shutdown') void this.#finish('shutdown');
    });
  }

  /** The single place a live conversation is let go of: end request first, then the call. */
  async #finish(reason: EndReason, error?: TavusError): Promise<void> {
    const live = this.#live;
    if (!live) return;
    this.#live = undefined;
    const ending = this.#endGuard.end(live.api, live.conversationId);
    const teardown = live.call ? this.#teardown(live.call) : Promise.resolve();
    this.#notify({ type: 'ended', conversationId: live.conversationId, reason });
    if (error) {
      this.#raise(error);
      return;
    }
    this.#dispatch({ type: 'end', reason });
    await withTimeout(Promise.all([ending, teardown]), this.#teardownTimeoutMs).catch(() => undefined);
    this.#dispatch({ type: 'ended' });
  }

  /** `destroy()` can hang while Daily's frame loads: never wait on it for long. */
  #teardown(call: CallAdapter): Promise<void> {
    let destroying: Promise<void>;
    try {
      // Called now, not later: the call must be on its way out before anyone hears the conversation ended.
      destroying = call.destroy();
    } catch {
      destroying = Promise.resolve();
    }
    this.#tearingDown += 1;
    return withTimeout(destroying, this.#teardownTimeoutMs)
      .catch(() => undefined)
      .then(() => {
        this.#tearingDown -= 1;
        this.#releasePageCall();
        this.#notify({ type: 'call-released' });
      });
  }

  #raise(error: TavusError): void {
    this.#dispatch(error.code === 'unavailable' ? { type: 'unavailable', error } : { type: 'fail', error });
    this.#notify({ type: 'error', error });
  }

  /** The page's call is free again once this session is at rest and its last call is really gone. */
  #releasePageCall(): void {
    if (pageCallOwner === this.#identity && !HOLDS_PAGE_CALL.has(this.#state.name) && this.#tearingDown === 0) {
      pageCallOwner = undefined;
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
