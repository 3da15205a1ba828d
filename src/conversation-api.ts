import { isUsableConversationUrl } from './conversation-url.js';
import {
  DeploymentApi,
  errorText,
  failure,
  parseJson,
  stringField,
  type Conversation,
  type EndOutcome,
  type StartRequest,
} from './deployment-api.js';
import { TavusError, type TavusErrorCode } from './errors.js';

/**
 * Starts and ends conversations on the keyless endpoints: the part of the
 * API client only a start needs, so it travels in the engine chunk.
 */
export class ConversationApi extends DeploymentApi {
  /** Creates a conversation. Rejects with {@link TavusError} only. */
  async start(body: StartRequest): Promise<Conversation> {
    const { response, text } = await this.send(
      this.startUrl,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
      this.options.startRequestCapMs ?? 60_000,
    );
    if (!response.ok) throw startFailure(response, text, body.password !== undefined);
    const json = parseJson(text);
    const id = stringField(json, 'conversation_id');
    const url = stringField(json, 'conversation_url');
    if (!id || !url || !isUsableConversationUrl(url, this.baseUrl)) {
      throw new TavusError('invalid-response', { status: response.status, conversationId: id });
    }
    const conversation: Conversation = { conversationId: id, conversationUrl: url };
    const token = stringField(json, 'meeting_token');
    if (token) conversation.meetingToken = token;
    return conversation;
  }

  /**
   * Ends a conversation with a CORS-simple, bodiless keepalive POST, so it
   * survives the page going away and needs no preflight. A 404 means the
   * server no longer knows the conversation: nothing left to end.
   */
  async end(conversationId: string): Promise<EndOutcome> {
    try {
      const response = await this.fetcher(this.endUrl(conversationId), {
        method: 'POST',
        keepalive: true,
        credentials: 'omit',
        mode: 'cors',
      });
      return response.ok || response.status === 404 ? 'ended' : 'retry';
    } catch {
      return 'retry';
    }
  }

  /** Last resort when fetch cannot be used: the beacon is queued by the browser, with no answer. */
  beaconEnd(conversationId: string): boolean {
    try {
      return (this.options.sendBeacon ?? ((url) => navigator.sendBeacon(url)))(this.endUrl(conversationId));
    } catch {
      return false;
    }
  }
}

/** Seconds to wait when a 429/503 carries no readable `Retry-After`. */
export const DEFAULT_RETRY_AFTER_SECONDS = 10;

/** A start's own refusals (Retry-After, a password, a captcha, a security mode), else what any request's status means. */
function startFailure(response: Response, text: string, sentPassword: boolean): TavusError {
  const { status } = response;
  const detail = errorText(text).slice(0, 300);
  const extra = { status, ...(detail ? { detail } : {}) };
  if (status === 429 || status === 503) {
    return new TavusError('rate-limited', { ...extra, retryAfter: retryAfterSeconds(response.headers.get('Retry-After')) });
  }
  if (status === 401) {
    // The server's text for a bad password is noise next to our own sentence.
    return new TavusError(sentPassword ? 'password-incorrect' : 'password-required', { status });
  }
  if (status === 403 && /captcha/i.test(detail)) {
    const captcha = /captcha token required/i.test(detail) ? 'required' : /captcha verification failed/i.test(detail) ? 'rejected' : undefined;
    return new TavusError('captcha-failed', { ...extra, captcha });
  }
  if (status === 426 && stringField(parseJson(text), 'code') === 'deployment_security_required') {
    return new TavusError('unsupported-deployment-security', extra);
  }
  return failure(response, text, codeForStatus);
}

function codeForStatus(status: number): TavusErrorCode {
  switch (status) {
    case 400:
      return 'bad-request';
    case 402:
      return 'limit-reached';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
    case 423:
      return 'busy';
    default:
      return status >= 500 ? 'server-error' : 'bad-request';
  }
}


/** `Retry-After` is either delta-seconds or an HTTP date; unreadable means our default. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (header) {
    const trimmed = header.trim();
    if (/^\d+$/.test(trimmed)) return Math.max(1, Number(trimmed));
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) return Math.max(1, Math.ceil((date - now) / 1000));
  }
  return DEFAULT_RETRY_AFTER_SECONDS;
}
