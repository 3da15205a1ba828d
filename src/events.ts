import type { TavusError } from './errors.js';
import type { EndReason, StateName } from './session-state.js';

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
export type TavusErrorDetail = TavusError;
export interface TavusToolCallDetail {
  name: string;
  arguments: string;
  toolCallId: string | undefined;
}

/** Every event the element fires, by name, with its `detail`. */
export interface TavusEventDetailMap {
  'tavus:ready': TavusReadyDetail;
  'tavus:state-change': TavusStateChangeDetail;
  'tavus:conversation-created': TavusConversationCreatedDetail;
  'tavus:conversation-started': TavusConversationStartedDetail;
  'tavus:conversation-ended': TavusConversationEndedDetail;
  'tavus:error': TavusErrorDetail;
  'tavus:protocol-message': unknown;
  'tavus:tool-call': TavusToolCallDetail;
}

export type TavusEventName = keyof TavusEventDetailMap;

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
