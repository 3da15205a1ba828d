import { TavusError, type TavusErrorCode } from './errors.js';

/** Cloudflare requires this exact URL: no self-hosting, no bundling. */
export const TURNSTILE_SCRIPT_URL = 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit';

type TurnstileWindow = Window & { turnstile?: Turnstile.Turnstile };

let loading: Promise<Turnstile.Turnstile> | undefined;

/**
 * Loads Turnstile once per page, however many elements ask. A page that
 * already has the script (another bundle, the site itself) is reused.
 */
export function loadTurnstile(nonce = '', timeoutMs = 10_000): Promise<Turnstile.Turnstile> {
  loading ??= new Promise<Turnstile.Turnstile>((resolve, reject) => {
    const existing = (window as TurnstileWindow).turnstile;
    if (existing) {
      resolve(existing);
      return;
    }
    let script = document.querySelector<HTMLScriptElement>(`script[src="${TURNSTILE_SCRIPT_URL}"]`);
    const added = !script;
    const settle = () => {
      clearTimeout(timer);
      const turnstile = (window as TurnstileWindow).turnstile;
      if (turnstile) {
        resolve(turnstile);
        return;
      }
      // Let a later attempt inject the script afresh.
      if (added) script?.remove();
      loading = undefined;
      reject(new TavusError('captcha-unavailable'));
    };
    const timer = setTimeout(settle, timeoutMs);
    if (!script) {
      script = document.createElement('script');
      script.src = TURNSTILE_SCRIPT_URL;
      script.async = true;
      if (nonce) script.nonce = nonce;
      document.head.append(script);
    }
    script.addEventListener('load', settle);
    script.addEventListener('error', settle);
  });
  return loading;
}

/** Turnstile's error-callback codes, as the element reports them; `retry` for the timeouts worth one more try. */
export function captchaErrorCode(code: string): TavusErrorCode | 'retry' {
  if (code === '110200') return 'captcha-domain-not-allowed';
  if (code === '110100' || code === '110110') return 'captcha-invalid-key';
  if (code === '110500' || code === '110510') return 'captcha-unsupported-browser';
  if (code === '200500') return 'captcha-unavailable';
  if (/^1106[02]\d$/.test(code)) return 'retry';
  return 'captcha-failed';
}

export interface TurnstileChallengeOptions {
  siteKey: string;
  action?: string | undefined;
  nonce?: string | undefined;
  /** The page language, or `auto`. */
  language: string;
  /** Where the widget renders: an element in the shadow root (selectors would search the document). */
  container: () => HTMLElement;
  /** How long the script may take to load. */
  loadTimeoutMs?: number;
}

interface Waiting {
  resolve: (token: string) => void;
  reject: (error: TavusError) => void;
}

/**
 * One element's Turnstile widget. Tokens are single-use and live 300 s, so
 * one is handed out once, the widget is reset after every start attempt and
 * refreshed when a token expires.
 */
export class TurnstileChallenge {
  readonly #options: TurnstileChallengeOptions;
  #turnstile: Turnstile.Turnstile | undefined;
  #widgetId: string | undefined;
  #token: string | undefined;
  #waiting: Waiting | undefined;
  #retriedTimeout = false;

  constructor(options: TurnstileChallengeOptions) {
    this.#options = options;
  }

  /** A fresh single-use token, running the challenge if needed; rejects with a {@link TavusError}. */
  async token(): Promise<string> {
    const turnstile = (this.#turnstile ??= await loadTurnstile(this.#options.nonce, this.#options.loadTimeoutMs));
    const ready = this.#token;
    if (ready) {
      this.#token = undefined;
      return ready;
    }
    return new Promise<string>((resolve, reject) => {
      this.#waiting = { resolve, reject };
      this.#retriedTimeout = false;
      if (this.#widgetId === undefined) this.#render(turnstile);
    });
  }

  /** Drops the token just spent; Turnstile then makes a new one. */
  reset(): void {
    this.#token = undefined;
    if (this.#widgetId !== undefined) this.#turnstile?.reset(this.#widgetId);
  }

  /** Takes the widget off the page; a pending token() is refused. */
  remove(): void {
    if (this.#widgetId !== undefined) this.#turnstile?.remove(this.#widgetId);
    this.#widgetId = undefined;
    this.#token = undefined;
    this.#settle(undefined, new TavusError('captcha-failed'));
  }

  #render(turnstile: Turnstile.Turnstile): void {
    const { siteKey, action, language } = this.#options;
    const container = this.#options.container();
    // The normal widget is 300 px wide; where the element is narrower, the compact one (150 px) fits.
    const room = container.parentElement?.clientWidth ?? 0;
    const id = turnstile.render(container, {
      sitekey: siteKey,
      ...(action ? { action } : {}),
      theme: 'auto',
      size: room > 0 && room < 340 ? 'compact' : 'normal',
      language,
      'response-field': false,
      callback: (token) => {
        if (!this.#settle(token)) this.#token = token;
      },
      'expired-callback': () => this.reset(),
      'timeout-callback': () => this.reset(),
      'error-callback': (code) => this.#onError(String(code)),
    });
    if (id === null || id === undefined) {
      this.#settle(undefined, new TavusError('captcha-failed'));
      return;
    }
    this.#widgetId = id;
  }

  #onError(code: string): void {
    const mapped = captchaErrorCode(code);
    if (mapped === 'retry' && !this.#retriedTimeout) {
      this.#retriedTimeout = true;
      this.reset();
      return;
    }
    // Reset, so the next attempt gets a fresh challenge instead of waiting on a failed widget.
    this.reset();
    this.#settle(undefined, new TavusError(mapped === 'retry' ? 'captcha-failed' : mapped));
  }

  /** Hands a token (or an error) to whoever waits; false when nobody does. */
  #settle(token: string | undefined, error?: TavusError): boolean {
    const waiting = this.#waiting;
    if (!waiting) return false;
    this.#waiting = undefined;
    if (token) waiting.resolve(token);
    else waiting.reject(error ?? new TavusError('captcha-failed'));
    return true;
  }
}
