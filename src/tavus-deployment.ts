import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state as internalState } from 'lit/decorators.js';
import type { CallFactory } from './call-adapter.js';
import { configProblem, parseMemoryStores, type DeploymentConfig } from './config.js';
import { CountdownController } from './controllers/countdown-controller.js';
import { PageExitController } from './controllers/page-exit-controller.js';
import { dailyCallFactory } from './daily-call.js';
import { DeploymentApi, type StartRequest } from './deployment-api.js';
import { isRetryable, tavusError, type TavusError } from './errors.js';
import { emit } from './events.js';
import { Session, type SessionNotice } from './session.js';
import type { SessionState, StateName } from './session-state.js';
import { styles } from './styles.js';

const STATUS: Record<StateName, string> = {
  idle: '',
  'awaiting-password': 'A password is needed to start this conversation.',
  starting: 'Starting your conversation…',
  joining: 'Connecting to the call…',
  connected: 'You are in the conversation.',
  ending: 'Ending the conversation…',
  ended: 'The conversation has ended.',
  error: '',
};

/** States whose status line is shown as well as announced; elsewhere the view itself says it. */
const SHOWN_STATUS: ReadonlySet<StateName> = new Set<StateName>(['starting', 'ending', 'ended']);

function inCall(state: SessionState): boolean {
  return state.name === 'joining' || state.name === 'connected';
}

/**
 * Starts a live Tavus AI video conversation from a deployment and shows it in
 * the page. No API key is used: the keyless deployment endpoints create and
 * end the conversation, and Daily's call frame is mounted in the shadow root.
 *
 * @summary A live AI video conversation from a Tavus deployment.
 *
 * @attribute {'idle' | 'awaiting-password' | 'starting' | 'joining' | 'connected' | 'ending' | 'ended' | 'error'} state -
 *   Set by the element, never read: mirrors the lifecycle for CSS such as `tavus-deployment[state='connected']`.
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

  /** The ID of the Tavus deployment to start conversations from. Required. */
  @property({ attribute: 'deployment-id', reflect: true })
  deploymentId = '';

  /** The Tavus API origin. Change it only for a proxy or a local mock. */
  @property({ attribute: 'base-url' })
  baseUrl = 'https://tavusapi.com';

  /** Extra context for this visitor's conversation, sent as `conversational_context`. */
  @property({ attribute: 'conversational-context' })
  conversationalContext = '';

  /** What the replica says first, sent as `custom_greeting`. */
  @property({ attribute: 'custom-greeting' })
  customGreeting = '';

  /** Memory stores for the conversation; the attribute is comma-separated. */
  @property({
    attribute: 'memory-stores',
    converter: { fromAttribute: parseMemoryStores, toAttribute: (stores: string[]) => stores.join(',') },
  })
  memoryStores: string[] = [];

  /**
   * Makes the call for each conversation. Defaults to Daily Prebuilt
   * (`@daily-co/daily-js`, loaded on demand); tests and demos supply their own.
   */
  @property({ attribute: false })
  callFactory: CallFactory = dailyCallFactory;

  /** A non-fatal problem shown over the call (blocked camera or microphone). */
  @internalState()
  private notice: TavusError | undefined;

  @query('[part="call"]')
  private callPart!: HTMLElement;

  readonly #session = new Session({ notify: (notice) => this.#onNotice(notice) });
  readonly #countdown = new CountdownController(this);
  #readyFor: string | undefined;
  /** Where focus should go after the next render, decided when the state changes. */
  #pendingFocus: 'password' | 'successor' | undefined;

  constructor() {
    super();
    new PageExitController(this, (exit) => void this.#session.end(exit));
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
    if (this.#countdown.remaining > 0) return;
    await this.#session.start({
      api: new DeploymentApi(this.#config),
      request: this.#startRequest(),
      callFactory: this.callFactory,
      mount: () => this.updateComplete.then(() => this.callPart),
    });
  }

  /** Ends the conversation (or cancels a start). Resolves when it is over; never rejects. */
  async endConversation(): Promise<void> {
    await this.#session.end('user');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('state', this.state);
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
        if (notice.error.code === 'media-blocked') this.notice = notice.error;
        emit(this, 'tavus:error', notice.error);
        break;
      case 'app-message':
        emit(this, 'tavus:protocol-message', notice.data);
        break;
      case 'tool-call':
        emit(this, 'tavus:tool-call', notice.toolCall);
        break;
    }
  }

  #onStateChange(state: SessionState, previous: SessionState): void {
    if (state.name === 'awaiting-password') this.#pendingFocus = 'password';
    else if (state.name === 'connected') this.#pendingFocus = undefined;
    else if (this.matches(':focus-within')) this.#pendingFocus = 'successor';
    if (state.name === 'error' && state.error.retryAfter) this.#countdown.start(state.error.retryAfter);
    else this.#countdown.stop();
    if (!inCall(state)) this.notice = undefined;
    if (this.isConnected) this.setAttribute('state', state.name);
    this.requestUpdate();
    emit(this, 'tavus:state-change', { state: state.name, previous: previous.name });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('deploymentId') || changed.has('baseUrl')) this.#applyConfig();
  }

  #applyConfig(): void {
    const problem = configProblem(this.#config);
    const current = this.#session.state;
    if (problem) {
      this.#session.fail(tavusError('invalid-config', { message: problem }));
    } else if (current.name === 'error' && current.error.code === 'invalid-config') {
      this.#session.reset();
    }
  }

  protected override updated(): void {
    const { deploymentId } = this;
    if (!configProblem(this.#config) && this.#readyFor !== deploymentId) {
      this.#readyFor = deploymentId;
      emit(this, 'tavus:ready', { deploymentId });
    }
    // Daily owns the call part's children; once the call is over, drop whatever a hung destroy() left.
    if (!inCall(this.#session.state) && this.callPart.childElementCount > 0) this.callPart.replaceChildren();
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
    const successor = root.querySelector<HTMLElement>('[part="retry-button"], [part="start-button"]');
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
      ${live ? nothing : html`<div class="surface">${this.#renderSurface(state)}</div>`}
      ${live && this.notice ? html`<p class="notice" role="alert">${this.notice.message}</p>` : nothing}
      <p part="status" role="status" class=${SHOWN_STATUS.has(state.name) ? '' : 'visually-hidden'}>${STATUS[state.name]}</p>
    `;
  }

  #renderSurface(state: SessionState): TemplateResult | typeof nothing {
    switch (state.name) {
      case 'idle':
        return this.#renderStartButton('Start conversation');
      case 'awaiting-password':
        return this.#renderPasswordForm(state.incorrect);
      case 'starting':
      case 'ending':
        return html`<div class="spinner" aria-hidden="true"></div>`;
      case 'ended':
        return this.#renderStartButton('Start a new conversation');
      case 'error':
        return this.#renderError(state.error);
      default:
        return nothing;
    }
  }

  #renderStartButton(label: string): TemplateResult {
    const preload = () => this.callFactory.preload?.();
    return html`<button
      part="start-button"
      type="button"
      @click=${() => void this.startConversation()}
      @pointerenter=${preload}
      @focus=${preload}
    >
      ${label}
    </button>`;
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
          <button class="secondary" type="button" @click=${() => void this.endConversation()}>Cancel</button>
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
