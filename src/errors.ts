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
  | 'media-blocked';

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
}

const SENTENCES: Record<TavusErrorCode, string> = {
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
};

/** Codes where pressing "Try again" can help; the others need someone to change something first. */
const RETRYABLE: ReadonlySet<TavusErrorCode> = new Set<TavusErrorCode>([
  'busy',
  'rate-limited',
  'server-error',
  'network',
  'timeout',
  'invalid-response',
  'call-failed',
]);

export function isRetryable(code: TavusErrorCode): boolean {
  return RETRYABLE.has(code);
}

/** Builds a {@link TavusError} with the standard sentence for its code unless one is given. */
export function tavusError(
  code: TavusErrorCode,
  extra: Partial<Omit<TavusError, 'code'>> = {},
): TavusError {
  const error: TavusError = { code, message: extra.message ?? SENTENCES[code] };
  if (extra.status !== undefined) error.status = extra.status;
  if (extra.retryAfter !== undefined) error.retryAfter = extra.retryAfter;
  if (extra.detail) error.detail = extra.detail;
  return error;
}
