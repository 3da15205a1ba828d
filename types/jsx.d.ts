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

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: any | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: (T | ((e: T) => void) | { current: T | null }) | undefined;
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = {};

export type TavusDeploymentProps = {
  /** The colour scheme: `light`, `dark` or `auto` (the visitor's). Unset, the deployment's own setting decides. */
  theme?: TavusDeployment["theme"] | undefined;
  /** The standard `nonce` attribute: copied onto the Turnstile script tag, for pages with a strict Content-Security-Policy (the browser's own `nonce` property keeps it after the attribute is hidden). */
  nonce?: TavusDeployment["nonce"] | undefined;
  /** Floating only: the corner of the window, `bottom-right` (the default), `bottom-left`, `top-right` or `top-left`. */
  position?: TavusDeployment["position"] | undefined;
  /** Shows captions from the start of a call; the call's captions button toggles it (property `captions`). */
  captions?: TavusDeployment["captions"] | undefined;
  /** The ID of the Tavus deployment to start conversations from. Required. */
  "deployment-id"?: TavusDeployment["deploymentId"] | undefined;
  /** The ID of the Tavus deployment to start conversations from. Required. */
  deploymentId?: TavusDeployment["deploymentId"] | undefined;
  /** The Tavus API origin. Change it only for a proxy or a local mock. */
  "base-url"?: TavusDeployment["baseUrl"] | undefined;
  /** The Tavus API origin. Change it only for a proxy or a local mock. */
  baseUrl?: TavusDeployment["baseUrl"] | undefined;
  /** Extra context for this visitor's conversation, sent as `conversational_context`. */
  "conversational-context"?:
    TavusDeployment["conversationalContext"] | undefined;
  /** Extra context for this visitor's conversation, sent as `conversational_context`. */
  conversationalContext?: TavusDeployment["conversationalContext"] | undefined;
  /** What the replica says first, sent as `custom_greeting`. */
  "custom-greeting"?: TavusDeployment["customGreeting"] | undefined;
  /** What the replica says first, sent as `custom_greeting`. */
  customGreeting?: TavusDeployment["customGreeting"] | undefined;
  /** Memory stores for the conversation; the attribute is comma-separated. */
  "memory-stores"?: TavusDeployment["memoryStores"] | undefined;
  /** Memory stores for the conversation; the attribute is comma-separated. */
  memoryStores?: TavusDeployment["memoryStores"] | undefined;
  /** A PAL to use instead of the deployment's, sent as `pal_id` when set. Preview only: for testing, as Tavus's portal does. */
  "pal-id"?: TavusDeployment["palId"] | undefined;
  /** A PAL to use instead of the deployment's, sent as `pal_id` when set. Preview only: for testing, as Tavus's portal does. */
  palId?: TavusDeployment["palId"] | undefined;
  /** Cloudflare Turnstile site key; overrides the one the deployment announces. */
  "turnstile-site-key"?: TavusDeployment["turnstileSiteKey"] | undefined;
  /** Cloudflare Turnstile site key; overrides the one the deployment announces. */
  turnstileSiteKey?: TavusDeployment["turnstileSiteKey"] | undefined;
  /** Heading of the start surface; defaults to the deployment's preview title. */
  "start-title"?: TavusDeployment["startTitle"] | undefined;
  /** Heading of the start surface; defaults to the deployment's preview title. */
  startTitle?: TavusDeployment["startTitle"] | undefined;
  /** Text of the start surface; defaults to the deployment's preview description. */
  "start-description"?: TavusDeployment["startDescription"] | undefined;
  /** Text of the start surface; defaults to the deployment's preview description. */
  startDescription?: TavusDeployment["startDescription"] | undefined;
  /** Label of the Start button; defaults to the deployment's preview button title, then "Start video conversation". */
  "start-label"?: TavusDeployment["startLabel"] | undefined;
  /** Label of the Start button; defaults to the deployment's preview button title, then "Start video conversation". */
  startLabel?: TavusDeployment["startLabel"] | undefined;
  /** Picture behind the start surface (a URL); defaults to the deployment's thumbnail (its looping clip where motion is welcome). */
  poster?: TavusDeployment["poster"] | undefined;
  /** `inline` (or unset) takes its place in the page. `floating` takes none: a launcher in a corner of the window
opens a panel holding the same views. */
  layout?: TavusDeployment["layout"] | undefined;
  /** Floating only: the panel is open (else only the launcher shows). The visitor opens and closes it; set it to do
the same from the page. `tavus:open-change` tells every change. */
  open?: TavusDeployment["open"] | undefined;
  /** Seconds the video call may take to join once the conversation exists. Past it the conversation is ended and
`tavus:error` says `join-timeout`: a blocked Daily would otherwise bill for a blank box. */
  "join-timeout"?: TavusDeployment["joinTimeout"] | undefined;
  /** Seconds the video call may take to join once the conversation exists. Past it the conversation is ended and
`tavus:error` says `join-timeout`: a blocked Daily would otherwise bill for a blank box. */
  joinTimeout?: TavusDeployment["joinTimeout"] | undefined;
  /** Sentences of the page's own, by key (see "Languages" in the README): they win over the built-in ones in any
language. The attribute takes JSON; invalid JSON, or a key no sentence has, is warned about once and ignored. */
  strings?: TavusDeployment["strings"] | undefined;
  /** The standard `lang` attribute: the visitor's language (see "Languages" in the README). Unset, the nearest
ancestor's decides, else the browser's. Changing it switches the language at once. */
  lang?: TavusDeployment["lang"] | undefined;
  /** Goes straight from Start to the conversation, without the pre-join check (where the visitor sees their camera,
hears their microphone, picks devices and grants access before anything is created or billed). Reflects the
`skip-pre-join` boolean attribute; until the visitor first shows intent, set the attribute (a value set to the
property before then is taken over). */
  skipPreJoin?: TavusDeployment["skipPreJoin"] | undefined;
  /** The call's UI: `custom` (the default), the element's own on Daily's call object: the replica's video filling the
element, a self-view, controls, captions; or `prebuilt`, Daily Prebuilt in an iframe with Daily's own UI. */
  callUi?: TavusDeployment["callUi"] | undefined;
  /** Makes the call for each conversation. Unset, `call-ui` chooses Daily's (`@daily-co/daily-js`, loaded on
demand). Set it to run the conversation in a call of your own (any object implementing `CallFactory`, exported
by the package): the element renders its media when its calls implement `MediaCallAdapter`. Tests and the demo
use a simulated call. */
  callFactory?: TavusDeployment["callFactory"] | undefined;
  /**  */
  role?: TavusDeployment["role"] | undefined;

  /** The element is upgraded and has a usable deployment-id. */
  "ontavus:ready"?: ((e: CustomEvent<TavusReadyDetail>) => void) | undefined;
  /** The lifecycle state changed. */
  "ontavus:state-change"?:
    ((e: CustomEvent<TavusStateChangeDetail>) => void) | undefined;
  /** The deployment created a conversation (billing starts). */
  "ontavus:conversation-created"?:
    ((e: CustomEvent<TavusConversationCreatedDetail>) => void) | undefined;
  /** The visitor joined the call. */
  "ontavus:conversation-started"?:
    ((e: CustomEvent<TavusConversationStartedDetail>) => void) | undefined;
  /** The conversation was ended; `reason` says why. */
  "ontavus:conversation-ended"?:
    ((e: CustomEvent<TavusConversationEndedDetail>) => void) | undefined;
  /** Something went wrong; `code` is stable, `message` is for people. */
  "ontavus:error"?: ((e: CustomEvent<TavusErrorDetail>) => void) | undefined;
  /** A Daily app-message from the conversation (Tavus Interactions Protocol), as it came. */
  "ontavus:protocol-message"?:
    ((e: CustomEvent<TavusProtocolMessage>) => void) | undefined;
  /** The replica called a tool (`conversation.tool_call`); answer with `detail.respond()`. */
  "ontavus:tool-call"?:
    ((e: CustomEvent<TavusToolCallDetail>) => void) | undefined;
  /** Someone said something: partial text while the replica speaks (`final: false`), then exactly one `final: true` per utterance. */
  "ontavus:utterance"?:
    ((e: CustomEvent<TavusUtteranceDetail>) => void) | undefined;
  /** The visitor or the replica started or stopped speaking. */
  "ontavus:speaking-change"?:
    ((e: CustomEvent<TavusSpeakingChangeDetail>) => void) | undefined;
  /** Floating only: the panel opened or closed (`open`), whoever asked. */
  "ontavus:open-change"?:
    ((e: CustomEvent<TavusOpenChangeDetail>) => void) | undefined;
  /** The visitor's microphone or camera went on or off (`microphone`, `camera`), from the pre-join check's toggles, the call's buttons or the page's `setMicrophoneEnabled()` / `setCameraEnabled()`. */
  "ontavus:media-change"?:
    ((e: CustomEvent<TavusMediaChangeDetail>) => void) | undefined;
  /** Cancelable. A conversation is about to be started: change the detail to change what the start request carries, or `preventDefault()` to start nothing. */
  "ontavus:before-start"?:
    ((e: CustomEvent<TavusBeforeStartDetail>) => void) | undefined;
};

export type TavusDeploymentSolidJsProps = {
  /** The colour scheme: `light`, `dark` or `auto` (the visitor's). Unset, the deployment's own setting decides. */
  "prop:theme"?: TavusDeployment["theme"] | undefined;
  /** The standard `nonce` attribute: copied onto the Turnstile script tag, for pages with a strict Content-Security-Policy (the browser's own `nonce` property keeps it after the attribute is hidden). */
  "prop:nonce"?: TavusDeployment["nonce"] | undefined;
  /** Floating only: the corner of the window, `bottom-right` (the default), `bottom-left`, `top-right` or `top-left`. */
  "prop:position"?: TavusDeployment["position"] | undefined;
  /** Shows captions from the start of a call; the call's captions button toggles it (property `captions`). */
  "prop:captions"?: TavusDeployment["captions"] | undefined;
  /** The ID of the Tavus deployment to start conversations from. Required. */
  "attr:deployment-id"?: TavusDeployment["deploymentId"] | undefined;
  /** The ID of the Tavus deployment to start conversations from. Required. */
  "prop:deploymentId"?: TavusDeployment["deploymentId"] | undefined;
  /** The Tavus API origin. Change it only for a proxy or a local mock. */
  "attr:base-url"?: TavusDeployment["baseUrl"] | undefined;
  /** The Tavus API origin. Change it only for a proxy or a local mock. */
  "prop:baseUrl"?: TavusDeployment["baseUrl"] | undefined;
  /** Extra context for this visitor's conversation, sent as `conversational_context`. */
  "attr:conversational-context"?:
    TavusDeployment["conversationalContext"] | undefined;
  /** Extra context for this visitor's conversation, sent as `conversational_context`. */
  "prop:conversationalContext"?:
    TavusDeployment["conversationalContext"] | undefined;
  /** What the replica says first, sent as `custom_greeting`. */
  "attr:custom-greeting"?: TavusDeployment["customGreeting"] | undefined;
  /** What the replica says first, sent as `custom_greeting`. */
  "prop:customGreeting"?: TavusDeployment["customGreeting"] | undefined;
  /** Memory stores for the conversation; the attribute is comma-separated. */
  "attr:memory-stores"?: TavusDeployment["memoryStores"] | undefined;
  /** Memory stores for the conversation; the attribute is comma-separated. */
  "prop:memoryStores"?: TavusDeployment["memoryStores"] | undefined;
  /** A PAL to use instead of the deployment's, sent as `pal_id` when set. Preview only: for testing, as Tavus's portal does. */
  "attr:pal-id"?: TavusDeployment["palId"] | undefined;
  /** A PAL to use instead of the deployment's, sent as `pal_id` when set. Preview only: for testing, as Tavus's portal does. */
  "prop:palId"?: TavusDeployment["palId"] | undefined;
  /** Cloudflare Turnstile site key; overrides the one the deployment announces. */
  "attr:turnstile-site-key"?: TavusDeployment["turnstileSiteKey"] | undefined;
  /** Cloudflare Turnstile site key; overrides the one the deployment announces. */
  "prop:turnstileSiteKey"?: TavusDeployment["turnstileSiteKey"] | undefined;
  /** Heading of the start surface; defaults to the deployment's preview title. */
  "attr:start-title"?: TavusDeployment["startTitle"] | undefined;
  /** Heading of the start surface; defaults to the deployment's preview title. */
  "prop:startTitle"?: TavusDeployment["startTitle"] | undefined;
  /** Text of the start surface; defaults to the deployment's preview description. */
  "attr:start-description"?: TavusDeployment["startDescription"] | undefined;
  /** Text of the start surface; defaults to the deployment's preview description. */
  "prop:startDescription"?: TavusDeployment["startDescription"] | undefined;
  /** Label of the Start button; defaults to the deployment's preview button title, then "Start video conversation". */
  "attr:start-label"?: TavusDeployment["startLabel"] | undefined;
  /** Label of the Start button; defaults to the deployment's preview button title, then "Start video conversation". */
  "prop:startLabel"?: TavusDeployment["startLabel"] | undefined;
  /** Picture behind the start surface (a URL); defaults to the deployment's thumbnail (its looping clip where motion is welcome). */
  "prop:poster"?: TavusDeployment["poster"] | undefined;
  /** `inline` (or unset) takes its place in the page. `floating` takes none: a launcher in a corner of the window
opens a panel holding the same views. */
  "prop:layout"?: TavusDeployment["layout"] | undefined;
  /** Floating only: the panel is open (else only the launcher shows). The visitor opens and closes it; set it to do
the same from the page. `tavus:open-change` tells every change. */
  "prop:open"?: TavusDeployment["open"] | undefined;
  /** Seconds the video call may take to join once the conversation exists. Past it the conversation is ended and
`tavus:error` says `join-timeout`: a blocked Daily would otherwise bill for a blank box. */
  "attr:join-timeout"?: TavusDeployment["joinTimeout"] | undefined;
  /** Seconds the video call may take to join once the conversation exists. Past it the conversation is ended and
`tavus:error` says `join-timeout`: a blocked Daily would otherwise bill for a blank box. */
  "prop:joinTimeout"?: TavusDeployment["joinTimeout"] | undefined;
  /** Sentences of the page's own, by key (see "Languages" in the README): they win over the built-in ones in any
language. The attribute takes JSON; invalid JSON, or a key no sentence has, is warned about once and ignored. */
  "prop:strings"?: TavusDeployment["strings"] | undefined;
  /** The standard `lang` attribute: the visitor's language (see "Languages" in the README). Unset, the nearest
ancestor's decides, else the browser's. Changing it switches the language at once. */
  "prop:lang"?: TavusDeployment["lang"] | undefined;
  /** Goes straight from Start to the conversation, without the pre-join check (where the visitor sees their camera,
hears their microphone, picks devices and grants access before anything is created or billed). Reflects the
`skip-pre-join` boolean attribute; until the visitor first shows intent, set the attribute (a value set to the
property before then is taken over). */
  "prop:skipPreJoin"?: TavusDeployment["skipPreJoin"] | undefined;
  /** The call's UI: `custom` (the default), the element's own on Daily's call object: the replica's video filling the
element, a self-view, controls, captions; or `prebuilt`, Daily Prebuilt in an iframe with Daily's own UI. */
  "prop:callUi"?: TavusDeployment["callUi"] | undefined;
  /** Makes the call for each conversation. Unset, `call-ui` chooses Daily's (`@daily-co/daily-js`, loaded on
demand). Set it to run the conversation in a call of your own (any object implementing `CallFactory`, exported
by the package): the element renders its media when its calls implement `MediaCallAdapter`. Tests and the demo
use a simulated call. */
  "prop:callFactory"?: TavusDeployment["callFactory"] | undefined;
  /**  */
  "prop:role"?: TavusDeployment["role"] | undefined;
  /** The element is upgraded and has a usable deployment-id. */
  "on:tavus:ready"?: ((e: CustomEvent<TavusReadyDetail>) => void) | undefined;
  /** The lifecycle state changed. */
  "on:tavus:state-change"?:
    ((e: CustomEvent<TavusStateChangeDetail>) => void) | undefined;
  /** The deployment created a conversation (billing starts). */
  "on:tavus:conversation-created"?:
    ((e: CustomEvent<TavusConversationCreatedDetail>) => void) | undefined;
  /** The visitor joined the call. */
  "on:tavus:conversation-started"?:
    ((e: CustomEvent<TavusConversationStartedDetail>) => void) | undefined;
  /** The conversation was ended; `reason` says why. */
  "on:tavus:conversation-ended"?:
    ((e: CustomEvent<TavusConversationEndedDetail>) => void) | undefined;
  /** Something went wrong; `code` is stable, `message` is for people. */
  "on:tavus:error"?: ((e: CustomEvent<TavusErrorDetail>) => void) | undefined;
  /** A Daily app-message from the conversation (Tavus Interactions Protocol), as it came. */
  "on:tavus:protocol-message"?:
    ((e: CustomEvent<TavusProtocolMessage>) => void) | undefined;
  /** The replica called a tool (`conversation.tool_call`); answer with `detail.respond()`. */
  "on:tavus:tool-call"?:
    ((e: CustomEvent<TavusToolCallDetail>) => void) | undefined;
  /** Someone said something: partial text while the replica speaks (`final: false`), then exactly one `final: true` per utterance. */
  "on:tavus:utterance"?:
    ((e: CustomEvent<TavusUtteranceDetail>) => void) | undefined;
  /** The visitor or the replica started or stopped speaking. */
  "on:tavus:speaking-change"?:
    ((e: CustomEvent<TavusSpeakingChangeDetail>) => void) | undefined;
  /** Floating only: the panel opened or closed (`open`), whoever asked. */
  "on:tavus:open-change"?:
    ((e: CustomEvent<TavusOpenChangeDetail>) => void) | undefined;
  /** The visitor's microphone or camera went on or off (`microphone`, `camera`), from the pre-join check's toggles, the call's buttons or the page's `setMicrophoneEnabled()` / `setCameraEnabled()`. */
  "on:tavus:media-change"?:
    ((e: CustomEvent<TavusMediaChangeDetail>) => void) | undefined;
  /** Cancelable. A conversation is about to be started: change the detail to change what the start request carries, or `preventDefault()` to start nothing. */
  "on:tavus:before-start"?:
    ((e: CustomEvent<TavusBeforeStartDetail>) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   * Starts a live Tavus AI video conversation from a deployment and shows it in
   * the page. No API key is used: the keyless deployment endpoints create and
   * end the conversation, and the call (Daily's call object, with the element's
   * own call UI, or Daily Prebuilt) lives in the shadow root.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `theme`: The colour scheme: `light`, `dark` or `auto` (the visitor's). Unset, the deployment's own setting decides.
   * - `nonce`: The standard `nonce` attribute: copied onto the Turnstile script tag, for pages with a strict Content-Security-Policy (the browser's own `nonce` property keeps it after the attribute is hidden).
   * - `position`: Floating only: the corner of the window, `bottom-right` (the default), `bottom-left`, `top-right` or `top-left`.
   * - `captions`: Shows captions from the start of a call; the call's captions button toggles it (property `captions`).
   * - `deployment-id`/`deploymentId`: The ID of the Tavus deployment to start conversations from. Required.
   * - `base-url`/`baseUrl`: The Tavus API origin. Change it only for a proxy or a local mock.
   * - `conversational-context`/`conversationalContext`: Extra context for this visitor's conversation, sent as `conversational_context`.
   * - `custom-greeting`/`customGreeting`: What the replica says first, sent as `custom_greeting`.
   * - `memory-stores`/`memoryStores`: Memory stores for the conversation; the attribute is comma-separated.
   * - `pal-id`/`palId`: A PAL to use instead of the deployment's, sent as `pal_id` when set. Preview only: for testing, as Tavus's portal does.
   * - `turnstile-site-key`/`turnstileSiteKey`: Cloudflare Turnstile site key; overrides the one the deployment announces.
   * - `start-title`/`startTitle`: Heading of the start surface; defaults to the deployment's preview title.
   * - `start-description`/`startDescription`: Text of the start surface; defaults to the deployment's preview description.
   * - `start-label`/`startLabel`: Label of the Start button; defaults to the deployment's preview button title, then "Start video conversation".
   * - `poster`: Picture behind the start surface (a URL); defaults to the deployment's thumbnail (its looping clip where motion is welcome).
   * - `layout`: `inline` (or unset) takes its place in the page. `floating` takes none: a launcher in a corner of the window
   * opens a panel holding the same views.
   * - `open`: Floating only: the panel is open (else only the launcher shows). The visitor opens and closes it; set it to do
   * the same from the page. `tavus:open-change` tells every change.
   * - `join-timeout`/`joinTimeout`: Seconds the video call may take to join once the conversation exists. Past it the conversation is ended and
   * `tavus:error` says `join-timeout`: a blocked Daily would otherwise bill for a blank box.
   * - `strings`: Sentences of the page's own, by key (see "Languages" in the README): they win over the built-in ones in any
   * language. The attribute takes JSON; invalid JSON, or a key no sentence has, is warned about once and ignored.
   * - `lang`: The standard `lang` attribute: the visitor's language (see "Languages" in the README). Unset, the nearest
   * ancestor's decides, else the browser's. Changing it switches the language at once.
   * - `skipPreJoin`: Goes straight from Start to the conversation, without the pre-join check (where the visitor sees their camera,
   * hears their microphone, picks devices and grants access before anything is created or billed). Reflects the
   * `skip-pre-join` boolean attribute; until the visitor first shows intent, set the attribute (a value set to the
   * property before then is taken over). (property only)
   * - `callUi`: The call's UI: `custom` (the default), the element's own on Daily's call object: the replica's video filling the
   * element, a self-view, controls, captions; or `prebuilt`, Daily Prebuilt in an iframe with Daily's own UI. (property only)
   * - `callFactory`: Makes the call for each conversation. Unset, `call-ui` chooses Daily's (`@daily-co/daily-js`, loaded on
   * demand). Set it to run the conversation in a call of your own (any object implementing `CallFactory`, exported
   * by the package): the element renders its media when its calls implement `MediaCallAdapter`. Tests and the demo
   * use a simulated call. (property only)
   * - `role`: undefined (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tavus:ready`: The element is upgraded and has a usable deployment-id.
   * - `tavus:state-change`: The lifecycle state changed.
   * - `tavus:conversation-created`: The deployment created a conversation (billing starts).
   * - `tavus:conversation-started`: The visitor joined the call.
   * - `tavus:conversation-ended`: The conversation was ended; `reason` says why.
   * - `tavus:error`: Something went wrong; `code` is stable, `message` is for people.
   * - `tavus:protocol-message`: A Daily app-message from the conversation (Tavus Interactions Protocol), as it came.
   * - `tavus:tool-call`: The replica called a tool (`conversation.tool_call`); answer with `detail.respond()`.
   * - `tavus:utterance`: Someone said something: partial text while the replica speaks (`final: false`), then exactly one `final: true` per utterance.
   * - `tavus:speaking-change`: The visitor or the replica started or stopped speaking.
   * - `tavus:open-change`: Floating only: the panel opened or closed (`open`), whoever asked.
   * - `tavus:media-change`: The visitor's microphone or camera went on or off (`microphone`, `camera`), from the pre-join check's toggles, the call's buttons or the page's `setMicrophoneEnabled()` / `setCameraEnabled()`.
   * - `tavus:before-start`: Cancelable. A conversation is about to be started: change the detail to change what the start request carries, or `preventDefault()` to start nothing.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `startConversation() => Promise<void>`: Starts a conversation (as the Start button does). Resolves once the
   * attempt settles; never rejects: failures arrive as `tavus:error` and in the UI.
   * - `endConversation() => Promise<void>`: Ends the conversation (or cancels a start or a prompt). Resolves once the end is sent and the call torn down
   * (at once when there was nothing to end, or an end is already under way); never rejects.
   * - `sendMessage(message: TavusOutgoingMessage) => void`: Sends any Interactions Protocol event (`{event_type, properties?}`) to the replica; the element fills in
   * `message_type` and `conversation_id`. The methods below cover the common ones. Like each of them, it sends at
   * once or throws having sent nothing: `InvalidStateError` (a `DOMException`) when no conversation is connected,
   * `TypeError` for a bad argument, `RangeError` for a message over Daily's 4 KB limit.
   * - `respond(text: string) => void`: Says `text` to the replica as if the visitor had said it (`conversation.respond`); the replica answers it.
   * - `echo(text: string) => void`: Makes the replica say exactly `text` (`conversation.echo`).
   * - `interrupt() => void`: Stops the replica mid-sentence (`conversation.interrupt`).
   * - `overwriteContext(context: string) => void`: Replaces the conversation's context for the rest of the call (`conversation.overwrite_llm_context`).
   * - `appendContext(context: string) => void`: Adds to the conversation's context (`conversation.append_llm_context`).
   * - `setSensitivity(sensitivity: TavusSensitivity) => void`: Changes how long the replica waits for the visitor to go on (`pause`) and how readily it lets them cut in
   * (`interrupt`): `superlow`, `verylow`, `low`, `medium`, `high` or `auto`. One `conversation.sensitivity`
   * message per key given.
   * - `sendToolResult(toolCallId: string, output: TavusToolOutput, status?: TavusToolResultStatus) => void`: Answers the replica's tool call `toolCallId` (`conversation.tool_result`) with text or a JSON-serialisable
   * object, and a `status` of `success` (when not given) or `error`. `tavus:tool-call`'s `detail.respond()` does
   * this with its id.
   * - `setMicrophoneEnabled(enabled: boolean) => void`: Turns the visitor's microphone on or off at the pre-join check or during a call (`tavus:media-change` follows).
   * Throws `InvalidStateError` (a `DOMException`) at any other time, `NotSupportedError` in a call with
   * `call-ui="prebuilt"`, whose own UI has the buttons.
   * - `setCameraEnabled(enabled: boolean) => void`: Turns the visitor's camera on or off, at the pre-join check or during a call, and throws as `setMicrophoneEnabled()` does.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tavus-surface`: Background of the element. (default: `light-dark(#fff, #18171f)`)
   * - `--tavus-text`: Text colour. Unset, it is black or white, whichever reads better on the surface. (default: `black or white`)
   * - `--tavus-accent`: Buttons, the badge and the spinner. Unset, a dark or light indigo that suits the surface. (default: `indigo`)
   * - `--tavus-on-accent`: Text on accent buttons. Unset, black or white, whichever reads better on the accent. (default: `black or white`)
   * - `--tavus-muted`: Borders and tracks. (default: `text 45 % into surface`)
   * - `--tavus-danger`: Error icons and invalid fields. (default: `red that suits the surface`)
   * - `--tavus-radius`: Corner radius of the element; fields and notices derive theirs from it. (default: `16px`)
   * - `--tavus-font`: Font family. (default: `system-ui`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `start-button`: The button that starts (or restarts) a conversation.
   * - `poster`: The replica's picture or looping clip behind the start surface.
   * - `title`: The start surface's heading (from `start-title` or the deployment's preview copy).
   * - `description`: The start surface's text (from `start-description` or the deployment's preview copy).
   * - `media-note`: The line under Start saying the camera and microphone will be used.
   * - `password-form`: The password prompt.
   * - `password-input`: The password field.
   * - `password-submit`: The password prompt's submit button.
   * - `password-error`: The message shown when the password was wrong.
   * - `pre-join`: The check before anything is created: the visitor's camera, microphone and devices, and Join.
   * - `preview`: The pre-join check's camera preview (mirrored).
   * - `mic-level`: The pre-join check's live microphone level (a bar; `--level` from 0 to 1).
   * - `mic-toggle`: The pre-join check's microphone toggle (`aria-pressed`).
   * - `camera-toggle`: The pre-join check's camera toggle (`aria-pressed`).
   * - `device-picker`: Each of the pre-join check's camera, microphone and speaker pickers (`<select>`).
   * - `join-button`: Joins the conversation from the pre-join check: only then is anything created.
   * - `recovery`: Replaces the preview when the camera or microphone can't be used: what happened and what to do.
   * - `recovery-title`: The recovery view's heading.
   * - `recovery-message`: The recovery view's sentence (`tavus:error`'s `message`).
   * - `recovery-steps`: Where to allow the camera and microphone, in this browser or in the system's settings.
   * - `without-camera-button`: "Continue without camera", offered when only the camera fails.
   * - `progress`: The spinner and sentence shown from Start until the call has joined, and while ending.
   * - `cancel-button`: Cancels a start, a human check or a join (Escape does too); what was created is ended.
   * - `status`: The polite live region announcing progress (visually hidden: the views show the same words).
   * - `call`: The container the call is mounted in (the call UI, or Daily Prebuilt's frame).
   * - `replica-video`: The replica's video, filling the call (`object-fit: cover`).
   * - `connecting`: What the call shows until the replica's video plays.
   * - `self-view`: The visitor's own camera, mirrored, in a corner; it rings while the visitor speaks.
   * - `controls`: The call's control bar.
   * - `mic-button`: Turns the microphone on or off (`aria-pressed` while on).
   * - `camera-button`: Turns the camera on or off (`aria-pressed` while on).
   * - `devices-button`: Opens the device menu.
   * - `device-menu`: The microphone, camera and speaker pickers (speaker where the browser can choose one).
   * - `captions-button`: Shows or hides the captions (`aria-pressed` while shown).
   * - `leave-button`: Leaves the call, ending the conversation.
   * - `captions`: The captions: what the replica and the visitor say, labelled by who said it (a polite live region).
   * - `network-banner`: Shown while the visitor's network is too poor for the call.
   * - `sound-button`: "Tap to turn on sound", when the browser kept the replica's voice from playing on its own.
   * - `notice`: A dismissible problem shown over the call (the camera or microphone failed).
   * - `captcha`: The container the Cloudflare Turnstile widget renders in.
   * - `error`: The error view's title and sentence.
   * - `error-title`: The error view's heading.
   * - `error-message`: The error sentence.
   * - `retry-button`: The "Try again" button of the error view and of the pre-join check's recovery view.
   * - `recheck-button`: "Check again", offered while the deployment is unavailable.
   * - `ended-title`: The heading shown after a conversation.
   * - `ended-text`: The sentence shown after a conversation.
   * - `launcher`: Floating: the button in the corner that opens the panel (round, or a pill with the replica's picture and a label; "In call" with a red dot while a call goes on behind the closed panel).
   * - `panel`: Floating: the panel holding the views, above the page; the whole screen at 480 px wide or less.
   * - `panel-header`: Floating: the panel's bar, with its title, minimise and close buttons.
   * - `minimize-button`: Floating: collapses the panel to the launcher during a call, which goes on.
   * - `close-button`: Floating: closes the panel; during a conversation it asks first.
   * - `end-prompt`: Floating: "End the conversation?", asked when the panel is closed during one.
   * - `end-button`: The end prompt's End button.
   * - `keep-button`: The end prompt's Keep talking button.
   */
  "tavus-deployment": Partial<
    TavusDeploymentProps & BaseProps<TavusDeployment> & BaseEvents
  >;
};

export type CustomElementsSolidJs = {
  /**
   * Starts a live Tavus AI video conversation from a deployment and shows it in
   * the page. No API key is used: the keyless deployment endpoints create and
   * end the conversation, and the call (Daily's call object, with the element's
   * own call UI, or Daily Prebuilt) lives in the shadow root.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `theme`: The colour scheme: `light`, `dark` or `auto` (the visitor's). Unset, the deployment's own setting decides.
   * - `nonce`: The standard `nonce` attribute: copied onto the Turnstile script tag, for pages with a strict Content-Security-Policy (the browser's own `nonce` property keeps it after the attribute is hidden).
   * - `position`: Floating only: the corner of the window, `bottom-right` (the default), `bottom-left`, `top-right` or `top-left`.
   * - `captions`: Shows captions from the start of a call; the call's captions button toggles it (property `captions`).
   * - `deployment-id`/`deploymentId`: The ID of the Tavus deployment to start conversations from. Required.
   * - `base-url`/`baseUrl`: The Tavus API origin. Change it only for a proxy or a local mock.
   * - `conversational-context`/`conversationalContext`: Extra context for this visitor's conversation, sent as `conversational_context`.
   * - `custom-greeting`/`customGreeting`: What the replica says first, sent as `custom_greeting`.
   * - `memory-stores`/`memoryStores`: Memory stores for the conversation; the attribute is comma-separated.
   * - `pal-id`/`palId`: A PAL to use instead of the deployment's, sent as `pal_id` when set. Preview only: for testing, as Tavus's portal does.
   * - `turnstile-site-key`/`turnstileSiteKey`: Cloudflare Turnstile site key; overrides the one the deployment announces.
   * - `start-title`/`startTitle`: Heading of the start surface; defaults to the deployment's preview title.
   * - `start-description`/`startDescription`: Text of the start surface; defaults to the deployment's preview description.
   * - `start-label`/`startLabel`: Label of the Start button; defaults to the deployment's preview button title, then "Start video conversation".
   * - `poster`: Picture behind the start surface (a URL); defaults to the deployment's thumbnail (its looping clip where motion is welcome).
   * - `layout`: `inline` (or unset) takes its place in the page. `floating` takes none: a launcher in a corner of the window
   * opens a panel holding the same views.
   * - `open`: Floating only: the panel is open (else only the launcher shows). The visitor opens and closes it; set it to do
   * the same from the page. `tavus:open-change` tells every change.
   * - `join-timeout`/`joinTimeout`: Seconds the video call may take to join once the conversation exists. Past it the conversation is ended and
   * `tavus:error` says `join-timeout`: a blocked Daily would otherwise bill for a blank box.
   * - `strings`: Sentences of the page's own, by key (see "Languages" in the README): they win over the built-in ones in any
   * language. The attribute takes JSON; invalid JSON, or a key no sentence has, is warned about once and ignored.
   * - `lang`: The standard `lang` attribute: the visitor's language (see "Languages" in the README). Unset, the nearest
   * ancestor's decides, else the browser's. Changing it switches the language at once.
   * - `skipPreJoin`: Goes straight from Start to the conversation, without the pre-join check (where the visitor sees their camera,
   * hears their microphone, picks devices and grants access before anything is created or billed). Reflects the
   * `skip-pre-join` boolean attribute; until the visitor first shows intent, set the attribute (a value set to the
   * property before then is taken over). (property only)
   * - `callUi`: The call's UI: `custom` (the default), the element's own on Daily's call object: the replica's video filling the
   * element, a self-view, controls, captions; or `prebuilt`, Daily Prebuilt in an iframe with Daily's own UI. (property only)
   * - `callFactory`: Makes the call for each conversation. Unset, `call-ui` chooses Daily's (`@daily-co/daily-js`, loaded on
   * demand). Set it to run the conversation in a call of your own (any object implementing `CallFactory`, exported
   * by the package): the element renders its media when its calls implement `MediaCallAdapter`. Tests and the demo
   * use a simulated call. (property only)
   * - `role`: undefined (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tavus:ready`: The element is upgraded and has a usable deployment-id.
   * - `tavus:state-change`: The lifecycle state changed.
   * - `tavus:conversation-created`: The deployment created a conversation (billing starts).
   * - `tavus:conversation-started`: The visitor joined the call.
   * - `tavus:conversation-ended`: The conversation was ended; `reason` says why.
   * - `tavus:error`: Something went wrong; `code` is stable, `message` is for people.
   * - `tavus:protocol-message`: A Daily app-message from the conversation (Tavus Interactions Protocol), as it came.
   * - `tavus:tool-call`: The replica called a tool (`conversation.tool_call`); answer with `detail.respond()`.
   * - `tavus:utterance`: Someone said something: partial text while the replica speaks (`final: false`), then exactly one `final: true` per utterance.
   * - `tavus:speaking-change`: The visitor or the replica started or stopped speaking.
   * - `tavus:open-change`: Floating only: the panel opened or closed (`open`), whoever asked.
   * - `tavus:media-change`: The visitor's microphone or camera went on or off (`microphone`, `camera`), from the pre-join check's toggles, the call's buttons or the page's `setMicrophoneEnabled()` / `setCameraEnabled()`.
   * - `tavus:before-start`: Cancelable. A conversation is about to be started: change the detail to change what the start request carries, or `preventDefault()` to start nothing.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `startConversation() => Promise<void>`: Starts a conversation (as the Start button does). Resolves once the
   * attempt settles; never rejects: failures arrive as `tavus:error` and in the UI.
   * - `endConversation() => Promise<void>`: Ends the conversation (or cancels a start or a prompt). Resolves once the end is sent and the call torn down
   * (at once when there was nothing to end, or an end is already under way); never rejects.
   * - `sendMessage(message: TavusOutgoingMessage) => void`: Sends any Interactions Protocol event (`{event_type, properties?}`) to the replica; the element fills in
   * `message_type` and `conversation_id`. The methods below cover the common ones. Like each of them, it sends at
   * once or throws having sent nothing: `InvalidStateError` (a `DOMException`) when no conversation is connected,
   * `TypeError` for a bad argument, `RangeError` for a message over Daily's 4 KB limit.
   * - `respond(text: string) => void`: Says `text` to the replica as if the visitor had said it (`conversation.respond`); the replica answers it.
   * - `echo(text: string) => void`: Makes the replica say exactly `text` (`conversation.echo`).
   * - `interrupt() => void`: Stops the replica mid-sentence (`conversation.interrupt`).
   * - `overwriteContext(context: string) => void`: Replaces the conversation's context for the rest of the call (`conversation.overwrite_llm_context`).
   * - `appendContext(context: string) => void`: Adds to the conversation's context (`conversation.append_llm_context`).
   * - `setSensitivity(sensitivity: TavusSensitivity) => void`: Changes how long the replica waits for the visitor to go on (`pause`) and how readily it lets them cut in
   * (`interrupt`): `superlow`, `verylow`, `low`, `medium`, `high` or `auto`. One `conversation.sensitivity`
   * message per key given.
   * - `sendToolResult(toolCallId: string, output: TavusToolOutput, status?: TavusToolResultStatus) => void`: Answers the replica's tool call `toolCallId` (`conversation.tool_result`) with text or a JSON-serialisable
   * object, and a `status` of `success` (when not given) or `error`. `tavus:tool-call`'s `detail.respond()` does
   * this with its id.
   * - `setMicrophoneEnabled(enabled: boolean) => void`: Turns the visitor's microphone on or off at the pre-join check or during a call (`tavus:media-change` follows).
   * Throws `InvalidStateError` (a `DOMException`) at any other time, `NotSupportedError` in a call with
   * `call-ui="prebuilt"`, whose own UI has the buttons.
   * - `setCameraEnabled(enabled: boolean) => void`: Turns the visitor's camera on or off, at the pre-join check or during a call, and throws as `setMicrophoneEnabled()` does.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tavus-surface`: Background of the element. (default: `light-dark(#fff, #18171f)`)
   * - `--tavus-text`: Text colour. Unset, it is black or white, whichever reads better on the surface. (default: `black or white`)
   * - `--tavus-accent`: Buttons, the badge and the spinner. Unset, a dark or light indigo that suits the surface. (default: `indigo`)
   * - `--tavus-on-accent`: Text on accent buttons. Unset, black or white, whichever reads better on the accent. (default: `black or white`)
   * - `--tavus-muted`: Borders and tracks. (default: `text 45 % into surface`)
   * - `--tavus-danger`: Error icons and invalid fields. (default: `red that suits the surface`)
   * - `--tavus-radius`: Corner radius of the element; fields and notices derive theirs from it. (default: `16px`)
   * - `--tavus-font`: Font family. (default: `system-ui`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `start-button`: The button that starts (or restarts) a conversation.
   * - `poster`: The replica's picture or looping clip behind the start surface.
   * - `title`: The start surface's heading (from `start-title` or the deployment's preview copy).
   * - `description`: The start surface's text (from `start-description` or the deployment's preview copy).
   * - `media-note`: The line under Start saying the camera and microphone will be used.
   * - `password-form`: The password prompt.
   * - `password-input`: The password field.
   * - `password-submit`: The password prompt's submit button.
   * - `password-error`: The message shown when the password was wrong.
   * - `pre-join`: The check before anything is created: the visitor's camera, microphone and devices, and Join.
   * - `preview`: The pre-join check's camera preview (mirrored).
   * - `mic-level`: The pre-join check's live microphone level (a bar; `--level` from 0 to 1).
   * - `mic-toggle`: The pre-join check's microphone toggle (`aria-pressed`).
   * - `camera-toggle`: The pre-join check's camera toggle (`aria-pressed`).
   * - `device-picker`: Each of the pre-join check's camera, microphone and speaker pickers (`<select>`).
   * - `join-button`: Joins the conversation from the pre-join check: only then is anything created.
   * - `recovery`: Replaces the preview when the camera or microphone can't be used: what happened and what to do.
   * - `recovery-title`: The recovery view's heading.
   * - `recovery-message`: The recovery view's sentence (`tavus:error`'s `message`).
   * - `recovery-steps`: Where to allow the camera and microphone, in this browser or in the system's settings.
   * - `without-camera-button`: "Continue without camera", offered when only the camera fails.
   * - `progress`: The spinner and sentence shown from Start until the call has joined, and while ending.
   * - `cancel-button`: Cancels a start, a human check or a join (Escape does too); what was created is ended.
   * - `status`: The polite live region announcing progress (visually hidden: the views show the same words).
   * - `call`: The container the call is mounted in (the call UI, or Daily Prebuilt's frame).
   * - `replica-video`: The replica's video, filling the call (`object-fit: cover`).
   * - `connecting`: What the call shows until the replica's video plays.
   * - `self-view`: The visitor's own camera, mirrored, in a corner; it rings while the visitor speaks.
   * - `controls`: The call's control bar.
   * - `mic-button`: Turns the microphone on or off (`aria-pressed` while on).
   * - `camera-button`: Turns the camera on or off (`aria-pressed` while on).
   * - `devices-button`: Opens the device menu.
   * - `device-menu`: The microphone, camera and speaker pickers (speaker where the browser can choose one).
   * - `captions-button`: Shows or hides the captions (`aria-pressed` while shown).
   * - `leave-button`: Leaves the call, ending the conversation.
   * - `captions`: The captions: what the replica and the visitor say, labelled by who said it (a polite live region).
   * - `network-banner`: Shown while the visitor's network is too poor for the call.
   * - `sound-button`: "Tap to turn on sound", when the browser kept the replica's voice from playing on its own.
   * - `notice`: A dismissible problem shown over the call (the camera or microphone failed).
   * - `captcha`: The container the Cloudflare Turnstile widget renders in.
   * - `error`: The error view's title and sentence.
   * - `error-title`: The error view's heading.
   * - `error-message`: The error sentence.
   * - `retry-button`: The "Try again" button of the error view and of the pre-join check's recovery view.
   * - `recheck-button`: "Check again", offered while the deployment is unavailable.
   * - `ended-title`: The heading shown after a conversation.
   * - `ended-text`: The sentence shown after a conversation.
   * - `launcher`: Floating: the button in the corner that opens the panel (round, or a pill with the replica's picture and a label; "In call" with a red dot while a call goes on behind the closed panel).
   * - `panel`: Floating: the panel holding the views, above the page; the whole screen at 480 px wide or less.
   * - `panel-header`: Floating: the panel's bar, with its title, minimise and close buttons.
   * - `minimize-button`: Floating: collapses the panel to the launcher during a call, which goes on.
   * - `close-button`: Floating: closes the panel; during a conversation it asks first.
   * - `end-prompt`: Floating: "End the conversation?", asked when the panel is closed during one.
   * - `end-button`: The end prompt's End button.
   * - `keep-button`: The end prompt's Keep talking button.
   */
  "tavus-deployment": Partial<
    TavusDeploymentProps &
      TavusDeploymentSolidJsProps &
      BaseProps<TavusDeployment> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Background of the element. */
  "--tavus-surface"?: string | undefined;
  /** Text colour. Unset, it is black or white, whichever reads better on the surface. */
  "--tavus-text"?: string | undefined;
  /** Buttons, the badge and the spinner. Unset, a dark or light indigo that suits the surface. */
  "--tavus-accent"?: string | undefined;
  /** Text on accent buttons. Unset, black or white, whichever reads better on the accent. */
  "--tavus-on-accent"?: string | undefined;
  /** Borders and tracks. */
  "--tavus-muted"?: string | undefined;
  /** Error icons and invalid fields. */
  "--tavus-danger"?: string | undefined;
  /** Corner radius of the element; fields and notices derive theirs from it. */
  "--tavus-radius"?: string | undefined;
  /** Font family. */
  "--tavus-font"?: string | undefined;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-dev-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@builder.io/qwik" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@stencil/core" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "hono/jsx" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react-native" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}
