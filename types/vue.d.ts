import type { DefineComponent } from "vue";
import type {
  TavusDeployment,
  TavusReadyDetail,
  TavusStateChangeDetail,
  TavusConversationCreatedDetail,
  TavusConversationStartedDetail,
  TavusConversationEndedDetail,
  TavusErrorDetail,
  TavusProtocolMessage,
  TavusToolCallDetail,
  TavusUtteranceDetail,
  TavusSpeakingChangeDetail,
  TavusOpenChangeDetail,
  TavusMediaChangeDetail,
  TavusBeforeStartDetail,
} from "../dist/npm/index.js";

type TavusDeploymentProps = {
  /** The colour scheme: `light`, `dark` or `auto` (the visitor's). Unset, the deployment's own setting decides. */
  theme?: TavusDeployment["theme"];
  /** The standard `nonce` attribute: copied onto the Turnstile script tag, for pages with a strict Content-Security-Policy (the browser's own `nonce` property keeps it after the attribute is hidden). */
  nonce?: TavusDeployment["nonce"];
  /** Floating only: the corner of the window, `bottom-right` (the default), `bottom-left`, `top-right` or `top-left`. */
  position?: TavusDeployment["position"];
  /** Shows captions from the start of a call; the call's captions button toggles it (property `captions`). */
  captions?: TavusDeployment["captions"];
  /** The ID of the Tavus deployment to start conversations from. Required. */
  "deployment-id"?: TavusDeployment["deploymentId"];
  /** The Tavus API origin. Change it only for a proxy or a local mock. */
  "base-url"?: TavusDeployment["baseUrl"];
  /** Extra context for this visitor's conversation, sent as `conversational_context`. */
  "conversational-context"?: TavusDeployment["conversationalContext"];
  /** What the replica says first, sent as `custom_greeting`. */
  "custom-greeting"?: TavusDeployment["customGreeting"];
  /** Memory stores for the conversation; the attribute is comma-separated. */
  "memory-stores"?: TavusDeployment["memoryStores"];
  /** A PAL to use instead of the deployment's, sent as `pal_id` when set. Preview only: for testing, as Tavus's portal does. */
  "pal-id"?: TavusDeployment["palId"];
  /** Cloudflare Turnstile site key; overrides the one the deployment announces. */
  "turnstile-site-key"?: TavusDeployment["turnstileSiteKey"];
  /** Heading of the start surface; defaults to the deployment's preview title. */
  "start-title"?: TavusDeployment["startTitle"];
  /** Text of the start surface; defaults to the deployment's preview description. */
  "start-description"?: TavusDeployment["startDescription"];
  /** Label of the Start button; defaults to the deployment's preview button title, then "Start video conversation". */
  "start-label"?: TavusDeployment["startLabel"];
  /** Picture behind the start surface (a URL); defaults to the deployment's thumbnail (its looping clip where motion is welcome). */
  poster?: TavusDeployment["poster"];
  /** `inline` (or unset) takes its place in the page. `floating` takes none: a launcher in a corner of the window
opens a panel holding the same views. */
  layout?: TavusDeployment["layout"];
  /** Floating only: the panel is open (else only the launcher shows). The visitor opens and closes it; set it to do
the same from the page. `tavus:open-change` tells every change. */
  open?: TavusDeployment["open"];
  /** Seconds the video call may take to join once the conversation exists. Past it the conversation is ended and
`tavus:error` says `join-timeout`: a blocked Daily would otherwise bill for a blank box. */
  "join-timeout"?: TavusDeployment["joinTimeout"];
  /** Sentences of the page's own, by key (see "Languages" in the README): they win over the built-in ones in any
language. The attribute takes JSON; invalid JSON, or a key no sentence has, is warned about once and ignored. */
  strings?: TavusDeployment["strings"];
  /** The standard `lang` attribute: the visitor's language (see "Languages" in the README). Unset, the nearest
ancestor's decides, else the browser's. Changing it switches the language at once. */
  lang?: TavusDeployment["lang"];
  /** Goes straight from Start to the conversation, without the pre-join check (where the visitor sees their camera,
hears their microphone, picks devices and grants access before anything is created or billed). Reflects the
`skip-pre-join` boolean attribute; until the visitor first shows intent, set the attribute (a value set to the
property before then is taken over). */
  skipPreJoin?: TavusDeployment["skipPreJoin"];
  /** The call's UI: `custom` (the default), the element's own on Daily's call object: the replica's video filling the
element, a self-view, controls, captions; or `prebuilt`, Daily Prebuilt in an iframe with Daily's own UI. */
  callUi?: TavusDeployment["callUi"];
  /** Makes the call for each conversation. Unset, `call-ui` chooses Daily's (`@daily-co/daily-js`, loaded on
demand). Set it to run the conversation in a call of your own (any object implementing `CallFactory`, exported
by the package): the element renders its media when its calls implement `MediaCallAdapter`. Tests and the demo
use a simulated call. */
  callFactory?: TavusDeployment["callFactory"];
  /**  */
  role?: TavusDeployment["role"];
  /** The element is upgraded and has a usable deployment-id. */
  "ontavus:ready"?: (e: CustomEvent<TavusReadyDetail>) => void;
  /** The lifecycle state changed. */
  "ontavus:state-change"?: (e: CustomEvent<TavusStateChangeDetail>) => void;
  /** The deployment created a conversation (billing starts). */
  "ontavus:conversation-created"?: (e: CustomEvent<TavusConversationCreatedDetail>) => void;
  /** The visitor joined the call. */
  "ontavus:conversation-started"?: (e: CustomEvent<TavusConversationStartedDetail>) => void;
  /** The conversation was ended; `reason` says why. */
  "ontavus:conversation-ended"?: (e: CustomEvent<TavusConversationEndedDetail>) => void;
  /** Something went wrong; `code` is stable, `message` is for people. */
  "ontavus:error"?: (e: CustomEvent<TavusErrorDetail>) => void;
  /** A Daily app-message from the conversation (Tavus Interactions Protocol), as it came. */
  "ontavus:protocol-message"?: (e: CustomEvent<TavusProtocolMessage>) => void;
  /** The replica called a tool (`conversation.tool_call`); answer with `detail.respond()`. */
  "ontavus:tool-call"?: (e: CustomEvent<TavusToolCallDetail>) => void;
  /** Someone said something: partial text while the replica speaks (`final: false`), then exactly one `final: true` per utterance. */
  "ontavus:utterance"?: (e: CustomEvent<TavusUtteranceDetail>) => void;
  /** The visitor or the replica started or stopped speaking. */
  "ontavus:speaking-change"?: (e: CustomEvent<TavusSpeakingChangeDetail>) => void;
  /** Floating only: the panel opened or closed (`open`), whoever asked. */
  "ontavus:open-change"?: (e: CustomEvent<TavusOpenChangeDetail>) => void;
  /** The visitor's microphone or camera went on or off (`microphone`, `camera`), from the pre-join check's toggles, the call's buttons or the page's `setMicrophoneEnabled()` / `setCameraEnabled()`. */
  "ontavus:media-change"?: (e: CustomEvent<TavusMediaChangeDetail>) => void;
  /** Cancelable. A conversation is about to be started: change the detail to change what the start request carries, or `preventDefault()` to start nothing. */
  "ontavus:before-start"?: (e: CustomEvent<TavusBeforeStartDetail>) => void;
};

export type CustomElements = {
  /**
   * A live AI video conversation from a Tavus deployment.
   * ---
   *
   *
   * ### **Events:**
   *  - **tavus:ready** - The element is upgraded and has a usable deployment-id.
   * - **tavus:state-change** - The lifecycle state changed.
   * - **tavus:conversation-created** - The deployment created a conversation (billing starts).
   * - **tavus:conversation-started** - The visitor joined the call.
   * - **tavus:conversation-ended** - The conversation was ended; `reason` says why.
   * - **tavus:error** - Something went wrong; `code` is stable, `message` is for people.
   * - **tavus:protocol-message** - A Daily app-message from the conversation (Tavus Interactions Protocol), as it came.
   * - **tavus:tool-call** - The replica called a tool (`conversation.tool_call`); answer with `detail.respond()`.
   * - **tavus:utterance** - Someone said something: partial text while the replica speaks (`final: false`), then exactly one `final: true` per utterance.
   * - **tavus:speaking-change** - The visitor or the replica started or stopped speaking.
   * - **tavus:open-change** - Floating only: the panel opened or closed (`open`), whoever asked.
   * - **tavus:media-change** - The visitor's microphone or camera went on or off (`microphone`, `camera`), from the pre-join check's toggles, the call's buttons or the page's `setMicrophoneEnabled()` / `setCameraEnabled()`.
   * - **tavus:before-start** - Cancelable. A conversation is about to be started: change the detail to change what the start request carries, or `preventDefault()` to start nothing.
   *
   * ### **Methods:**
   *  - **startConversation(): _Promise<void>_** - Starts a conversation (as the Start button does). Resolves once the
   * attempt settles; never rejects: failures arrive as `tavus:error` and in the UI.
   * - **endConversation(): _Promise<void>_** - Ends the conversation (or cancels a start or a prompt). Resolves once the end is sent and the call torn down
   * (at once when there was nothing to end, or an end is already under way); never rejects.
   * - **sendMessage(message: _TavusOutgoingMessage_): _void_** - Sends any Interactions Protocol event (`{event_type, properties?}`) to the replica; the element fills in
   * `message_type` and `conversation_id`. The methods below cover the common ones. Like each of them, it sends at
   * once or throws having sent nothing: `InvalidStateError` (a `DOMException`) when no conversation is connected,
   * `TypeError` for a bad argument, `RangeError` for a message over Daily's 4 KB limit.
   * - **respond(text: _string_): _void_** - Says `text` to the replica as if the visitor had said it (`conversation.respond`); the replica answers it.
   * - **echo(text: _string_): _void_** - Makes the replica say exactly `text` (`conversation.echo`).
   * - **interrupt(): _void_** - Stops the replica mid-sentence (`conversation.interrupt`).
   * - **overwriteContext(context: _string_): _void_** - Replaces the conversation's context for the rest of the call (`conversation.overwrite_llm_context`).
   * - **appendContext(context: _string_): _void_** - Adds to the conversation's context (`conversation.append_llm_context`).
   * - **setSensitivity(sensitivity: _TavusSensitivity_): _void_** - Changes how long the replica waits for the visitor to go on (`pause`) and how readily it lets them cut in
   * (`interrupt`): `superlow`, `verylow`, `low`, `medium`, `high` or `auto`. One `conversation.sensitivity`
   * message per key given.
   * - **sendToolResult(toolCallId: _string_, output: _TavusToolOutput_, status: _TavusToolResultStatus_): _void_** - Answers the replica's tool call `toolCallId` (`conversation.tool_result`) with text or a JSON-serialisable
   * object, and a `status` of `success` (when not given) or `error`. `tavus:tool-call`'s `detail.respond()` does
   * this with its id.
   * - **setMicrophoneEnabled(enabled: _boolean_): _void_** - Turns the visitor's microphone on or off at the pre-join check or during a call (`tavus:media-change` follows).
   * Throws `InvalidStateError` (a `DOMException`) at any other time, `NotSupportedError` in a call with
   * `call-ui="prebuilt"`, whose own UI has the buttons.
   * - **setCameraEnabled(enabled: _boolean_): _void_** - Turns the visitor's camera on or off, at the pre-join check or during a call, and throws as `setMicrophoneEnabled()` does.
   *
   * ### **CSS Properties:**
   *  - **--tavus-surface** - Background of the element. _(default: light-dark(#fff, #18171f))_
   * - **--tavus-text** - Text colour. Unset, it is black or white, whichever reads better on the surface. _(default: black or white)_
   * - **--tavus-accent** - Buttons, the badge and the spinner. Unset, a dark or light indigo that suits the surface. _(default: indigo)_
   * - **--tavus-on-accent** - Text on accent buttons. Unset, black or white, whichever reads better on the accent. _(default: black or white)_
   * - **--tavus-muted** - Borders and tracks. _(default: text 45 % into surface)_
   * - **--tavus-danger** - Error icons and invalid fields. _(default: red that suits the surface)_
   * - **--tavus-radius** - Corner radius of the element; fields and notices derive theirs from it. _(default: 16px)_
   * - **--tavus-font** - Font family. _(default: system-ui)_
   *
   * ### **CSS Parts:**
   *  - **start-button** - The button that starts (or restarts) a conversation.
   * - **poster** - The replica's picture or looping clip behind the start surface.
   * - **title** - The start surface's heading (from `start-title` or the deployment's preview copy).
   * - **description** - The start surface's text (from `start-description` or the deployment's preview copy).
   * - **media-note** - The line under Start saying the camera and microphone will be used.
   * - **password-form** - The password prompt.
   * - **password-input** - The password field.
   * - **password-submit** - The password prompt's submit button.
   * - **password-error** - The message shown when the password was wrong.
   * - **pre-join** - The check before anything is created: the visitor's camera, microphone and devices, and Join.
   * - **preview** - The pre-join check's camera preview (mirrored).
   * - **mic-level** - The pre-join check's live microphone level (a bar; `--level` from 0 to 1).
   * - **mic-toggle** - The pre-join check's microphone toggle (`aria-pressed`).
   * - **camera-toggle** - The pre-join check's camera toggle (`aria-pressed`).
   * - **device-picker** - Each of the pre-join check's camera, microphone and speaker pickers (`<select>`).
   * - **join-button** - Joins the conversation from the pre-join check: only then is anything created.
   * - **recovery** - Replaces the preview when the camera or microphone can't be used: what happened and what to do.
   * - **recovery-title** - The recovery view's heading.
   * - **recovery-message** - The recovery view's sentence (`tavus:error`'s `message`).
   * - **recovery-steps** - Where to allow the camera and microphone, in this browser or in the system's settings.
   * - **without-camera-button** - "Continue without camera", offered when only the camera fails.
   * - **progress** - The spinner and sentence shown from Start until the call has joined, and while ending.
   * - **cancel-button** - Cancels a start, a human check or a join (Escape does too); what was created is ended.
   * - **status** - The polite live region announcing progress (visually hidden: the views show the same words).
   * - **call** - The container the call is mounted in (the call UI, or Daily Prebuilt's frame).
   * - **replica-video** - The replica's video, filling the call (`object-fit: cover`).
   * - **connecting** - What the call shows until the replica's video plays.
   * - **self-view** - The visitor's own camera, mirrored, in a corner; it rings while the visitor speaks.
   * - **controls** - The call's control bar.
   * - **mic-button** - Turns the microphone on or off (`aria-pressed` while on).
   * - **camera-button** - Turns the camera on or off (`aria-pressed` while on).
   * - **devices-button** - Opens the device menu.
   * - **device-menu** - The microphone, camera and speaker pickers (speaker where the browser can choose one).
   * - **captions-button** - Shows or hides the captions (`aria-pressed` while shown).
   * - **leave-button** - Leaves the call, ending the conversation.
   * - **captions** - The captions: what the replica and the visitor say, labelled by who said it (a polite live region).
   * - **network-banner** - Shown while the visitor's network is too poor for the call.
   * - **sound-button** - "Tap to turn on sound", when the browser kept the replica's voice from playing on its own.
   * - **notice** - A dismissible problem shown over the call (the camera or microphone failed).
   * - **captcha** - The container the Cloudflare Turnstile widget renders in.
   * - **error** - The error view's title and sentence.
   * - **error-title** - The error view's heading.
   * - **error-message** - The error sentence.
   * - **retry-button** - The "Try again" button of the error view and of the pre-join check's recovery view.
   * - **recheck-button** - "Check again", offered while the deployment is unavailable.
   * - **ended-title** - The heading shown after a conversation.
   * - **ended-text** - The sentence shown after a conversation.
   * - **launcher** - Floating: the button in the corner that opens the panel (round, or a pill with the replica's picture and a label; "In call" with a red dot while a call goes on behind the closed panel).
   * - **panel** - Floating: the panel holding the views, above the page; the whole screen at 480 px wide or less.
   * - **panel-header** - Floating: the panel's bar, with its title, minimise and close buttons.
   * - **minimize-button** - Floating: collapses the panel to the launcher during a call, which goes on.
   * - **close-button** - Floating: closes the panel; during a conversation it asks first.
   * - **end-prompt** - Floating: "End the conversation?", asked when the panel is closed during one.
   * - **end-button** - The end prompt's End button.
   * - **keep-button** - The end prompt's Keep talking button.
   */
  "tavus-deployment": DefineComponent<TavusDeploymentProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
