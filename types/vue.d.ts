import type { DefineComponent } from "vue";
import type {
  TavusDeployment,
  TavusReadyDetail,
  TavusStateChangeDetail,
  TavusConversationCreatedDetail,
  TavusConversationStartedDetail,
  TavusConversationEndedDetail,
  TavusErrorDetail,
  TavusToolCallDetail,
} from "../dist/npm/index.js";

type TavusDeploymentProps = {
  /** The standard `nonce` attribute: copied onto the Turnstile script tag, for pages with a strict Content-Security-Policy (the browser's own `nonce` property keeps it after the attribute is hidden). */
  nonce?: TavusDeployment["nonce"];
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
  /** Cloudflare Turnstile site key; overrides the one the deployment announces. */
  "turnstile-site-key"?: TavusDeployment["turnstileSiteKey"];
  /** Heading of the start surface; defaults to the deployment's preview title. */
  "start-title"?: TavusDeployment["startTitle"];
  /** Text of the start surface; defaults to the deployment's preview description. */
  "start-description"?: TavusDeployment["startDescription"];
  /** Label of the Start button; defaults to the deployment's preview button title, then "Start conversation". */
  "start-label"?: TavusDeployment["startLabel"];
  /** Makes the call for each conversation. Defaults to Daily Prebuilt
(`@daily-co/daily-js`, loaded on demand). Set it to run the conversation in a call of your own (any object
implementing `CallFactory`, exported by the package); tests and the demo use a simulated call. */
  callFactory?: TavusDeployment["callFactory"];
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
  /** A Daily app-message from the conversation (Tavus Interactions Protocol). */
  "ontavus:protocol-message"?: (e: CustomEvent<unknown>) => void;
  /** The replica called a tool (`conversation.tool_call`). */
  "ontavus:tool-call"?: (e: CustomEvent<TavusToolCallDetail>) => void;
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
   * - **tavus:protocol-message** - A Daily app-message from the conversation (Tavus Interactions Protocol).
   * - **tavus:tool-call** - The replica called a tool (`conversation.tool_call`).
   *
   * ### **Methods:**
   *  - **startConversation(): _Promise<void>_** - Starts a conversation (as the Start button does). Resolves once the
   * attempt settles; never rejects: failures arrive as `tavus:error` and in the UI.
   * - **endConversation(): _Promise<void>_** - Ends the conversation (or cancels a start or a prompt). Resolves once the end is sent and the call torn down
   * (at once when there was nothing to end, or an end is already under way); never rejects.
   *
   * ### **CSS Properties:**
   *  - **--tavus-accent** - Buttons, focus rings and the spinner. _(default: #4338ca)_
   * - **--tavus-on-accent** - Text on accent-coloured buttons. _(default: #ffffff)_
   * - **--tavus-surface** - Background of the element. _(default: #ffffff)_
   * - **--tavus-text** - Main text colour. _(default: #1c1b22)_
   * - **--tavus-muted** - Secondary text and borders. _(default: #55536a)_
   * - **--tavus-danger** - Error text. _(default: #b3261e)_
   * - **--tavus-radius** - Corner radius of the element; buttons and fields derive theirs from it. _(default: 12px)_
   * - **--tavus-font** - Font family. _(default: system-ui)_
   *
   * ### **CSS Parts:**
   *  - **start-button** - The button that starts (or restarts) a conversation.
   * - **password-form** - The password prompt.
   * - **password-input** - The password field.
   * - **password-submit** - The password prompt's submit button.
   * - **password-error** - The message shown when the password was wrong.
   * - **status** - The live region announcing progress.
   * - **call** - The container Daily's call frame is mounted in.
   * - **captcha** - The container the Cloudflare Turnstile widget renders in.
   * - **title** - The start surface's heading (from `start-title` or the deployment's preview copy).
   * - **description** - The start surface's text (from `start-description` or the deployment's preview copy).
   * - **error** - The error view.
   * - **error-message** - The error sentence.
   * - **retry-button** - The "Try again" button of the error view.
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
