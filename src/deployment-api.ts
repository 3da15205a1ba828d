import { isUsableConversationUrl, type DeploymentConfig } from './config.js';
import { tavusError, type TavusError, type TavusErrorCode } from './errors.js';

/** The body of `POST /v2/deployments/{id}/start`; only set fields are sent. */
export interface StartRequest {
  password?: string;
  conversational_context?: string;
  custom_greeting?: string;
  memory_stores?: string[];
  captcha_token?: string;
}

/** A conversation the deployment created: from this moment it is billed until ended. */
export interface Conversation {
  conversationId: string;
  conversationUrl: string;
  meetingToken?: string;
}

/**
 * A failed API call. `conversationId` is set when the server did create a
 * conversation but its answer was unusable: that conversation must still be ended.
 */
export class DeploymentApiError extends Error {
  readonly error: TavusError;
  readonly conversationId: string | undefined;

  constructor(error: TavusError, conversationId?: string) {
    super(error.message);
    this.name = 'DeploymentApiError';
    this.error = error;
    this.conversationId = conversationId;
  }
}

/** What became of one end request. */
export type EndOutcome = 'ended' | 'retry';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface DeploymentApiOptions extends DeploymentConfig {
  fetch?: FetchLike;
  sendBeacon?: (url: string) => boolean;
  /** Hard cap on a start request; the session gives up on it sooner, this only bounds the socket. */
  startRequestCapMs?: number;
}

/** Seconds to wait when a 429/503 carries no readable `Retry-After`. */
export const DEFAULT_RETRY_AFTER_SECONDS = 10;

/**
 * Speaks the keyless Tavus deployment endpoints. Knows HTTP and the status
 * codes; knows nothing of the page or the element.
 */
export class DeploymentApi {
  readonly deploymentId: string;
  readonly baseUrl: string;
  readonly #fetch: FetchLike;
  readonly #sendBeacon: (url: string) => boolean;
  readonly #startRequestCapMs: number;

  constructor(options: DeploymentApiOptions) {
    this.deploymentId = options.deploymentId;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#sendBeacon = options.sendBeacon ?? ((url) => navigator.sendBeacon(url));
    this.#startRequestCapMs = options.startRequestCapMs ?? 60_000;
  }

  get #deploymentUrl(): string {
    return `${this.baseUrl}/v2/deployments/${encodeURIComponent(this.deploymentId)}`;
  }

  get startUrl(): string {
    return `${this.#deploymentUrl}/start`;
  }

  endUrl(conversationId: string): string {
    return `${this.#deploymentUrl}/conversations/${encodeURIComponent(conversationId)}/end`;
  }

  /** Creates a conversation. Rejects with {@link DeploymentApiError} only. */
  async start(body: StartRequest): Promise<Conversation> {
    let response: Response;
    try {
      response = await this.#fetch(this.startUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'omit',
        mode: 'cors',
        signal: AbortSignal.timeout(this.#startRequestCapMs),
      });
    } catch (cause) {
      const code = cause instanceof DOMException && cause.name === 'TimeoutError' ? 'timeout' : 'network';
      throw new DeploymentApiError(tavusError(code));
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      throw new DeploymentApiError(startFailure(response, text, body.password !== undefined));
    }
    return this.#conversationFrom(text, response.status);
  }

  #conversationFrom(text: string, status: number): Conversation {
    const json = parseJson(text);
    const id = stringField(json, 'conversation_id');
    const url = stringField(json, 'conversation_url');
    if (!id || !url || !isUsableConversationUrl(url, this.baseUrl)) {
      throw new DeploymentApiError(tavusError('invalid-response', { status }), id);
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
      const response = await this.#fetch(this.endUrl(conversationId), {
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
      return this.#sendBeacon(this.endUrl(conversationId));
    } catch {
      return false;
    }
  }
}

function startFailure(response: Response, text: string, sentPassword: boolean): TavusError {
  const { status } = response;
  const detail = stringField(parseJson(text), 'error') ?? stringField(parseJson(text), 'message');
  const extra = { status, ...(detail ? { detail: detail.slice(0, 300) } : {}) };
  if (status === 429 || status === 503) {
    return tavusError('rate-limited', { ...extra, retryAfter: retryAfterSeconds(response.headers.get('Retry-After')) });
  }
  if (status === 401) {
    // The server's text for a bad password is noise next to our own sentence.
    return tavusError(sentPassword ? 'password-incorrect' : 'password-required', { status });
  }
  return tavusError(codeForStatus(status), extra);
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

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function stringField(json: unknown, key: string): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const value = (json as Record<string, unknown>)[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
