import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import type { CallFactory } from './call-adapter.js';
import { parseMemoryStores } from './config.js';
import { ConversationController } from './controllers/conversation-controller.js';
import { FocusController } from './controllers/focus-controller.js';
import { InteractionsController } from './controllers/interactions-controller.js';
import { LaterViewsController } from './controllers/later-views-controller.js';
import { errorKind, isRetryable, type TavusError } from './errors.js';
import { lazy } from './lazy.js';
import { choosePoster } from './poster.js';
import type {
  TavusOutgoingMessage,
  TavusSensitivity,
  TavusToolOutput,
  TavusToolResultStatus,
} from './protocol/messages.js';
import type { PreJoinController } from './pre-join/pre-join-controller.js';
import { inCall, inProgress, isCancellable, type SessionState, type StateName } from './session/session-state.js';
import { en } from './strings/en.js';
import { translator, type StringKey, type StringTable, type Translate } from './strings/localize.js';
import type { TavusMediaChangeDetail } from './events.js';
import type { LanguageChoice } from './strings/languages.js';
import { styles } from './styles/base.js';
import { VERSION } from './version.js';
import { callView } from './views/call-view.js';
import { captchaView } from './views/captcha-view.js';
import { errorView, type ErrorModel } from './views/error-view.js';
import { startView } from './views/start-view.js';
import { statusView } from './views/status-view.js';

/** The corner a floating element sits in. */
export type TavusPosition = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/** Languages other than English, and the check of a page's own sentences: a chunk English pages never fetch. */
const loadLanguages = lazy(() => import('./strings/languages.js'));

/**
 * Starts a live Tavus AI video conversation from a deployment and shows it in
 * the page. No API key is used: the keyless deployment endpoints create and
 * end the conversation, and the call (Daily's call object, with the element's
 * own call UI, or Daily Prebuilt) lives in the shadow root.
 *
 * @tagname tavus-deployment
 * @summary A live AI video conversation from a Tavus deployment.
 *
 * @attribute {'idle' | 'awaiting-password' | 'pre-join' | 'awaiting-captcha' | 'starting' | 'joining' | 'connected' | 'ending' | 'ended' | 'error' | 'unavailable'} state -
 *   Set by the element, never read: mirrors the lifecycle for CSS such as `tavus-deployment[state='connected']`.
 * @attribute {'light' | 'dark' | 'auto'} theme - The colour scheme. `auto` follows the visitor's system; when the
 *   attribute is absent, the deployment's own setting (`customization.style.mode`) decides, else `auto`.
 * @attribute {string} nonce - The standard `nonce` attribute: copied onto the Turnstile script tag, for pages with a
 *   strict Content-Security-Policy (the browser's own `nonce` property keeps it after the attribute is hidden).
 * @attribute {TavusPosition} position - Floating only: the corner of the window, `bottom-right` (the default),
 *   `bottom-left`, `top-right` or `top-left`.
 * @attribute {string} launcher-label - Floating only: the launcher's label (attribute only); defaults to "Talk to us".
 * @attribute {boolean} skip-pre-join - Goes straight from Start to the conversation, without the pre-join check
 *   (property `skipPreJoin`).
 * @attribute {'custom' | 'prebuilt'} call-ui - The call's UI: `custom` (the default), the element's own on Daily's
 *   call object, or `prebuilt`, Daily Prebuilt's (property `callUi`).
 * @attribute {boolean} captions - Shows captions from the start of a call; the call's captions button toggles it
 *   (property `captions`).
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
 * @fires {CustomEvent<TavusOpenChangeDetail>} tavus:open-change - Floating only: the panel opened or closed (`open`), whoever asked.
 * @fires {CustomEvent<TavusMediaChangeDetail>} tavus:media-change - The visitor's microphone or camera went on or off (`microphone`, `camera`), from the pre-join check's toggles, the call's buttons or the page's `setMicrophoneEnabled()` / `setCameraEnabled()`.
 * @fires {CustomEvent<TavusBeforeStartDetail>} tavus:before-start - Cancelable. A conversation is about to be started: change the detail to change what the start request carries, or `preventDefault()` to start nothing.
 *
 * @csspart start-button - The button that starts (or restarts) a conversation.
 * @csspart poster - The replica's picture or looping clip behind the start surface.
 * @csspart title - The start surface's heading (from `start-title` or the deployment's preview copy).
 * @csspart description - The start surface's text (from `start-description` or the deployment's preview copy).
 * @csspart media-note - The line under Start saying the camera and microphone will be used.
 * @csspart password-form - The password prompt.
 * @csspart password-input - The password field.
 * @csspart password-submit - The password prompt's submit button.
 * @csspart password-error - The message shown when the password was wrong.
 * @csspart pre-join - The check before anything is created: the visitor's camera, microphone and devices, and Join.
 * @csspart preview - The pre-join check's camera preview (mirrored).
 * @csspart mic-level - The pre-join check's live microphone level (a bar; `--level` from 0 to 1).
 * @csspart mic-toggle - The pre-join check's microphone toggle (`aria-pressed`).
 * @csspart camera-toggle - The pre-join check's camera toggle (`aria-pressed`).
 * @csspart device-picker - Each of the pre-join check's camera, microphone and speaker pickers (`<select>`).
 * @csspart join-button - Joins the conversation from the pre-join check: only then is anything created.
 * @csspart recovery - Replaces the preview when the camera or microphone can't be used: what happened and what to do.
 * @csspart recovery-title - The recovery view's heading.
 * @csspart recovery-message - The recovery view's sentence (`tavus:error`'s `message`).
 * @csspart recovery-steps - Where to allow the camera and microphone, in this browser or in the system's settings.
 * @csspart without-camera-button - "Continue without camera", offered when only the camera fails.
 * @csspart progress - The spinner and sentence shown from Start until the call has joined, and while ending.
 * @csspart cancel-button - Cancels a start, a human check or a join (Escape does too); what was created is ended.
 * @csspart status - The polite live region announcing progress (visually hidden: the views show the same words).
 * @csspart call - The container the call is mounted in (the call UI, or Daily Prebuilt's frame).
 * @csspart replica-video - The replica's video, filling the call (`object-fit: cover`).
 * @csspart connecting - What the call shows until the replica's video plays.
 * @csspart self-view - The visitor's own camera, mirrored, in a corner; it rings while the visitor speaks.
 * @csspart controls - The call's control bar.
 * @csspart mic-button - Turns the microphone on or off (`aria-pressed` while on).
 * @csspart camera-button - Turns the camera on or off (`aria-pressed` while on).
 * @csspart devices-button - Opens the device menu.
 * @csspart device-menu - The microphone, camera and speaker pickers (speaker where the browser can choose one).
 * @csspart captions-button - Shows or hides the captions (`aria-pressed` while shown).
 * @csspart leave-button - Leaves the call, ending the conversation.
 * @csspart captions - The captions: what the replica and the visitor say, labelled by who said it (a polite live region).
 * @csspart network-banner - Shown while the visitor's network is too poor for the call.
 * @csspart sound-button - "Tap to turn on sound", when the browser kept the replica's voice from playing on its own.
 * @csspart notice - A dismissible problem shown over the call (the camera or microphone failed).
 * @csspart captcha - The container the Cloudflare Turnstile widget renders in.
 * @csspart error - The error view's title and sentence.
 * @csspart error-title - The error view's heading.
 * @csspart error-message - The error sentence.
 * @csspart retry-button - The "Try again" button of the error view and of the pre-join check's recovery view.
 * @csspart recheck-button - "Check again", offered while the deployment is unavailable.
 * @csspart ended-title - The heading shown after a conversation.
 * @csspart ended-text - The sentence shown after a conversation.
 * @csspart launcher - Floating: the button in the corner that opens the panel (round, or a pill with the replica's
 *   picture and a label; "In call" with a red dot while a call goes on behind the closed panel).
 * @csspart panel - Floating: the panel holding the views, above the page; the whole screen at 480 px wide or less.
 * @csspart panel-header - Floating: the panel's bar, with its title, minimise and close buttons.
 * @csspart minimize-button - Floating: collapses the panel to the launcher during a call, which goes on.
 * @csspart close-button - Floating: closes the panel; during a conversation it asks first.
 * @csspart end-prompt - Floating: "End the conversation?", asked when the panel is closed during one.
 * @csspart end-button - The end prompt's End button.
 * @csspart keep-button - The end prompt's Keep talking button.
 *
 * @cssprop [--tavus-surface=light-dark(#fff, #18171f)] - Background of the element.
 * @cssprop [--tavus-text=black or white] - Text colour. Unset, it is black or white, whichever reads better on the surface.
 * @cssprop [--tavus-accent=indigo] - Buttons, the badge and the spinner. Unset, a dark or light indigo that suits the surface.
 * @cssprop [--tavus-on-accent=black or white] - Text on accent buttons. Unset, black or white, whichever reads better on the accent.
 * @cssprop [--tavus-muted=text 45 % into surface] - Borders and tracks.
 * @cssprop [--tavus-danger=red that suits the surface] - Error icons and invalid fields.
 * @cssprop [--tavus-radius=16px] - Corner radius of the element; fields and notices derive theirs from it.
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
    poster: {},
    theme: { reflect: true },
    layout: { reflect: true },
    open: { type: Boolean, reflect: true },
    joinTimeout: { attribute: 'join-timeout', type: Number },
    callFactory: { attribute: false },
    strings: { type: Object },
    ownLang: { attribute: 'lang' },
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

  /** Label of the Start button; defaults to the deployment's preview button title, then "Start video conversation". */
  startLabel = '';

  /** Picture behind the start surface (a URL); defaults to the deployment's thumbnail (its looping clip where motion is welcome). */
  poster = '';

  /** The colour scheme: `light`, `dark` or `auto` (the visitor's). Unset, the deployment's own setting decides. */
  theme: 'light' | 'dark' | 'auto' | undefined;

  /**
   * `inline` (or unset) takes its place in the page. `floating` takes none: a launcher in a corner of the window
   * opens a panel holding the same views.
   */
  layout: 'inline' | 'floating' | undefined;

  /**
   * Floating only: the panel is open (else only the launcher shows). The visitor opens and closes it; set it to do
   * the same from the page. `tavus:open-change` tells every change.
   */
  open = false;

  /**
   * Floating only: the corner of the window, `bottom-right` (the default), `bottom-left`, `top-right` or `top-left`.
   * Until the floating chunk arrives, set the attribute (a value set to the property before then is taken over).
   */
  // Only a type here: the first script has no room to declare it; the floating chunk defines it, as its attribute.
  declare position: TavusPosition;

  /**
   * Seconds the video call may take to join once the conversation exists. Past it the conversation is ended and
   * `tavus:error` says `join-timeout`: a blocked Daily would otherwise bill for a blank box.
   */
  joinTimeout = 30;

  /**
   * Goes straight from Start to the conversation, without the pre-join check (where the visitor sees their camera,
   * hears their microphone, picks devices and grants access before anything is created or billed). Reflects the
   * `skip-pre-join` boolean attribute; until the visitor first shows intent, set the attribute (a value set to the
   * property before then is taken over).
   */
  // Only a type here: the later views define it, as its attribute, since only a start reads it and a start waits for them.
  declare skipPreJoin: boolean;

  /**
   * The call's UI: `custom` (the default), the element's own on Daily's call object: the replica's video filling the
   * element, a self-view, controls, captions; or `prebuilt`, Daily Prebuilt in an iframe with Daily's own UI.
   */
  // Only a type here: the later views define it, as its attribute (a start reads it, and waits for them).
  declare callUi: 'custom' | 'prebuilt';

  /**
   * Shows captions from the start of a call (the call's captions button toggles this, which reflects it).
   * Until the call UI has arrived, set the attribute (a value set to the property before then is taken over).
   */
  // Only a type here: the call UI's chunk defines it, as its attribute.
  declare captions: boolean;

  /**
   * Makes the call for each conversation. Unset, `call-ui` chooses Daily's (`@daily-co/daily-js`, loaded on
   * demand). Set it to run the conversation in a call of your own (any object implementing `CallFactory`, exported
   * by the package): the element renders its media when its calls implement `MediaCallAdapter`. Tests and the demo
   * use a simulated call.
   */
  callFactory: CallFactory | undefined;

  /**
   * Sentences of the page's own, by key (see "Languages" in the README): they win over the built-in ones in any
   * language. The attribute takes JSON; invalid JSON, or a key no sentence has, is warned about once and ignored.
   */
  strings: Partial<StringTable> | null | undefined;

  /**
   * The standard `lang` attribute: the visitor's language (see "Languages" in the README). Unset, the nearest
   * ancestor's decides, else the browser's. Changing it switches the language at once.
   */
  // Lit watches the attribute through this field only so that a change renders; the browser's own `lang`
  // property stays the one pages read and set.
  protected ownLang?: string;

  /** The language the element speaks, chosen for the language tags it found (English until another arrives). */
  readonly #language: LanguageChoice = { lang: 'en', dir: 'ltr' };
  readonly #internals = this.attachInternals();
  readonly #focus = new FocusController(this);
  readonly #later = new LaterViewsController(this);
  /** The camera and microphone check, once the later views brought it. */
  #preJoin: PreJoinController | undefined;
  readonly #conversation: ConversationController = new ConversationController(this, {
    callContainer: () => this.#part('call'),
    captchaContainer: () => this.#part('captcha'),
    translate: () => this.#t,
    stateChanged: (_, visitor) => this.#focus.stateChanged(visitor),
    prepare: () => this.#later.load().then((views) => (this.#preJoin ??= views.afterStart(this, this.#conversation, this.#focus, () => this.#t))),
  });
  readonly #interactions = new InteractionsController(() => this.#conversation.live);

  constructor() {
    super();
    this.#internals.role = 'region';
  }

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

  /**
   * Turns the visitor's microphone on or off at the pre-join check or during a call (`tavus:media-change` follows).
   * Throws `InvalidStateError` (a `DOMException`) at any other time, `NotSupportedError` in a call with
   * `call-ui="prebuilt"`, whose own UI has the buttons.
   */
  setMicrophoneEnabled(enabled: boolean): void {
    this.#setMedia({ microphone: enabled });
  }

  /** Turns the visitor's camera on or off, at the pre-join check or during a call, and throws as `setMicrophoneEnabled()` does. */
  setCameraEnabled(enabled: boolean): void {
    this.#setMedia({ camera: enabled });
  }

  #setMedia(change: Partial<TavusMediaChangeDetail>): void {
    const preJoin = this.state == 'pre-join' && this.#preJoin;
    if (preJoin) preJoin.setMedia(change);
    else this.#interactions.live().setMedia(change);
  }

  /** The sentences as shown: English (with the later views' once they arrive), the language's, the page's own. */
  get #t(): Translate {
    const { lang, strings } = this.#language;
    return translator({ ...en, ...this.#later.views?.strings, ...strings, ...this.strings }, lang);
  }

  /**
   * Looks for the visitor's language before each render: the element's own `lang`, else the nearest ancestor's
   * (`<html>` included), else `<html>`'s for an element in a shadow root, else the browser's languages. A change
   * of the element's own `lang` renders at once (`ownLang`); one on an ancestor is seen at the next render.
   */
  protected override update(changed: PropertyValues<this>): void {
    const tags = `${this.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang || navigator.languages}`;
    const language = this.#language;
    // Plain English needs nothing fetched, unless it replaces another language (the assignment only runs when the
    // tags moved); the page's own sentences are checked there. Until a language arrives, the one before stays.
    if (
      (tags != language.tags && (!/^en\b/i.test((language.tags = tags)) || language.lang != 'en')) ||
      changed.has('strings')
    ) {
      loadLanguages().then((languages) => languages.choose(language, this), () => undefined);
    }
    super.update(changed);
  }

  #part(name: 'call' | 'captcha'): HTMLElement {
    return this.renderRoot?.querySelector<HTMLElement>(`[part="${name}"]`) as HTMLElement;
  }

  /** The deployment's scheme when the page chose none: its `system` is our `auto`. */
  get #scheme(): string {
    const mode = this.theme ?? this.#conversation.info?.styleMode;
    return mode === 'light' || mode === 'dark' ? mode : '';
  }

  #onKeydown(event: KeyboardEvent): void {
    const { state } = this.#conversation;
    if (event.key === 'Escape' && (isCancellable(state) || state.name === 'awaiting-password')) {
      event.stopPropagation();
      void this.endConversation();
    }
  }

  protected override updated(): void {
    // A chunk of its own: inline pages never fetch it. It adds the launcher and the panel's bar around the views.
    if (this.layout === 'floating') {
      void import('./floating/floating.js').then((floating) => floating.float(this, this.#conversation, () => this.#t));
    }
  }

  protected override render(): TemplateResult {
    const state = this.#conversation.state;
    const t = this.#t;
    const live = inCall(state);
    const { notice } = this.#conversation;
    const later = this.#later.views;
    this.#internals.ariaLabel = this.startTitle || this.#conversation.info?.preview.title || t('region');
    return html`
      <div class="root ${this.#scheme}" lang=${t.lang} dir=${this.#language.dir} @keydown=${this.#onKeydown}>
        ${callView(live, t('call.title'))}
        ${live && notice && later
          ? later.noticeView({
              text: this.#conversation.sentence(notice),
              dismiss: t('dismiss'),
              onDismiss: () => this.#conversation.dismissNotice(),
            })
          : ''}
        <div class="surface ${state.name === 'idle' && this.#poster ? 'on-poster' : ''}" ?hidden=${state.name === 'connected'}>
          ${this.#surface(state)} ${captchaView(state.name === 'awaiting-captcha')}
          ${isCancellable(state) && later
            ? html`<div class="actions">${later.cancelButton(t('cancel'), () => void this.endConversation(), true)}</div>`
            : ''}
        </div>
        ${statusView(this.#status(state))}
      </div>
    `;
  }

  get #poster() {
    return choosePoster(this.poster, this.#conversation.info?.thumbnail);
  }

  /** What the live region says: each step once; a countdown when it starts and when it is over, not every second. */
  #status(state: SessionState): string {
    const t = this.#t;
    if (state.name === 'error' || state.name === 'unavailable') {
      const seconds = state.error.retryAfter;
      const later = this.#later.views;
      return seconds && later
        ? this.#conversation.retryIn > 0
          ? later.counted(t, 'retry.wait', seconds)
          : t('retry.ready')
        : '';
    }
    return state.name === 'idle' ? '' : t(`status.${state.name}`);
  }

  /**
   * The view for the current state; the call and the captcha keep their own containers. The views after Start
   * come with the engine, which a start always waits for.
   */
  #surface(state: SessionState): TemplateResult | undefined {
    const t = this.#t;
    const start = { onStart: () => void this.startConversation(), onIntent: () => this.#conversation.intent() };
    const later = this.#later.views;
    if (inProgress(state)) return later?.progressView(t(`status.${state.name}` as StringKey));
    switch (state.name) {
      case 'idle': {
        const preview = this.#conversation.info?.preview;
        return startView({
          ...start,
          title: this.startTitle || preview?.title,
          description: this.startDescription || preview?.description,
          label: this.startLabel || preview?.buttonLabel || t('start.label'),
          media: t('start.media'),
          poster: this.#poster,
        });
      }
      case 'awaiting-password':
        return later?.passwordView({
          t,
          incorrect: state.incorrect,
          onSubmit: (password) => this.#conversation.submitPassword(password),
          onCancel: () => void this.endConversation(),
        });
      case 'pre-join':
        return this.#preJoin?.view(t);
      case 'ended': {
        const own = this.#conversation.info?.afterCall;
        return later?.endedView({
          ...start,
          label: t('start.again'),
          title: own?.title ?? t('ended.title'),
          text: own?.description ?? t('ended.text'),
        });
      }
      case 'error':
      case 'unavailable':
        return errorView(this.#errorModel(state.error));
      default:
        return undefined;
    }
  }

  #errorModel(error: TavusError): ErrorModel {
    const t = this.#t;
    const kind = errorKind(error);
    const wait = this.#conversation.retryIn;
    const action: ErrorModel['action'] = isRetryable(error.code)
      ? { label: t('retry.now'), onClick: () => void this.startConversation(), part: 'retry-button' }
      : kind === 'unavailable'
        ? { label: t('recheck'), onClick: () => this.#conversation.recheck(), part: 'recheck-button' }
        : undefined;
    const own = error.code === 'unavailable' ? this.#conversation.info?.unavailableCopy.title : undefined;
    return {
      kind,
      title: own ?? t(`title.${kind}`),
      message: this.#conversation.sentence(error),
      alert: this.#conversation.alerting,
      action,
      wait: wait > 0 ? this.#later.views?.counted(t, 'retry.in', wait) : undefined,
    };
  }
}
