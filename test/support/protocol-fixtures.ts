/**
 * Interactions Protocol messages in the exact shapes of the Tavus contract:
 * the envelope carries `seq`, `turn_idx`, `timestamp` and `inference_id`;
 * `tool_call_id` sits inside `properties`.
 */
import type { TavusProtocolMessage } from '../../src/protocol/messages.js';

export const CONVERSATION_ID = 'c123456';

let seq = 100;

/** One message from Tavus, as it arrives in a Daily app-message's `data`. */
export function fromTavus(
  event_type: string,
  properties: Record<string, unknown>,
  { inference_id, turn_idx = 3 }: { inference_id?: string; turn_idx?: number } = {},
): TavusProtocolMessage {
  seq += 1;
  return {
    message_type: 'conversation',
    event_type,
    conversation_id: CONVERSATION_ID,
    seq,
    turn_idx,
    timestamp: 1779300000.125 + seq / 100,
    ...(inference_id ? { inference_id } : {}),
    properties,
  } as TavusProtocolMessage;
}

/** What the user said; Tavus sends it as the replica starts its answer. */
export const userUtterance = (speech: string, inference_id = 'inf-user-1') =>
  fromTavus('conversation.utterance', { role: 'user', speech }, { inference_id });

/** The reply the replica plans to say, in the role Tavus named it with. */
export const plannedReply = (speech: string, inference_id: string, role: 'replica' | 'pal' = 'replica') =>
  fromTavus('conversation.utterance', { role, speech }, { inference_id });

/** A streaming chunk of what the replica has said so far. */
export const streamed = (
  speech: string,
  content_index: number,
  inference_id: string,
  {
    final = false,
    is_interrupted,
    role = 'replica',
  }: { final?: boolean; is_interrupted?: boolean; role?: 'replica' | 'pal' } = {},
) =>
  fromTavus(
    'conversation.utterance.streaming',
    { role, speech, content_index, final, ...(is_interrupted === undefined ? {} : { is_interrupted }) },
    { inference_id },
  );

/** A speaking event in the newer naming scheme. */
export const speaking = (
  role: 'user' | 'replica' | 'pal',
  edge: 'started' | 'stopped',
  inference_id?: string,
  extra: Record<string, unknown> = {},
) => fromTavus(`conversation.${edge}_speaking`, { role, ...extra }, inference_id ? { inference_id } : {});

/** The same event under its older name, with the role in the name. */
export const legacySpeaking = (role: 'user' | 'replica', edge: 'started' | 'stopped', inference_id?: string) =>
  fromTavus(
    `conversation.${role}.${edge}_speaking`,
    edge === 'stopped' ? { duration: 1.42 } : {},
    inference_id ? { inference_id } : {},
  );

export const toolCall = (tool_call_id = 'call_Zx81') =>
  fromTavus(
    'conversation.tool_call',
    { name: 'get_weather', arguments: '{"city":"Lisbon","unit":"celsius"}', tool_call_id },
    { inference_id: 'inf-tool-1' },
  );
