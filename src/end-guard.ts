import type { ConversationApi } from './conversation-api.js';

interface PendingEnd {
  api: ConversationApi;
  conversationId: string;
  timer: ReturnType<typeof setTimeout>;
}

export interface EndGuardOptions {
  /** Waits between retries of a failed end; one retry per entry. */
  retryDelaysMs?: readonly number[];
  /** Where `pagehide` is listened for while retries are pending. */
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/**
 * Makes sure every created conversation is ended exactly once, whoever asks
 * first (leave button, Daily, removal, pagehide) and however often. A failed
 * end is retried with backoff while the page lives; if the page goes away
 * mid-retry, a beacon is the last word.
 */
export class EndGuard {
  readonly #requested = new Set<string>();
  readonly #pending = new Map<string, PendingEnd>();
  readonly #retryDelaysMs: readonly number[];
  readonly #window: EndGuardOptions['window'];
  #listening = false;

  constructor(options: EndGuardOptions = {}) {
    this.#retryDelaysMs = options.retryDelaysMs ?? [1_000, 3_000, 9_000];
    this.#window = options.window ?? (typeof window === 'undefined' ? undefined : window);
  }

  /**
   * Sends the end request unless one was already sent. Resolves after the
   * first attempt settles; retries carry on in the background.
   */
  async end(api: ConversationApi, conversationId: string): Promise<void> {
    const key = api.endUrl(conversationId);
    if (this.#requested.has(key)) return;
    this.#requested.add(key);
    await this.#attempt(key, api, conversationId, 0);
  }

  async #attempt(key: string, api: ConversationApi, conversationId: string, retry: number): Promise<void> {
    this.#pending.delete(key);
    if ((await api.end(conversationId)) === 'ended') {
      this.#listenForPageHide();
      return;
    }
    const delay = this.#retryDelaysMs[retry];
    if (delay === undefined) {
      api.beaconEnd(conversationId);
      this.#listenForPageHide();
      return;
    }
    const timer = setTimeout(() => void this.#attempt(key, api, conversationId, retry + 1), delay);
    this.#pending.set(key, { api, conversationId, timer });
    this.#listenForPageHide();
  }

  /** Listens only while something waits for a retry, so an idle page keeps no listener. */
  #listenForPageHide(): void {
    const wanted = this.#pending.size > 0;
    if (wanted === this.#listening) return;
    this.#listening = wanted;
    if (wanted) this.#window?.addEventListener('pagehide', this.#onPageHide);
    else this.#window?.removeEventListener('pagehide', this.#onPageHide);
  }

  readonly #onPageHide = (): void => {
    for (const { api, conversationId, timer } of this.#pending.values()) {
      clearTimeout(timer);
      api.beaconEnd(conversationId);
    }
    this.#pending.clear();
    this.#listenForPageHide();
  };
}

/** One guard per page: every element shares it, so no conversation can be ended twice. */
export const endGuard = new EndGuard();
