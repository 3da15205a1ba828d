/**
 * Stable error codes carried by `tavus:error`. Pages may switch on these; the
 * human sentences may change between versions, the codes may not.
 */
export type TavusErrorCode =
  | 'invalid-config'
  | 'bad-request'
  | 'password-required'
  | 'password-incorrect'
  | 'limit-reached'
  | 'forbidden'
  | 'not-found'
  | 'busy'
  | 'rate-limited'
  | 'server-error'
  | 'network'
  | 'timeout'
  | 'invalid-response'
  | 'call-failed'
  | 'join-timeout'
  | 'media-blocked'
  | 'permission-denied'
  | 'permission-blocked'
  | 'device-not-found'
  | 'device-in-use'
  | 'iframe-not-allowed'
  | 'origin-not-allowed'
  | 'unavailable'
  | 'unsupported-deployment-security'
  | 'captcha-unavailable'
  | 'captcha-domain-not-allowed'
  | 'captcha-invalid-key'
  | 'captcha-unsupported-browser'
  | 'captcha-failed'
  | 'call-in-progress';

/** What `tavus:error` carries: the code, the sentence shown, and what the server said. */
export interface TavusErrorDetail {
  code: TavusErrorCode;
  /** The sentence the element shows for this error. */
  message: string;
  /** HTTP status, when the error came from a response. */
  status?: number;
  /** Seconds to wait before trying again, when the server asked for a pause. */
  retryAfter?: number;
  /** The server's own words, for developers: never shown in the element. */
  detail?: string;
  /**
   * For errors only the site owner can fix (configuration, allowed origins, the captcha's key or domains, a blocked
   * host): what to change, in English. Also logged once per element with `console.warn`.
   */
  hint?: string;
  /**
   * A finer cause: for `unavailable`, the deployment's `unavailable_reason` (`daily_limit`, `total_limit`, `busy`, …);
   * for `invalid-config`, which attribute is wrong (`missing-id`, `bad-id`, `bad-base-url`); for
   * `captcha-unavailable`, `no-site-key` when nobody named a Turnstile site key.
   */
  reason?: string;
}

export type TavusErrorInit = Omit<TavusErrorDetail, 'code' | 'message' | 'hint'> & {
  /** A conversation the server created although the answer was unusable: it must still be ended. */
  conversationId?: string | undefined;
  /** For a captcha 403: whether the token was missing or refused, which decides the retry. */
  captcha?: 'required' | 'rejected' | undefined;
};

/** Marks our errors across copies of this module (a page that loads the script twice, once with a query string). */
const BRAND = Symbol.for('tavus-deployment.error');

/**
 * The one error type inside the element: a code and what its sentence needs.
 * The API client, the gates and the call throw it; the sentence a visitor
 * reads is picked from the string table only when it is shown.
 */
export class TavusError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && BRAND in value;
  }

  readonly [BRAND] = true;
  readonly code: TavusErrorCode;
  readonly status: number | undefined;
  readonly retryAfter: number | undefined;
  readonly detail: string | undefined;
  readonly reason: string | undefined;
  readonly conversationId: string | undefined;
  readonly captcha: 'required' | 'rejected' | undefined;

  constructor(code: TavusErrorCode, init: TavusErrorInit = {}) {
    // For developers reading a console or a stack; visitors get the string table's sentence.
    super(init.detail ? `${code}: ${init.detail}` : code);
    this.name = 'TavusError';
    this.code = code;
    this.status = init.status;
    this.retryAfter = init.retryAfter;
    this.detail = init.detail || undefined;
    this.reason = init.reason || undefined;
    this.conversationId = init.conversationId;
    this.captcha = init.captcha;
  }

  /** The event detail, with `message` the sentence shown; fields that don't apply are absent. */
  toDetail(message: string, hint?: string): TavusErrorDetail {
    const detail: TavusErrorDetail = { code: this.code, message };
    if (hint) detail.hint = hint;
    if (this.status !== undefined) detail.status = this.status;
    if (this.retryAfter !== undefined) detail.retryAfter = this.retryAfter;
    if (this.detail) detail.detail = this.detail;
    if (this.reason) detail.reason = this.reason;
    return detail;
  }
}


/** Codes where pressing "Try again" can help; the others need someone to change something first. */
const RETRYABLE: ReadonlySet<TavusErrorCode> = new Set<TavusErrorCode>([
  'busy',
  'rate-limited',
  'server-error',
  'network',
  'timeout',
  'invalid-response',
  'call-failed',
  'join-timeout',
  'captcha-unavailable',
  'captcha-failed',
  'call-in-progress',
]);

export function isRetryable(code: TavusErrorCode): boolean {
  return RETRYABLE.has(code);
}

/** How an error view presents a code: a calm pause, something the site must set up, or a failure worth retrying. */
export type ErrorKind = 'unavailable' | 'setup' | 'failed';

const SETUP: ReadonlySet<TavusErrorCode> = new Set<TavusErrorCode>([
  'invalid-config',
  'bad-request',
  'forbidden',
  'not-found',
  'origin-not-allowed',
  'unsupported-deployment-security',
  'captcha-domain-not-allowed',
  'captcha-invalid-key',
  'captcha-unsupported-browser',
]);

export function errorKind({ code, reason }: { code: TavusErrorCode; reason?: string | undefined }): ErrorKind {
  if (code === 'unavailable' || code === 'limit-reached') return 'unavailable';
  return SETUP.has(code) || reason === 'no-site-key' ? 'setup' : 'failed';
}
