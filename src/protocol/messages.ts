/**
 * The Tavus Interactions Protocol as it travels in Daily app-messages, and what
 * the element makes of it. Types only: the code that reads and writes these
 * shapes lives beside this file and is loaded with the session engine.
 */

/** Who speaks, as Tavus writes it: newer messages call the replica `pal`. */
export type TavusProtocolRole = 'user' | 'replica' | 'pal';

/** Who speaks, as the element reports it: `pal` is read as `replica`. */
export type TavusSpeaker = 'user' | 'replica';

/** What Tavus puts on every message besides its `event_type` and `properties`. */
export interface TavusProtocolEnvelope {
  message_type: 'conversation' | 'system';
  conversation_id: string;
  /** Monotonic across the conversation: a higher `seq` was sent later. */
  seq?: number;
  /** Grows with each turn. */
  turn_idx?: number;
  /** Unix seconds, with a fraction. */
  timestamp?: number;
  /** Ties together the utterances, streaming chunks, tool call and speaking events of one reply. */
  inference_id?: string;
}

type Message<Type extends string, Properties> = TavusProtocolEnvelope & { event_type: Type; properties: Properties };

/** `conversation.utterance`: what someone said; for the replica, the whole reply it plans to say. */
export type TavusUtteranceMessage = Message<
  'conversation.utterance',
  {
    role: TavusProtocolRole;
    speech: string;
    interrupted?: boolean;
    user_audio_analysis?: string;
    user_visual_analysis?: string;
  }
>;

/** `conversation.utterance.streaming`: the replica's words so far; the `final` chunk is what it really said. */
export type TavusStreamingUtteranceMessage = Message<
  'conversation.utterance.streaming',
  { role: TavusProtocolRole; speech: string; content_index: number; final: boolean; is_interrupted?: boolean }
>;

/** `conversation.started_speaking` / `conversation.stopped_speaking`. */
export type TavusSpeakingMessage = Message<
  'conversation.started_speaking' | 'conversation.stopped_speaking',
  { role: TavusProtocolRole; interrupted?: boolean; duration?: number | null }
>;

/** The older names of the speaking events, still sent beside the newer ones. */
export type TavusLegacySpeakingMessage = TavusProtocolEnvelope & {
  event_type: `conversation.${'user' | 'replica'}.${'started' | 'stopped'}_speaking`;
  properties?: { interrupted?: boolean; duration?: number | null };
};

/** `conversation.tool_call`: Tavus runs no tool itself; answer with `sendToolResult()`. */
export type TavusToolCallMessage = Message<
  'conversation.tool_call',
  { name: string; arguments: string; tool_call_id?: string }
> & {
  /** Where older messages put it. */
  tool_call_id?: string;
};

/** `conversation.perception_tool_call`: a tool called on what the replica sees or hears. */
export type TavusPerceptionToolCallMessage = Message<
  'conversation.perception_tool_call',
  { name: string; modality: 'vision' | 'audio'; arguments: string | Record<string, unknown>; frames?: unknown[] }
>;

/** `conversation.perception_analysis`. */
export type TavusPerceptionAnalysisMessage = Message<'conversation.perception_analysis', { analysis: string }>;

/** `system.replica_joined` (`system.pal_joined` in newer docs) and `system.shutdown` (the conversation is over). */
export type TavusSystemMessage = TavusProtocolEnvelope & {
  event_type: 'system.replica_joined' | 'system.pal_joined' | 'system.shutdown';
  properties?: Record<string, unknown>;
};

/**
 * The messages Tavus sends into the call, as `tavus:protocol-message` carries
 * them. Messages Tavus adds later pass through as they arrive: check
 * `event_type` before relying on a shape.
 */
export type TavusProtocolMessage =
  | TavusUtteranceMessage
  | TavusStreamingUtteranceMessage
  | TavusSpeakingMessage
  | TavusLegacySpeakingMessage
  | TavusToolCallMessage
  | TavusPerceptionToolCallMessage
  | TavusPerceptionAnalysisMessage
  | TavusSystemMessage;

/** What `sendMessage()` sends: any page → Tavus event; the element fills in the envelope. */
export interface TavusOutgoingMessage {
  event_type: string;
  properties?: Record<string, unknown>;
}

/** How readily the replica waits for the visitor (`pause`) or lets them cut in (`interrupt`). */
export type TavusSensitivityLevel = 'superlow' | 'verylow' | 'low' | 'medium' | 'high' | 'auto';

/** `setSensitivity()`'s argument: one `conversation.sensitivity` message is sent per key given. */
export interface TavusSensitivity {
  pause?: TavusSensitivityLevel;
  interrupt?: TavusSensitivityLevel;
}

/** Whether the tool did what it was asked. */
export type TavusToolResultStatus = 'success' | 'error';

/** A tool's answer: text, or an object sent as JSON. */
export type TavusToolOutput = string | object;

/** What someone said, as `tavus:utterance` reports it. */
export interface Utterance {
  role: TavusSpeaker;
  /** The words so far (`final: false`) or the whole utterance (`final: true`). */
  text: string;
  /** Each utterance ends with exactly one `final: true`, after any partial ones. */
  final: boolean;
  /** The replica was cut off: `text` is what it said before that. */
  interrupted: boolean;
}

/** Someone started or stopped speaking, as `tavus:speaking-change` reports it. */
export interface SpeakingChange {
  role: TavusSpeaker;
  speaking: boolean;
}

/** A `conversation.tool_call` from the replica, as re-fired by `tavus:tool-call`. */
export interface ToolCall {
  name: string;
  /** The tool's arguments exactly as Tavus sent them (a JSON string). */
  arguments: string;
  /** The parsed `arguments`; `undefined` when they are not valid JSON. */
  args: unknown;
  toolCallId: string | undefined;
  /**
   * Answers this call: `sendToolResult()` with its `toolCallId`. Throws as
   * that does (`InvalidStateError` once the conversation is over).
   */
  respond(output: TavusToolOutput, status?: TavusToolResultStatus): void;
}
