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
  | 'media-blocked'
  | 'origin-not-allowed'
  | 'unavailable'
  | 'unsupported-deployment-security'
  | 'captcha-unavailable'
  | 'captcha-domain-not-allowed'
  | 'captcha-invalid-key'
  | 'captcha-unsupported-browser'
  | 'captcha-failed'
  | 'call-in-progress';

/** An error as the element reports it: a code, a sentence for people, and what the server said. */
export interface TavusError {
  code: TavusErrorCode;
  /** A sentence for the visitor (or, for configuration errors, the site owner). */
  message: string;
  /** HTTP status, when the error came from a response. */
  status?: number;
  /** Seconds to wait before trying again, when the server asked for a pause. */
  retryAfter?: number;
  /** The server's own words, shown as plain text under the sentence. */
  detail?: string;
  /** For `unavailable`: the deployment's `unavailable_reason` (`daily_limit`, `total_limit`, `busy`, …). */
  reason?: string;
}

/** Sentences by code; the captcha ones travel with the lazily loaded Turnstile module. */
const SENTENCES: Partial<Record<TavusErrorCode, string>> = {
  'invalid-config': 'This conversation is not set up correctly.',
  'bad-request': 'The conversation service rejected the request.',
  'password-required': 'This conversation is protected by a password.',
  'password-incorrect': 'That password is incorrect. Please try again.',
  'limit-reached': 'The daily limit for conversations has been reached. Please come back tomorrow.',
  forbidden: 'Conversations are not allowed from this website.',
  'not-found': 'This conversation isn’t available.',
  busy: 'The conversation service is busy. Please try again shortly.',
  'rate-limited': 'Too many conversations were started just now. Please wait a moment.',
  'server-error': 'The conversation service had a problem. Please try again.',
  network: 'We couldn’t reach the conversation service. Check your connection and try again.',
  timeout: 'The conversation service took too long to answer. Please try again.',
  'invalid-response': 'The conversation service sent an answer we couldn’t use. Please try again.',
  'call-failed': 'The video call could not continue. Please try again.',
  'media-blocked':
    'Your camera or microphone is blocked. Allow access in your browser’s address bar so the conversation can hear you.',
  'origin-not-allowed':
    'This website is not allowed to start conversations for this deployment. Site owner: add this origin to the deployment’s allowed origins in the Tavus portal.',
  unavailable: 'Conversations are not available right now. Please try again later.',
  'call-in-progress': 'Another conversation is already running on this page. End it first, then try again.',
  'unsupported-deployment-security':
    'This deployment uses a start-security mode this element does not support. Site owner: turn it off for this deployment, or start conversations from your server.',
  'captcha-unavailable':
    'The human check could not load. An ad or script blocker, or the site’s Content-Security-Policy, may be blocking challenges.cloudflare.com.',
};

const CAPTCHA_FAILED = 'We couldn’t confirm you’re human. Please try again.';

/** For `captcha-unavailable` when a challenge is required but nobody says with which site key. */
export const NO_SITE_KEY_MESSAGE =
  'This deployment needs a human check, but no Turnstile site key was found. Site owner: set the turnstile-site-key attribute or enable the captcha in the Tavus portal.';

/** Sentences for `/init`'s `unavailable_reason`; other reasons get the generic `unavailable` one. */
const UNAVAILABLE: Record<string, string> = {
  daily_limit: 'Today’s conversations for this deployment are used up. Please come back tomorrow.',
  total_limit: 'This deployment has reached its conversation limit.',
  busy: 'All conversations are in use right now. Please try again in a few minutes.',
};

export function unavailableError(reason: string | undefined): TavusError {
  return tavusError('unavailable', {
    ...(reason && Object.hasOwn(UNAVAILABLE, reason) ? { message: UNAVAILABLE[reason] } : {}),
    ...(reason ? { reason } : {}),
  });
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
  'captcha-unavailable',
  'captcha-failed',
  'call-in-progress',
]);

export function isRetryable(code: TavusErrorCode): boolean {
  return RETRYABLE.has(code);
}

/** Builds a {@link TavusError} with the standard sentence for its code unless one is given. */
export function tavusError(
  code: TavusErrorCode,
  extra: Partial<Omit<TavusError, 'code'>> = {},
): TavusError {
  const error: TavusError = { code, message: extra.message ?? SENTENCES[code] ?? CAPTCHA_FAILED };
  if (extra.status !== undefined) error.status = extra.status;
  if (extra.retryAfter !== undefined) error.retryAfter = extra.retryAfter;
  if (extra.detail) error.detail = extra.detail;
  if (extra.reason) error.reason = extra.reason;
  return error;
}
