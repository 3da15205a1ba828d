import { LitElement, html, type TemplateResult } from 'lit';
import type { CallFactory } from './call-adapter.js';
import { parseMemoryStores } from './config.js';
import { ConversationController } from './controllers/conversation-controller.js';
import { FocusController } from './controllers/focus-controller.js';
import { InteractionsController } from './controllers/interactions-controller.js';
import { dailyCallFactory } from './daily-call.js';
import { isRetryable } from './errors.js';
import type {
  TavusOutgoingMessage,
  TavusSensitivity,
  TavusToolOutput,
  TavusToolResultStatus,
} from './protocol/messages.js';
import { inCall, type SessionState, type StateName } from './session/session-state.js';
import { translator } from './strings/localize.js';
import { styles } from './styles.js';
import { VERSION } from './version.js';
import { callView } from './views/call-view.js';
import { captchaView } from './views/captcha-view.js';
import { endedView } from './views/ended-view.js';
import { errorView } from './views/error-view.js';
import { passwordView } from './views/password-view.js';
import { progressView } from './views/progress-view.js';
import { startView } from './views/start-view.js';
import { statusView } from './views/status-view.js';

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
 * @fires {CustomEvent<TavusProtocolMessage>} tavus:protocol-message - A Daily app-message from the conversation (Tavus Interactions Protocol), as it came.
 * @fires {CustomEvent<TavusToolCallDetail>} tavus:tool-call - The replica called a tool (`conversation.tool_call`); answer with `detail.respond()`.
 * @fires {CustomEvent<TavusUtteranceDetail>} tavus:utterance - Someone said something: partial text while the replica speaks (`final: false`), then exactly one `final: true` per utterance.
 * @fires {CustomEvent<TavusSpeakingChangeDetail>} tavus:speaking-change - The visitor or the replica started or stopped speaking.
 * @fires {CustomEvent<TavusBeforeStartDetail>} tavus:before-start - Cancelable. A conversation is about to be started: change the detail to change what the start request carries, or `preventDefault()` to start nothing.
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
    palId: { attribute: 'pal-id' },
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

  /** A PAL to use instead of the deployment's, sent as `pal_id` when set. Preview only: for testing, as Tavus's portal does. */
  palId = '';

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
   * (`@daily-co/daily-js`, loaded on demand). Set it to run the conversation in a call of your own (any object
   * implementing `CallFactory`, exported by the package); tests and the demo use a simulated call.
   */
  callFactory: CallFactory = dailyCallFactory;

  readonly #t = translator();
  readonly #focus = new FocusController(this);
  readonly #conversation = new ConversationController(this, {
    callContainer: () => this.#part('call'),
    captchaContainer: () => this.#part('captcha'),
    translate: () => this.#t,
    stateChanged: (state) => this.#focus.stateChanged(state),
  });
  readonly #interactions = new InteractionsController(() => this.#conversation.live);

  /** The lifecycle state, also reflected as the `state` attribute. */
  get state(): StateName {
    return this.#conversation.state.name;
  }

  /**
   * Starts a conversation (as the Start button does). Resolves once the
   * attempt settles; never rejects: failures arrive as `tavus:error` and in the UI.
   */
  startConversation(): Promise<void> {
    return this.#conversation.start();
  }

  /**
   * Ends the conversation (or cancels a start or a prompt). Resolves once the end is sent and the call torn down
   * (at once when there was nothing to end, or an end is already under way); never rejects.
   */
  endConversation(): Promise<void> {
    return this.#conversation.end();
  }

  /**
   * Sends any Interactions Protocol event (`{event_type, properties?}`) to the replica; the element fills in
   * `message_type` and `conversation_id`. The methods below cover the common ones. Like each of them, it sends at
   * once or throws having sent nothing: `InvalidStateError` (a `DOMException`) when no conversation is connected,
   * `TypeError` for a bad argument, `RangeError` for a message over Daily's 4 KB limit.
   */
  sendMessage(message: TavusOutgoingMessage): void {
    this.#interactions.send('sendMessage', message);
  }

  /** Says `text` to the replica as if the visitor had said it (`conversation.respond`); the replica answers it. */
  respond(text: string): void {
    this.#interactions.send('respond', text);
  }

  /** Makes the replica say exactly `text` (`conversation.echo`). */
  echo(text: string): void {
    this.#interactions.send('echo', text);
  }

  /** Stops the replica mid-sentence (`conversation.interrupt`). */
  interrupt(): void {
    this.#interactions.send('interrupt');
  }

  /** Replaces the conversation's context for the rest of the call (`conversation.overwrite_llm_context`). */
  overwriteContext(context: string): void {
    this.#interactions.send('overwriteContext', context);
  }

  /** Adds to the conversation's context (`conversation.append_llm_context`). */
  appendContext(context: string): void {
    this.#interactions.send('appendContext', context);
  }

  /**
   * Changes how long the replica waits for the visitor to go on (`pause`) and how readily it lets them cut in
   * (`interrupt`): `superlow`, `verylow`, `low`, `medium`, `high` or `auto`. One `conversation.sensitivity`
   * message per key given.
   */
  setSensitivity(sensitivity: TavusSensitivity): void {
    this.#interactions.send('setSensitivity', sensitivity);
  }

  /**
   * Answers the replica's tool call `toolCallId` (`conversation.tool_result`) with text or a JSON-serialisable
   * object, and a `status` of `success` (when not given) or `error`. `tavus:tool-call`'s `detail.respond()` does
   * this with its id.
   */
  sendToolResult(toolCallId: string, output: TavusToolOutput, status?: TavusToolResultStatus): void {
    this.#interactions.send('sendToolResult', toolCallId, output, status);
  }

  #part(name: 'call' | 'captcha'): HTMLElement {
    return this.renderRoot?.querySelector<HTMLElement>(`[part="${name}"]`) as HTMLElement;
  }

  protected override render(): TemplateResult {
    const state = this.#conversation.state;
    const t = this.#t;
    const live = inCall(state);
    const { notice } = this.#conversation;
    return html`
      ${callView({ live, notice: notice && this.#conversation.sentence(notice) })}
      <div class="surface" ?hidden=${live}>
        ${this.#surface(state)}
        ${captchaView({ t, active: state.name === 'awaiting-captcha', onCancel: () => void this.endConversation() })}
      </div>
      ${statusView({ t, state })}
    `;
  }

  /** The view for the current state; the call and the captcha keep their own containers. */
  #surface(state: SessionState): TemplateResult | undefined {
    const t = this.#t;
    const start = { onStart: () => void this.startConversation(), onIntent: () => this.#conversation.intent() };
    switch (state.name) {
      case 'idle': {
        const preview = this.#conversation.info?.preview;
        return startView({
          ...start,
          title: this.startTitle || preview?.title,
          description: this.startDescription || preview?.description,
          label: this.startLabel || preview?.buttonLabel || t('start.label'),
        });
      }
      case 'awaiting-password':
        return passwordView({
          t,
          incorrect: state.incorrect,
          onSubmit: (password) => this.#conversation.submitPassword(password),
          onCancel: () => void this.endConversation(),
        });
      case 'starting':
      case 'ending':
        return progressView();
      case 'ended':
        return endedView({ ...start, label: t('start.again') });
      case 'error':
      case 'unavailable':
        return errorView({
          t,
          message: this.#conversation.sentence(state.error),
          detail: state.error.detail,
          retryable: isRetryable(state.error.code),
          retryIn: this.#conversation.retryIn,
          onRetry: () => void this.startConversation(),
        });
      default:
        return undefined;
    }
  }
}
