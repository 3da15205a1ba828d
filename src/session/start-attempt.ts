import type { CallFactory, CallMedia } from '../call-adapter.js';
import type { ConversationApi } from '../conversation-api.js';
import type { Conversation, StartRequest } from '../deployment-api.js';
import type { EndGuard } from '../end-guard.js';
import { asTavusError } from '../as-tavus-error.js';
import { TavusError } from '../errors.js';
import type { SessionEngine } from './load-engine.js';
import { TIMED_OUT, withTimeout } from './timeout.js';

/** A human check (Cloudflare Turnstile) as the session sees it. */
export interface CaptchaGate {
  /** Resolves with a fresh single-use token; rejects with a {@link TavusError}. */
  token(): Promise<string>;
  /** Drops the token just spent, so the next attempt gets a new one. */
  reset(): void;
}

/** Everything one start attempt needs. */
export interface StartOptions {
  /** The session's machinery, loaded before the first start. */
  engine: SessionEngine;
  api: ConversationApi;
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
  /** How long the call may take to join once the conversation exists before it is ended as `join-timeout`. */
  joinTimeoutMs?: number;
  /** The visitor checks their camera and microphone (the pre-join) before anything is sent. */
  preJoin?: boolean;
  /** What the visitor chose at the pre-join, for the call. */
  media?: CallMedia;
}

/** How an attempt came out; an abandoned one says nothing, and whatever it created is ended. */
export type AttemptOutcome =
  | { type: 'created'; conversation: Conversation }
  | { type: 'password-needed'; error: TavusError }
  | { type: 'failed'; error: TavusError }
  | { type: 'abandoned' };

/**
 * Start requests go one at a time: an abandoned request may still be running
 * (its conversation will be ended), and none may stack on it.
 */
export class StartQueue {
  #last: Promise<unknown> = Promise.resolve();

  /** Waits for the previous request; `send` runs only if `stillWanted()` then. */
  async next<T>(stillWanted: () => boolean, send: () => Promise<T>): Promise<{ pending: Promise<T> } | undefined> {
    await this.#last;
    if (!stillWanted()) return undefined;
    const pending = send();
    this.#last = pending.catch(() => undefined);
    // Wrapped: awaiting the request itself is the caller's choice, with its own timeout.
    return { pending };
  }
}

export interface AttemptContext {
  endGuard: EndGuard;
  queue: StartQueue;
  /** How long the visitor waits on a start request before being told it timed out. */
  timeoutMs: number;
  /** The attempt moves on: solving the human check, then sending the start. */
  phase(phase: 'challenge' | 'start'): void;
}

/**
 * One press of Start, from the human check to the created conversation. The
 * password is the caller's business; a refused check is retried once. Once
 * abandoned (cancel, removal, timeout), any conversation that still arrives
 * is ended.
 */
export class StartAttempt {
  #abandoned = false;
  /** The visitor stopped waiting for the start request's answer (it timed out): a late conversation is ended. */
  #gaveUp = false;
  readonly #options: StartOptions;
  readonly #context: AttemptContext;

  constructor(options: StartOptions, context: AttemptContext) {
    this.#options = options;
    this.#context = context;
  }

  abandon(): void {
    this.#abandoned = true;
  }

  async run(): Promise<AttemptOutcome> {
    const { api, request } = this.#options;
    let { captcha } = this.#options;
    let captchaRetries = 1;
    for (;;) {
      let token: string | undefined;
      if (captcha) {
        this.#context.phase('challenge');
        try {
          token = await captcha.token();
        } catch (error) {
          return this.#abandoned ? ABANDONED : { type: 'failed', error: asTavusError(error, 'captcha-failed') };
        }
        // Nobody will spend this single-use token: let the widget make a fresh one for the next attempt.
        if (this.#abandoned) captcha.reset();
      }
      if (this.#abandoned) return ABANDONED;
      this.#context.phase('start');
      const outcome = await this.#send(api, token ? { ...request, captcha_token: token } : request);
      captcha?.reset();
      if (this.#abandoned) {
        // Abandoned between the answer and now: end what it created (the guard ignores a second end).
        if (outcome.type === 'created') this.#end(outcome.conversation.conversationId);
        return ABANDONED;
      }
      if (outcome.type !== 'failed' || !(outcome.error.captcha && captchaRetries > 0)) return outcome;
      captchaRetries -= 1;
      captcha ??= await this.#options.discoverCaptcha?.();
      if (this.#abandoned) return ABANDONED;
      if (!captcha) return { type: 'failed', error: new TavusError('captcha-unavailable', { reason: 'no-site-key' }) };
    }
  }

  async #send(api: ConversationApi, request: StartRequest): Promise<AttemptOutcome> {
    const sent = await this.#context.queue.next(() => !this.#abandoned, () => api.start(request));
    if (!sent) return ABANDONED;
    const { pending } = sent;
    // Whatever ends this attempt early (timeout, cancel, removal), a conversation that still arrives is ended.
    pending.then(
      (conversation) => this.#endIfAbandoned(conversation.conversationId),
      (error: unknown) => this.#endIfAbandoned((error as Partial<TavusError>).conversationId),
    );
    try {
      return { type: 'created', conversation: await withTimeout(pending, this.#context.timeoutMs) };
    } catch (error) {
      if (error === TIMED_OUT) {
        this.#gaveUp = true;
        return { type: 'failed', error: new TavusError('timeout') };
      }
      const failure = asTavusError(error, 'network');
      // Created but unusable: billed all the same, so ended at once.
      if (failure.conversationId) this.#end(failure.conversationId);
      const { code } = failure;
      return code === 'password-required' || code === 'password-incorrect'
        ? { type: 'password-needed', error: failure }
        : { type: 'failed', error: failure };
    }
  }

  #endIfAbandoned(conversationId: string | undefined): void {
    if ((this.#abandoned || this.#gaveUp) && conversationId) this.#end(conversationId);
  }

  #end(conversationId: string): void {
    void this.#context.endGuard.end(this.#options.api, conversationId);
  }
}

const ABANDONED: AttemptOutcome = { type: 'abandoned' };
