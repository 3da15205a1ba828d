import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CallFactory } from './call-adapter.js';
import { configProblem, parseMemoryStores, type DeploymentConfig } from './config.js';
import { CountdownController } from './controllers/countdown-controller.js';
import { DeploymentInfoController } from './controllers/deployment-info-controller.js';
import { PageExitController } from './controllers/page-exit-controller.js';
import { dailyCallFactory } from './daily-call.js';
import { DeploymentApi, type DeploymentInfo, type StartRequest } from './deployment-api.js';
import {
  isRetryable,
  NO_SITE_KEY_MESSAGE,
  tavusError,
  unavailableError,
  type TavusError,
  type TavusErrorCode,
} from './errors.js';
import { emit } from './events.js';
import { Session, type CaptchaGate, type SessionNotice } from './session.js';
import type { SessionState, StateName } from './session-state.js';
import type { TurnstileChallenge } from './turnstile.js';
import { styles } from './styles.js';
import { VERSION } from './version.js';

const STATUS: Record<StateName, string> = {
  idle: '',
  'awaiting-password': 'A password is needed to start this conversation.',
  'awaiting-captcha': 'Checking that you are human…',
  starting: 'Starting your conversation…',
  joining: 'Connecting to the call…',
  connected: 'You are in the conversation.',
  ending: 'Ending the conversation…',
  ended: 'The conversation has ended.',
  error: '',
  unavailable: '',
};

/** States whose status line is shown as well as announced; elsewhere the view itself says it. */
const SHOWN_STATUS: ReadonlySet<StateName> = new Set<StateName>(['awaiting-captcha', 'starting', 'ending', 'ended']);

/** States in which a conversation is being set up or is live. */
const BUSY: ReadonlySet<StateName> = new Set<StateName>([
  'awaiting-password',
  'awaiting-captcha',
  'starting',
  'joining',
  'connected',
]);

/** Answers that mean Start can't work from this page for this deployment; other `/init` failures still offer Start. */
const FINAL_INIT_ERRORS: ReadonlySet<string> = new Set(['not-found', 'origin-not-allowed']);

function inCall(state: SessionState): boolean {
  return state.name === 'joining' || state.name === 'connected';
}

/**
 * Starts a live Tavus AI video conversation from a deployment and shows it in
 * the page. No API key is used: the keyless deployment endpoints create and
 * end the conversation, and Daily's call frame is mounted in the shadow root.
 *
 * @tagname tavus-deployment
 * @summary A live AI video conversation from a Tavus deployment.
 *
 * @attribute {'idle' | 'awaiting-password' | 'awaiting-captcha' | 'starting' | 'joining' | 'connected' | 'ending' | 'ended' | 'error' | 'unavailable'} state -
 *   Set by the element, never read: mirrors the lifecycle for CSS such as `tavus-deployment[state='connected']`.
 * @attribute {string} nonce - The standard `nonce` attribute: copied onto the Turnstile script tag, for pages with a
 *   strict Content-Security-Policy (the browser's own `nonce` property keeps it after the attribute is hidden).
 *
 * @fires {CustomEvent<TavusReadyDetail>} tavus:ready - The element is upgraded and has a usable deployment-id.
 * @fires {CustomEvent<TavusStateChangeDetail>} tavus:state-change - The lifecycle state changed.
 * @fires {CustomEvent<TavusConversationCreatedDetail>} tavus:conversation-created - The deployment created a conversation (billing starts).
 * @fires {CustomEvent<TavusConversationStartedDetail>} tavus:conversation-started - The visitor joined the call.
 * @fires {CustomEvent<TavusConversationEndedDetail>} tavus:conversation-ended - The conversation was ended; `reason` says why.
 * @fires {CustomEvent<TavusErrorDetail>} tavus:error - Something went wrong; `code` is stable, `message` is for people.
 * @fires {CustomEvent<unknown>} tavus:protocol-message - A Daily app-message from the conversation (Tavus Interactions Protocol).
 * @fires {CustomEvent<TavusToolCallDetail>} tavus:tool-call - The replica called a tool (`conversation.tool_call`).
 *
 * @csspart start-button - The button that starts (or restarts) a conversation.
 * @csspart password-form - The password prompt.
 * @csspart password-input - The password field.
 * @csspart password-submit - The password prompt's submit button.
 * @csspart password-error - The message shown when the password was wrong.
 * @csspart status - The live region announcing progress.
 * @csspart call - The container Daily's call frame is mounted in.
 * @csspart captcha - The container the Cloudflare Turnstile widget renders in.
 * @csspart title - The start surface's heading (from `start-title` or the deployment's preview copy).
 * @csspart description - The start surface's text (from `start-description` or the deployment's preview copy).
 * @csspart error - The error view.
 * @csspart error-message - The error sentence.
 * @csspart retry-button - The "Try again" button of the error view.
 *
 * @cssprop [--tavus-accent=#4338ca] - Buttons, focus rings and the spinner.
 * @cssprop [--tavus-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--tavus-surface=#ffffff] - Background of the element.
 * @cssprop [--tavus-text=#1c1b22] - Main text colour.
 * @cssprop [--tavus-muted=#55536a] - Secondary text and borders.
 * @cssprop [--tavus-danger=#b3261e] - Error text.
 * @cssprop [--tavus-radius=12px] - Corner radius of the element; buttons and fields derive theirs from it.
 * @cssprop [--tavus-font=system-ui] - Font family.
 */
export class TavusDeployment extends LitElement {
  static override styles = styles;

  /** The version of this element, to tell two copies on one page apart. */
  static readonly version = VERSION;

  // Declared without decorators: Lit's decorator runtime would cost the CDN script half a kilobyte gzip.
  static override properties = {
    deploymentId: { attribute: 'deployment-id', reflect: true },
    baseUrl: { attribute: 'base-url' },
    conversationalContext: { attribute: 'conversational-context' },
    customGreeting: { attribute: 'custom-greeting' },
    memoryStores: {
      attribute: 'memory-stores',
      converter: { fromAttribute: parseMemoryStores, toAttribute: (stores: string[]) => stores.join(',') },
    },
    turnstileSiteKey: { attribute: 'turnstile-site-key' },
    startTitle: { attribute: 'start-title' },
    startDescription: { attribute: 'start-description' },
    startLabel: { attribute: 'start-label' },
    callFactory: { attribute: false },
  };

  /** The ID of the Tavus deployment to start conversations from. Required. */
  deploymentId = '';

  /** The Tavus API origin. Change it only for a proxy or a local mock. */
  baseUrl = 'https://tavusapi.com';

  /** Extra context for this visitor's conversation, sent as `conversational_context`. */
  conversationalContext = '';

  /** What the replica says first, sent as `custom_greeting`. */
  customGreeting = '';

  /** Memory stores for the conversation; the attribute is comma-separated. */
  memoryStores: string[] = [];

  /** Cloudflare Turnstile site key; overrides the one the deployment announces. */
  turnstileSiteKey = '';

  /** Heading of the start surface; defaults to the deployment's preview title. */
  startTitle = '';

  /** Text of the start surface; defaults to the deployment's preview description. */
  startDescription = '';

  /** Label of the Start button; defaults to the deployment's preview button title, then "Start conversation". */
  startLabel = '';

  /**
   * Makes the call for each conversation. Defaults to Daily Prebuilt
   * (`@daily-co/daily-js`, loaded on demand); tests and demos supply their own.
   */
  callFactory: CallFactory = dailyCallFactory;

  /** A non-fatal problem shown over the call (blocked camera or microphone). */
  #notice: TavusError | undefined;

  readonly #session = new Session({ notify: (notice) => this.#onNotice(notice) });
  readonly #countdown = new CountdownController(this);
  readonly #deployment = new DeploymentInfoController(this, (result) => this.#onDeploymentRead(result));
  /** Loaded with the Turnstile module, only once a challenge is actually needed; one per site key and action. */
  #challenge: Promise<TurnstileChallenge> | undefined;
  #challengeKey = '';
  #readyFor: string | undefined;
  /** Where focus should go after the next render, decided when the state changes. */
  #pendingFocus: 'password' | 'successor' | undefined;
  /** Counts starts and ends asked for: a start still waiting on /init yields to any later request (React StrictMode's start, end, start). */
  #requests = 0;

  constructor() {
    super();
    new PageExitController(this, (exit) => {
      // A start still waiting on /init must not outlive the page (restored from the back-forward cache).
      this.#requests += 1;
      void this.#session.end(exit);
      if (exit === 'removed') this.#removeChallenge();
    });
  }

  /** The lifecycle state, also reflected as the `state` attribute. */
  get state(): StateName {
    return this.#session.state.name;
  }

  /**
   * Starts a conversation (as the Start button does). Resolves once the
   * attempt settles; never rejects: failures arrive as `tavus:error` and in the UI.
   */
  async startConversation(): Promise<void> {
    const problem = configProblem(this.#config);
    if (problem) {
      this.#session.fail(tavusError('invalid-config', { message: problem }));
      return;
    }
    if (!this.#mayStart()) return;
    const request = ++this.#requests;
    const config = this.#config;
    // /init is usually back long before the click; if not, its answer decides the gates.
    const info = await this.#deployment.settled();
    // The click was for that deployment: if the page switched to another meanwhile, it was not for this one.
    const changed = this.deploymentId !== config.deploymentId || this.baseUrl !== config.baseUrl;
    if (changed || request !== this.#requests || !this.#mayStart()) return;
    const api = new DeploymentApi(config);
    await this.#session.start({
      api,
      request: this.#startRequest(),
      callFactory: this.callFactory,
      mount: () => this.updateComplete.then(() => this.#part('call')),
      passwordRequired: info?.hasPassword ?? false,
      ...(info?.captcha ? { captcha: this.#captcha(info) } : {}),
      discoverCaptcha: async () => this.#captcha(await this.#deployment.load(api, true)),
    });
  }

  /**
   * Ends the conversation (or cancels a start or a prompt). Resolves once the end is sent and the call torn down
   * (at once when there was nothing to end, or an end is already under way); never rejects.
   */
  async endConversation(): Promise<void> {
    this.#requests += 1;
    await this.#session.end('user');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('state', this.state);
  }

  /**
   * As the UI: no start while Retry-After runs, nor where this deployment can't be started from this page, nor
   * from an element that is not in the document.
   */
  #mayStart(): boolean {
    // Removed while /init was read: nobody would be left to end what a start creates.
    if (!this.isConnected) return false;
    const { state } = this.#session;
    if (this.#countdown.remaining > 0 || state.name === 'unavailable') return false;
    return !(state.name === 'error' && FINAL_INIT_ERRORS.has(state.error.code));
  }

  /** A human check with the page's site key, else the deployment's; one that refuses when there is neither. */
  #captcha(info: DeploymentInfo | undefined): CaptchaGate {
    const siteKey = this.turnstileSiteKey || info?.captcha?.siteKey;
    if (!siteKey) {
      return {
        token: () => Promise.reject(tavusError('captcha-unavailable', { message: NO_SITE_KEY_MESSAGE })),
        reset: () => undefined,
      };
    }
    const action = info?.captcha?.action;
    const key = `${siteKey} ${action ?? ''}`;
    const challenge = () => {
      if (this.#challenge && this.#challengeKey !== key) this.#removeChallenge();
      this.#challengeKey = key;
      this.#challenge ??= import('./turnstile.js').then(
        ({ TurnstileChallenge }) =>
          new TurnstileChallenge({
            siteKey,
            action,
            nonce: this.nonce,
            language: this.closest<HTMLElement>('[lang]')?.lang || 'auto',
            container: () => this.#part('captcha'),
          }),
      );
      // A failed download is tried again at the next attempt rather than remembered.
      this.#challenge.catch(() => (this.#challenge = undefined));
      return this.#challenge;
    };
    return {
      token: async () => {
        try {
          return await (await challenge()).token();
        } catch (error) {
          // A failed module import is a blocked or offline network, like a failed script.
          const { code, message } = error as { code?: TavusErrorCode; message?: string };
          throw code ? tavusError(code, message ? { message } : {}) : tavusError('captcha-unavailable');
        }
      },
      reset: () => void this.#challenge?.then((c) => c.reset()).catch(() => undefined),
    };
  }

  #removeChallenge(): void {
    void this.#challenge?.then((challenge) => challenge.remove()).catch(() => undefined);
    this.#challenge = undefined;
  }

  /** Visitor intent (hover, focus, press on Start): fetch what the start will need while they decide. */
  #preload(): void {
    this.callFactory.preload?.();
    void this.#deployment.settled().then((info) => {
      if (info?.captcha) import('./turnstile.js').then(({ loadTurnstile }) => loadTurnstile(this.nonce)).catch(() => undefined);
    });
  }

  #onDeploymentRead(result: DeploymentInfo | TavusError): void {
    if ('code' in result) {
      if (FINAL_INIT_ERRORS.has(result.code)) this.#session.fail(result);
      return;
    }
    if (!result.isAvailable) this.#session.fail(unavailableError(result.unavailableReason));
    else if (this.#session.state.name === 'unavailable') this.#session.reset();
  }

  #part(name: 'call' | 'captcha'): HTMLElement {
    return this.renderRoot?.querySelector<HTMLElement>(`[part="${name}"]`) as HTMLElement;
  }

  get #config(): DeploymentConfig {
    return { deploymentId: this.deploymentId ?? '', baseUrl: this.baseUrl ?? '' };
  }

  #startRequest(): StartRequest {
    const request: StartRequest = {};
    if (this.conversationalContext) request.conversational_context = this.conversationalContext;
    if (this.customGreeting) request.custom_greeting = this.customGreeting;
    if (this.memoryStores.length > 0) request.memory_stores = [...this.memoryStores];
    return request;
  }

  #onNotice(notice: SessionNotice): void {
    switch (notice.type) {
      case 'state':
        this.#onStateChange(notice.state, notice.previous);
        break;
      case 'created':
        emit(this, 'tavus:conversation-created', {
          conversationId: notice.conversationId,
          conversationUrl: notice.conversationUrl,
        });
        break;
      case 'started':
        emit(this, 'tavus:conversation-started', { conversationId: notice.conversationId });
        break;
      case 'ended':
        emit(this, 'tavus:conversation-ended', { conversationId: notice.conversationId, reason: notice.reason });
        break;
      case 'error':
        if (notice.error.code === 'media-blocked') {
          this.#notice = notice.error;
          this.requestUpdate();
        }
        emit(this, 'tavus:error', notice.error);
        break;
      case 'app-message':
        emit(this, 'tavus:protocol-message', notice.data);
        break;
      case 'tool-call':
        emit(this, 'tavus:tool-call', notice.toolCall);
        break;
      case 'call-released': {
        // Daily owns the call part's children until its destroy() is done; then drop whatever a hung one left.
        const call = this.#part('call');
        if (call && !inCall(this.#session.state)) call.replaceChildren();
        break;
      }
    }
  }

  #onStateChange(state: SessionState, previous: SessionState): void {
    if (state.name === 'awaiting-password') this.#pendingFocus = 'password';
    else if (state.name === 'connected') this.#pendingFocus = undefined;
    else if (this.matches(':focus-within')) this.#pendingFocus = 'successor';
    if (state.name === 'error' && state.error.retryAfter) this.#countdown.start(state.error.retryAfter);
    else this.#countdown.stop();
    if (!inCall(state)) this.#notice = undefined;
    if (this.isConnected) this.setAttribute('state', state.name);
    this.requestUpdate();
    emit(this, 'tavus:state-change', { state: state.name, previous: previous.name });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('deploymentId') || changed.has('baseUrl')) this.#applyConfig();
  }

  #applyConfig(): void {
    if (BUSY.has(this.#session.state.name)) {
      // The conversation belongs to the old deployment: end it, then offer the new one from the start surface.
      void this.#session.end('user').then(() => {
        this.#session.reset();
        this.#applyConfig();
      });
      return;
    }
    const problem = configProblem(this.#config);
    const current = this.#session.state;
    if (problem) {
      this.#session.fail(tavusError('invalid-config', { message: problem }));
    } else if (current.name === 'unavailable' || (current.name === 'error' && !isRetryable(current.error.code))) {
      // A new deployment deserves a fresh look: what was final for the old one says nothing of it.
      this.#session.reset();
    }
    void this.#deployment.load(problem ? undefined : new DeploymentApi(this.#config));
  }

  protected override updated(): void {
    const { deploymentId } = this;
    if (!configProblem(this.#config) && this.#readyFor !== deploymentId) {
      this.#readyFor = deploymentId;
      emit(this, 'tavus:ready', { deploymentId });
    }
    this.#moveFocus();
  }

  /**
   * The password prompt takes focus when it opens. Otherwise focus moves only
   * for someone who was using the element: the control they used is gone, so
   * its successor (retry, start again) gets focus once there is one.
   */
  #moveFocus(): void {
    const root = this.renderRoot as ShadowRoot;
    if (this.#pendingFocus === 'password') {
      this.#pendingFocus = undefined;
      root.querySelector<HTMLInputElement>('[part="password-input"]')?.focus();
      return;
    }
    if (this.#pendingFocus !== 'successor' || root.activeElement) return;
    const outside = document.activeElement;
    if (outside && outside !== document.body && outside !== this) {
      this.#pendingFocus = undefined;
      return;
    }
    // A retry button waiting out Retry-After can't take focus yet; it gets it when it is enabled.
    const successor = root.querySelector<HTMLElement>('[part="retry-button"]:enabled, [part="start-button"]');
    if (successor) {
      this.#pendingFocus = undefined;
      successor.focus();
    }
  }

  protected override render(): TemplateResult {
    const state = this.#session.state;
    const live = inCall(state);
    return html`
      <div part="call" ?hidden=${!live}></div>
      <div class="surface" ?hidden=${live}>
        ${this.#renderSurface(state)}
        <div part="captcha" ?hidden=${state.name !== 'awaiting-captcha'}></div>
        ${state.name === 'awaiting-captcha' ? this.#renderCancel() : nothing}
      </div>
      ${live && this.#notice ? html`<p class="notice" role="alert">${this.#notice.message}</p>` : nothing}
      <p part="status" role="status" class=${SHOWN_STATUS.has(state.name) ? '' : 'visually-hidden'}>${STATUS[state.name]}</p>
    `;
  }

  #renderSurface(state: SessionState): TemplateResult | typeof nothing {
    switch (state.name) {
      case 'idle':
        return this.#renderStart();
      case 'awaiting-password':
        return this.#renderPasswordForm(state.incorrect);
      case 'starting':
      case 'ending':
        return html`<div class="spinner" aria-hidden="true"></div>`;
      case 'ended':
        return this.#renderStartButton('Start a new conversation');
      case 'error':
      case 'unavailable':
        return this.#renderError(state.error);
      default:
        return nothing;
    }
  }

  #renderStart(): TemplateResult {
    const preview = this.#deployment.info?.preview;
    const title = this.startTitle || preview?.title;
    const description = this.startDescription || preview?.description;
    return html`
      ${title ? html`<p part="title">${title}</p>` : nothing}
      ${description ? html`<p part="description">${description}</p>` : nothing}
      ${this.#renderStartButton(this.startLabel || preview?.buttonLabel || 'Start conversation')}
    `;
  }

  #renderStartButton(label: string): TemplateResult {
    const preload = () => this.#preload();
    return html`<button
      part="start-button"
      type="button"
      @click=${() => void this.startConversation()}
      @pointerenter=${preload}
      @pointerdown=${preload}
      @focus=${preload}
    >
      ${label}
    </button>`;
  }

  #renderCancel(): TemplateResult {
    return html`<button class="secondary" type="button" @click=${() => void this.endConversation()}>Cancel</button>`;
  }

  #renderPasswordForm(incorrect: boolean): TemplateResult {
    return html`
      <form part="password-form" aria-labelledby="password-title" @submit=${this.#onPasswordSubmit} novalidate>
        <p id="password-title">This conversation is protected by a password.</p>
        <label for="password">Password</label>
        <input
          id="password"
          part="password-input"
          type="password"
          name="password"
          autocomplete="current-password"
          required
          aria-invalid=${incorrect ? 'true' : 'false'}
          aria-describedby=${incorrect ? 'password-error' : nothing}
        />
        ${incorrect
          ? html`<p id="password-error" part="password-error" role="alert">
              That password is incorrect. Please try again.
            </p>`
          : nothing}
        <div class="actions">
          <button part="password-submit" type="submit">Continue</button>
          ${this.#renderCancel()}
        </div>
      </form>
    `;
  }

  #onPasswordSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('password') as HTMLInputElement;
    const password = input.value;
    // The password must not outlive this attempt anywhere in the DOM.
    input.value = '';
    if (!password) {
      input.focus();
      return;
    }
    void this.#session.submitPassword(password);
  }

  #renderError(error: TavusError): TemplateResult {
    const wait = this.#countdown.remaining;
    return html`
      <div part="error" role="alert">
        <p part="error-message">${error.message}</p>
        ${error.detail ? html`<p class="detail">${error.detail}</p>` : nothing}
        ${isRetryable(error.code)
          ? html`<button
              part="retry-button"
              type="button"
              ?disabled=${wait > 0}
              @click=${() => void this.startConversation()}
            >
              ${wait > 0 ? `Try again in ${wait} s` : 'Try again'}
            </button>`
          : nothing}
      </div>
    `;
  }
}
