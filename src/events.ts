import type { TavusErrorDetail } from './errors.js';
import type { ToolCall } from './protocol.js';
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
  'tavus:protocol-message': detail<unknown>(),
  'tavus:tool-call': detail<TavusToolCallDetail>(),
};

export type TavusEventDetailMap = typeof TAVUS_EVENTS;

export type TavusEventName = keyof TavusEventDetailMap;

/** The names, for whoever listens to them all. */
export const TAVUS_EVENT_NAMES = Object.keys(TAVUS_EVENTS) as TavusEventName[];

export type TavusEventMap = {
  [K in TavusEventName]: CustomEvent<TavusEventDetailMap[K]>;
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging into the DOM's own map
  interface HTMLElementEventMap extends TavusEventMap {}
}

/** Fires a `tavus:*` event that crosses the shadow boundary, as Tavus's own elements do. */
export function emit<K extends TavusEventName>(target: EventTarget, name: K, detail: TavusEventDetailMap[K]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
