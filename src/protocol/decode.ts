import type { TavusSpeaker, ToolCall } from './messages.js';

/** Who said it and in which reply. */
interface Spoken {
  role: TavusSpeaker;
  /** The envelope's `inference_id`: the copies of one reply share it. */
  inferenceId: string | undefined;
  interrupted: boolean;
}

/**
 * An incoming app-message, read and classified: what the element needs of it.
 * Anything it does not act on is `other` (it is still re-fired as it came).
 */
export type IncomingMessage =
  /** `conversation.utterance`: a whole utterance (for the replica, the reply it plans). */
  | (Spoken & { kind: 'utterance'; text: string })
  /** `conversation.utterance.streaming`: the replica's words so far; the final chunk is what it said. */
  | (Spoken & { kind: 'streaming'; text: string; index: number | undefined; final: boolean })
  /** A speaking event, in either naming scheme. */
  | (Spoken & { kind: 'speaking'; speaking: boolean })
  | ({ kind: 'tool-call' } & Omit<ToolCall, 'respond'>)
  | { kind: 'other' };

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null ? (value as Json) : undefined;
}

const string = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** `pal` is the newer name of the replica. */
function speaker(role: unknown): TavusSpeaker | undefined {
  if (role === 'user') return 'user';
  return role === 'replica' || role === 'pal' ? 'replica' : undefined;
}

/** `conversation.started_speaking` (role in properties) or `conversation.replica.started_speaking` (role in name). */
const SPEAKING = /^conversation\.(?:(user|replica|pal)\.)?(started|stopped)_speaking$/;

const OTHER: IncomingMessage = { kind: 'other' };

/** The Interactions Protocol's `event_type` of a Daily app-message, if it has one. */
export function eventType(data: unknown): string | undefined {
  return string(record(data)?.['event_type']);
}

/** Reads one app-message. Never throws: what it cannot make sense of is `other`. */
export function classify(data: unknown): IncomingMessage {
  const message = record(data);
  const type = eventType(data);
  if (!message || !type) return OTHER;
  const properties = record(message['properties']) ?? {};
  if (type === 'conversation.tool_call') return toolCall(message, properties);
  const speaking = SPEAKING.exec(type);
  const role = speaker(speaking?.[1] ?? properties['role']);
  if (!role) return OTHER;
  const inferenceId = string(message['inference_id']);
  if (speaking) {
    const interrupted = properties['interrupted'] === true;
    return { kind: 'speaking', role, inferenceId, interrupted, speaking: speaking[2] === 'started' };
  }
  const text = string(properties['speech']);
  if (text === undefined) return OTHER;
  if (type === 'conversation.utterance') {
    return { kind: 'utterance', role, inferenceId, text, interrupted: properties['interrupted'] === true };
  }
  if (type !== 'conversation.utterance.streaming') return OTHER;
  const index = properties['content_index'];
  return {
    kind: 'streaming',
    role,
    inferenceId,
    text,
    interrupted: properties['is_interrupted'] === true,
    index: typeof index === 'number' ? index : undefined,
    final: properties['final'] === true,
  };
}

function toolCall(message: Json, properties: Json): IncomingMessage {
  const name = string(properties['name']);
  if (name === undefined) return OTHER;
  const raw = properties['arguments'];
  const args = typeof raw === 'string' ? raw : JSON.stringify(raw ?? {});
  return {
    kind: 'tool-call',
    name,
    arguments: args,
    args: parse(args),
    // Inside properties since the protocol's current version; older messages had it on the envelope.
    toolCallId: string(properties['tool_call_id']) ?? string(message['tool_call_id']),
  };
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
