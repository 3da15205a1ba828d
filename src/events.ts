import type { TavusErrorDetail } from './errors.js';
import type { SpeakingChange, TavusProtocolMessage, ToolCall, Utterance } from './protocol/messages.js';
import type { EndReason, StateName } from './session/session-state.js';

export type { TavusErrorDetail } from './errors.js';

export interface TavusReadyDetail {
  deploymentId: string;
}
export interface TavusStateChangeDetail {
  state: StateName;
  previous: StateName;
}
export interface TavusConversationCreatedDetail {
  conversationId: string;
  conversationUrl: string;
}
export interface TavusConversationStartedDetail {
  conversationId: string;
}
export interface TavusConversationEndedDetail {
  conversationId: string;
  reason: EndReason;
}
export type TavusToolCallDetail = ToolCall;
export type TavusUtteranceDetail = Utterance;
export type TavusSpeakingChangeDetail = SpeakingChange;
/** What the start request will carry; a `tavus:before-start` listener may change it. */
export interface TavusBeforeStartDetail {
  conversationalContext: string;
  customGreeting: string;
  memoryStores: string[];
}

export interface TavusOpenChangeDetail {
  /** The floating panel is now open. */
  open: boolean;
}

/** The visitor's microphone and camera, as the call sends them. */
export interface TavusMediaChangeDetail {
  microphone: boolean;
  camera: boolean;
}

/** A slot in the table below: its type is the event's `detail`; at run time it holds nothing. */
const detail = <T>() => undefined as T;

/**
 * Every event the element fires, once: its name and the type of its `detail`.
 * The event map, the React wrapper's props, the demo's log and the tests'
 * helpers all come from this table.
 */
export const TAVUS_EVENTS = {
  'tavus:ready': detail<TavusReadyDetail>(),
  'tavus:state-change': detail<TavusStateChangeDetail>(),
  'tavus:conversation-created': detail<TavusConversationCreatedDetail>(),
  'tavus:conversation-started': detail<TavusConversationStartedDetail>(),
  'tavus:conversation-ended': detail<TavusConversationEndedDetail>(),
  'tavus:error': detail<TavusErrorDetail>(),
  'tavus:protocol-message': detail<TavusProtocolMessage>(),
  'tavus:tool-call': detail<TavusToolCallDetail>(),
  'tavus:utterance': detail<TavusUtteranceDetail>(),
  'tavus:speaking-change': detail<TavusSpeakingChangeDetail>(),
  'tavus:before-start': detail<TavusBeforeStartDetail>(),
  'tavus:open-change': detail<TavusOpenChangeDetail>(),
  'tavus:media-change': detail<TavusMediaChangeDetail>(),
};

export type TavusEventDetailMap = typeof TAVUS_EVENTS;

export type TavusEventName = keyof TavusEventDetailMap;

/** The names, for whoever listens to them all. */
export const TAVUS_EVENT_NAMES = /* @__PURE__ */ Object.keys(TAVUS_EVENTS) as TavusEventName[];

export type TavusEventMap = {
  [K in TavusEventName]: CustomEvent<TavusEventDetailMap[K]>;
};

/** One event and its detail, for code that passes events on before they are fired. */
export type TavusEvent<K extends TavusEventName = TavusEventName> = {
  [P in K]: { name: P; detail: TavusEventDetailMap[P] };
}[K];

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging into the DOM's own map
  interface HTMLElementEventMap extends TavusEventMap {}
}

/**
 * Fires a `tavus:*` event that crosses the shadow boundary, as Tavus's own
 * elements do. Returns `false` when a listener cancelled a cancelable one.
 */
export function emit<K extends TavusEventName>(
  target: EventTarget,
  name: K,
  detail: TavusEventDetailMap[K],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
