import type { DeploymentConfig } from './config.js';
import { TavusError, type TavusErrorCode } from './errors.js';

/** The body of `POST /v2/deployments/{id}/start`; only set fields are sent. */
export interface StartRequest {
  password?: string;
  conversational_context?: string;
  custom_greeting?: string;
  memory_stores?: string[];
  captcha_token?: string;
  /** Preview-only PAL override. */
  pal_id?: string;
}

/** What `GET /init` tells about a deployment before anyone presses Start. */
export interface DeploymentInfo {
  hasPassword: boolean;
  /** Present when starting needs a Cloudflare Turnstile token. */
  captcha?: { siteKey?: string; action?: string };
  isAvailable: boolean;
  unavailableReason?: string;
  preview: Copy & { buttonLabel?: string };
  /** The deployment's own words for the ended view (`customization.after_call`). */
  afterCall: Copy;
  /** Its own words for why it is unavailable (`customization.unavailable_screen[unavailable_reason]`). */
  unavailableCopy: Copy;
  /** The replica's picture and looping clip, for the start surface. */
  thumbnail: { image?: string; video?: string };
  /** The colour scheme chosen in the Tavus portal (`customization.style.mode`). */
  styleMode?: 'light' | 'dark' | 'system';
  /** The floating launcher's label (`customization.widget.text.btn_title`). */
  launcherLabel?: string | undefined;
}

/** A title and a sentence the deployment's owner wrote in the Tavus portal. */
export interface Copy {
  title?: string;
  description?: string;
}

/** A conversation the deployment created: from this moment it is billed until ended. */
export interface Conversation {
  conversationId: string;
  conversationUrl: string;
  meetingToken?: string;
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

/**
 * Speaks the keyless Tavus deployment endpoints. Knows HTTP and the status
 * codes; knows nothing of the page or the element. This part reads `/init`;
 * starting and ending a conversation is `ConversationApi`'s, in the engine.
 */
export class DeploymentApi {
  readonly deploymentId: string;
  readonly baseUrl: string;
  protected readonly fetcher: FetchLike;
  protected readonly options: DeploymentApiOptions;

  constructor(options: DeploymentApiOptions) {
    this.options = options;
    this.deploymentId = options.deploymentId;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  }

  get #deploymentUrl(): string {
    return `${this.baseUrl}/v2/deployments/${encodeURIComponent(this.deploymentId)}`;
  }

  get initUrl(): string {
    return `${this.#deploymentUrl}/init`;
  }

  get startUrl(): string {
    return `${this.#deploymentUrl}/start`;
  }

  endUrl(conversationId: string): string {
    return `${this.#deploymentUrl}/conversations/${encodeURIComponent(conversationId)}/end`;
  }

  /** Reads the deployment's gates and copy. Rejects with {@link TavusError} only. */
  async init(): Promise<DeploymentInfo> {
    const { response, text } = await this.send(this.initUrl, { method: 'GET' }, 10_000);
    if (!response.ok) throw failure(response, text);
    const json = parseJson(text);
    const captcha = objectField(json, 'captcha');
    const customization = objectField(json, 'customization');
    const preview = objectField(customization, 'preview');
    const reason = stringField(json, 'unavailable_reason');
    const info: DeploymentInfo = {
      hasPassword: field(json, 'has_password') === true,
      isAvailable: field(json, 'is_available') !== false,
      preview: copyOf(preview),
      afterCall: copyOf(objectField(customization, 'after_call')),
      unavailableCopy: copyOf(objectField(objectField(customization, 'unavailable_screen'), reason ?? '')),
      thumbnail: {},
      launcherLabel: stringField(objectField(objectField(customization, 'widget'), 'text'), 'btn_title'),
    };
    const image = httpUrl(stringField(json, 'thumbnail_image_url'));
    const video = httpUrl(stringField(json, 'thumbnail_video_url'));
    if (image) info.thumbnail.image = image;
    if (video) info.thumbnail.video = video;
    const mode = stringField(objectField(customization, 'style'), 'mode');
    if (mode === 'light' || mode === 'dark' || mode === 'system') info.styleMode = mode;
    if (reason) info.unavailableReason = reason;
    if (captcha) {
      info.captcha = {};
      const siteKey = stringField(captcha, 'site_key');
      const action = stringField(captcha, 'action');
      if (siteKey) info.captcha.siteKey = siteKey;
      if (action) info.captcha.action = action;
    }
    const buttonLabel = stringField(preview, 'btn_title');
    if (buttonLabel) info.preview.buttonLabel = buttonLabel;
    return info;
  }

  /** One request with a socket cap; rejects with `timeout` or `network` only. */
  protected async send(url: string, init: RequestInit, capMs: number): Promise<{ response: Response; text: string }> {
    const signal = AbortSignal.timeout(capMs);
    try {
      const response = await this.fetcher(url, { ...init, credentials: 'omit', mode: 'cors', signal });
      return { response, text: await response.text().catch(() => '') };
    } catch {
      // Asked of the signal, not the rejection: WebKit rejects a timed-out fetch with a plain AbortError.
      const timedOut = signal.aborted && (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError';
      throw new TavusError(timedOut ? 'timeout' : 'network');
    }
  }
}

/**
 * What a refusal means, from its status (and, for 403, its words); `ConversationApi` knows a start's own refusals
 * (a password, a captcha, Retry-After).
 */
export function failure(
  response: Response,
  text: string,
  // For /init only a missing deployment changes what the element offers; a start knows every status (the engine's).
  codeFor: (status: number) => TavusErrorCode = (status) => (status === 404 ? 'not-found' : 'server-error'),
): TavusError {
  const { status } = response;
  const detail = errorText(text).slice(0, 300);
  const extra = { status, ...(detail ? { detail } : {}) };
  if (status === 403 && /origin not allowed/i.test(detail)) return new TavusError('origin-not-allowed', { status });
  return new TavusError(codeFor(status), extra);
}


/** Error bodies are usually `{"error": "..."}`, sometimes `{"message": "..."}`. */
export function errorText(text: string): string {
  const json = parseJson(text);
  return stringField(json, 'error') ?? stringField(json, 'message') ?? '';
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function field(json: unknown, key: string): unknown {
  return typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[key] : undefined;
}

export function stringField(json: unknown, key: string): string | undefined {
  const value = field(json, key);
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A title and a description, where the owner wrote them. */
function copyOf(json: unknown): Copy {
  const copy: Copy = {};
  const title = stringField(json, 'title');
  const description = stringField(json, 'description');
  if (title) copy.title = title;
  if (description) copy.description = description;
  return copy;
}

/** Only web addresses become a `src`: a `javascript:` or `data:` URL from a server has no business there. */
function httpUrl(value: string | undefined): string | undefined {
  return value && /^https?:\/\//i.test(value) ? value : undefined;
}

function objectField(json: unknown, key: string): object | undefined {
  const value = field(json, key);
  return typeof value === 'object' && value !== null ? value : undefined;
}
