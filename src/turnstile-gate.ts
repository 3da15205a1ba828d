import type { DeploymentInfo } from './deployment-api.js';
import { asTavusError } from './as-tavus-error.js';
import { TavusError } from './errors.js';
import type { CaptchaGate } from './session/session.js';
import type { TurnstileChallenge } from './turnstile.js';

export interface TurnstileGateOptions {
  /** The page's own site key (the `turnstile-site-key` attribute), which beats the deployment's. */
  siteKey(): string;
  nonce(): string;
  /** The page language for the widget, or `auto`. */
  language(): string;
  /** Where the widget renders. */
  container(): HTMLElement;
}

/**
 * The element's human checks: one Turnstile widget per site key and action,
 * loaded with its module only once a challenge is actually needed.
 */
export class TurnstileGate {
  readonly #options: TurnstileGateOptions;
  #challenge: Promise<TurnstileChallenge> | undefined;
  #challengeKey = '';

  constructor(options: TurnstileGateOptions) {
    this.#options = options;
  }

  /** A human check with the page's site key, else the deployment's; one that refuses when there is neither. */
  for(info: DeploymentInfo | undefined): CaptchaGate {
    const siteKey = this.#options.siteKey() || info?.captcha?.siteKey;
    if (!siteKey) {
      return {
        token: () => Promise.reject(new TavusError('captcha-unavailable', { reason: 'no-site-key' })),
        reset: () => undefined,
      };
    }
    const action = info?.captcha?.action;
    return {
      token: async () => {
        try {
          return await (await this.#load(siteKey, action)).token();
        } catch (error) {
          // A failed module import is a blocked or offline network, like a failed script.
          throw asTavusError(error, 'captcha-unavailable');
        }
      },
      reset: () => void this.#challenge?.then((c) => c.reset()).catch(() => undefined),
    };
  }

  /** Visitor intent: fetch Turnstile's script while they decide, if this deployment will need it. */
  preload(info: DeploymentInfo | undefined): void {
    if (info?.captcha) {
      import('./turnstile.js').then(({ loadTurnstile }) => loadTurnstile(this.#options.nonce())).catch(() => undefined);
    }
  }

  /** Takes the widget off the page. */
  remove(): void {
    void this.#challenge?.then((challenge) => challenge.remove()).catch(() => undefined);
    this.#challenge = undefined;
  }

  #load(siteKey: string, action: string | undefined): Promise<TurnstileChallenge> {
    const key = `${siteKey} ${action ?? ''}`;
    if (this.#challenge && this.#challengeKey !== key) this.remove();
    this.#challengeKey = key;
    this.#challenge ??= import('./turnstile.js').then(
      ({ TurnstileChallenge }) =>
        new TurnstileChallenge({
          siteKey,
          action,
          nonce: this.#options.nonce(),
          language: this.#options.language(),
          container: () => this.#options.container(),
        }),
    );
    // A failed download is tried again at the next attempt rather than remembered.
    this.#challenge.catch(() => (this.#challenge = undefined));
    return this.#challenge;
  }
}
