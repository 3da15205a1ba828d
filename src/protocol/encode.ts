import type { TavusOutgoingMessage, TavusSensitivity, TavusToolOutput, TavusToolResultStatus } from './messages.js';

/** Daily refuses app-messages larger than this (it counts the JSON's characters; UTF-8 bytes are never fewer). */
export const APP_MESSAGE_LIMIT_BYTES = 4096;

/** A page → Tavus message, sent to everyone in the call. */
export interface ConversationMessage {
  message_type: 'conversation';
  event_type: string;
  conversation_id: string;
  properties?: Record<string, unknown>;
}

type Body = TavusOutgoingMessage;

const SENSITIVITY_LEVELS: readonly unknown[] = ['superlow', 'verylow', 'low', 'medium', 'high', 'auto'];
const SENSITIVITY_PROPERTIES = {
  pause: 'participant_pause_sensitivity',
  interrupt: 'participant_interrupt_sensitivity',
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string, not ${typeof value}.`);
  return value;
}

const body = (event_type: string, properties?: Record<string, unknown>): Body => ({ event_type, properties });

/**
 * Every message the page can send, by the name of the element method that
 * sends it: each checks its arguments (throwing `TypeError`) and returns the
 * bodies of the messages to send.
 */
export const INTERACTIONS = {
  sendMessage(message: TavusOutgoingMessage): Body[] {
    if (!isRecord(message) || typeof message.event_type !== 'string' || !message.event_type) {
      throw new TypeError('sendMessage() needs an object with an event_type string.');
    }
    const { event_type, properties } = message;
    if (properties !== undefined && !isRecord(properties)) throw new TypeError('properties must be an object.');
    return [body(event_type, properties)];
  },
  respond: (said: string): Body[] => [body('conversation.respond', { text: text(said, 'text') })],
  echo: (said: string): Body[] => [body('conversation.echo', { modality: 'text', text: text(said, 'text') })],
  interrupt: (): Body[] => [body('conversation.interrupt')],
  overwriteContext: (context: string): Body[] => [
    body('conversation.overwrite_llm_context', { context: text(context, 'context') }),
  ],
  appendContext: (context: string): Body[] => [
    body('conversation.append_llm_context', { context: text(context, 'context') }),
  ],
  setSensitivity(levels: TavusSensitivity): Body[] {
    if (!isRecord(levels)) throw new TypeError('setSensitivity() needs an object such as { pause: "low" }.');
    const given = (['pause', 'interrupt'] as const).filter((key) => levels[key] !== undefined);
    if (given.length === 0) throw new TypeError('setSensitivity() needs pause, interrupt or both.');
    return given.map((key) => {
      const level = levels[key];
      if (!SENSITIVITY_LEVELS.includes(level)) {
        throw new TypeError(`${key} must be one of ${SENSITIVITY_LEVELS.join(', ')}, not ${String(level)}.`);
      }
      return body('conversation.sensitivity', { [SENSITIVITY_PROPERTIES[key]]: level });
    });
  },
  sendToolResult(toolCallId: string, output: TavusToolOutput, status: TavusToolResultStatus = 'success'): Body[] {
    if (typeof toolCallId !== 'string' || !toolCallId) throw new TypeError('toolCallId must be a non-empty string.');
    if (typeof output !== 'string' && (typeof output !== 'object' || output === null)) {
      throw new TypeError('output must be a string or a JSON-serialisable object.');
    }
    if (status !== 'success' && status !== 'error') {
      throw new TypeError(`status must be success or error, not ${String(status)}.`);
    }
    return [body('conversation.tool_result', { tool_call_id: toolCallId, output, status })];
  },
};

export type Interactions = typeof INTERACTIONS;
export type InteractionName = keyof Interactions;

/**
 * The complete messages of one interaction, in the envelope of the given
 * conversation. Throws `TypeError` for bad arguments (or properties JSON
 * can't carry) and `RangeError` for a message over Daily's limit, so it
 * returns only messages that can all be sent.
 */
export function encodeInteraction<K extends InteractionName>(
  conversationId: string,
  name: K,
  args: Parameters<Interactions[K]>,
): ConversationMessage[] {
  const bodies = (INTERACTIONS[name] as (...args: unknown[]) => Body[])(...args);
  return bodies.map(({ event_type, properties }) => {
    const message: ConversationMessage = { message_type: 'conversation', event_type, conversation_id: conversationId };
    if (properties) message.properties = properties;
    const size = new TextEncoder().encode(JSON.stringify(message)).byteLength;
    if (size > APP_MESSAGE_LIMIT_BYTES) {
      throw new RangeError(
        `${event_type} is ${size} bytes encoded, over Daily's app-message limit of ${APP_MESSAGE_LIMIT_BYTES} bytes.`,
      );
    }
    return message;
  });
}
