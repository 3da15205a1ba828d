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

/** An event the element should fire for a conversation below. */
export interface ExpectedEvent {
  name: 'tavus:utterance' | 'tavus:speaking-change';
  detail: object;
}

const said = (role: 'user' | 'replica', text: string, final: boolean, interrupted = false): ExpectedEvent => ({
  name: 'tavus:utterance',
  detail: { role, text, final, interrupted },
});
const speakingChange = (role: 'user' | 'replica', on: boolean): ExpectedEvent => ({
  name: 'tavus:speaking-change',
  detail: { role, speaking: on },
});

/**
 * Stretches of conversation as Tavus reports them, copies and all, with the
 * utterance and speaking-change events (in order) each must produce. Each
 * starts from a fresh conversation.
 */
export const CONVERSATIONS: { what: string; messages: TavusProtocolMessage[]; events: ExpectedEvent[] }[] = [
  {
    what: 'a reply streamed in pal and replica copies: partials, then exactly one final of what was said',
    messages: [
      speaking('replica', 'started', 'inf-1'),
      legacySpeaking('replica', 'started', 'inf-1'),
      plannedReply('Sure, we open at nine and close at five.', 'inf-1', 'pal'),
      plannedReply('Sure, we open at nine and close at five.', 'inf-1'),
      streamed('Sure,', 0, 'inf-1', { role: 'pal' }),
      streamed('Sure,', 0, 'inf-1'),
      streamed('Sure, we open', 1, 'inf-1'),
      streamed('Sure, we open at nine', 2, 'inf-1', { role: 'pal' }),
      streamed('Sure, we open at nine', 2, 'inf-1'),
      streamed('Sure, we open at nine and close at five.', 3, 'inf-1', { final: true }),
      streamed('Sure, we open at nine and close at five.', 3, 'inf-1', { final: true, role: 'pal' }),
      speaking('replica', 'stopped', 'inf-1'),
      legacySpeaking('replica', 'stopped', 'inf-1'),
    ],
    events: [
      speakingChange('replica', true),
      said('replica', 'Sure,', false),
      said('replica', 'Sure, we open', false),
      said('replica', 'Sure, we open at nine', false),
      said('replica', 'Sure, we open at nine and close at five.', true),
      speakingChange('replica', false),
    ],
  },
  {
    what: 'an interrupted reply: its final is what was said before the cut, marked interrupted',
    messages: [
      plannedReply('Our plans start at ten dollars a month and go up to fifty.', 'inf-2'),
      streamed('Our plans start', 0, 'inf-2'),
      streamed('Our plans start at ten', 1, 'inf-2', { final: true, is_interrupted: true }),
      plannedReply('Our plans start at ten dollars a month and go up to fifty.', 'inf-2', 'pal'),
      speaking('replica', 'stopped', 'inf-2', { interrupted: true }),
    ],
    events: [said('replica', 'Our plans start', false), said('replica', 'Our plans start at ten', true, true)],
  },
  {
    what: 'a reply that is not streamed: its planned text is the final once the replica stops speaking',
    messages: [
      legacySpeaking('replica', 'started', 'inf-3'),
      plannedReply('Goodbye!', 'inf-3'),
      plannedReply('Goodbye!', 'inf-3', 'pal'),
      legacySpeaking('replica', 'stopped', 'inf-3'),
      speaking('replica', 'stopped', 'inf-3'),
    ],
    events: [speakingChange('replica', true), said('replica', 'Goodbye!', true), speakingChange('replica', false)],
  },
  {
    what: 'a planned reply that arrives after the replica stopped speaking: final at once',
    messages: [speaking('replica', 'stopped', 'inf-4'), plannedReply('Late.', 'inf-4')],
    events: [said('replica', 'Late.', true)],
  },
  {
    what: 'a stop without an inference_id: every plan still held is final',
    messages: [
      plannedReply('One.', 'inf-5'),
      plannedReply('Two.', 'inf-6'),
      legacySpeaking('replica', 'started'),
      legacySpeaking('replica', 'stopped'),
    ],
    events: [
      speakingChange('replica', true),
      said('replica', 'One.', true),
      said('replica', 'Two.', true),
      speakingChange('replica', false),
    ],
  },
  {
    what: "the visitor's utterances: one final each, however many copies",
    messages: [
      speaking('user', 'started', 'inf-u1'),
      legacySpeaking('user', 'started', 'inf-u1'),
      speaking('user', 'stopped', 'inf-u2'),
      legacySpeaking('user', 'stopped', 'inf-u2'),
      userUtterance('What are your hours?', 'inf-u2'),
      userUtterance('What are your hours?', 'inf-u2'),
      userUtterance('And on Sundays?', 'inf-u3'),
    ],
    events: [
      speakingChange('user', true),
      speakingChange('user', false),
      said('user', 'What are your hours?', true),
      said('user', 'And on Sundays?', true),
    ],
  },
  {
    what: 'a streaming chunk that arrives after a later one is dropped',
    messages: [streamed('One two', 1, 'inf-7'), streamed('One', 0, 'inf-7'), streamed('One two three', 2, 'inf-7')],
    events: [said('replica', 'One two', false), said('replica', 'One two three', false)],
  },
  {
    what: 'messages without an inference_id are taken as they come, since nothing ties them together',
    messages: [
      fromTavus('conversation.utterance.streaming', { role: 'replica', speech: 'Hi', content_index: 0, final: false }),
      fromTavus('conversation.utterance.streaming', { role: 'replica', speech: 'Hi', content_index: 0, final: true }),
      fromTavus('conversation.utterance', { role: 'replica', speech: 'Hi' }),
    ],
    events: [said('replica', 'Hi', false), said('replica', 'Hi', true), said('replica', 'Hi', true)],
  },
  {
    what: 'speaking changes: once each, in either naming scheme, whichever copy comes late',
    messages: [
      legacySpeaking('user', 'started', 'inf-u4'),
      speaking('user', 'started', 'inf-u4'),
      speaking('user', 'stopped', 'inf-u4'),
      legacySpeaking('user', 'stopped', 'inf-u4'),
      speaking('replica', 'started', 'inf-8'),
      speaking('replica', 'stopped', 'inf-8', { interrupted: true }),
      legacySpeaking('replica', 'started', 'inf-8'),
      legacySpeaking('replica', 'stopped', 'inf-8'),
      legacySpeaking('replica', 'started', 'inf-9'),
      speaking('pal', 'started', 'inf-9'),
    ],
    events: [
      speakingChange('user', true),
      speakingChange('user', false),
      speakingChange('replica', true),
      speakingChange('replica', false),
      speakingChange('replica', true),
    ],
  },
];
