import { expect } from '@open-wc/testing';
import { classify } from '../src/protocol/decode.js';
import {
  APP_MESSAGE_LIMIT_BYTES,
  encodeInteraction,
  type InteractionName,
  type Interactions,
} from '../src/protocol/encode.js';
import { ProtocolReader, type ProtocolEvent } from '../src/protocol/reader.js';
import {
  CONVERSATION_ID,
  CONVERSATIONS,
  fromTavus,
  legacySpeaking,
  speaking,
  streamed,
  toolCall,
  userUtterance,
} from './support/protocol-fixtures.js';

const encode = <K extends InteractionName>(name: K, ...args: Parameters<Interactions[K]>) =>
  encodeInteraction(CONVERSATION_ID, name, args);

const envelope = { message_type: 'conversation', conversation_id: CONVERSATION_ID };

describe('the Interactions Protocol', () => {
  describe('encoding what the page sends', () => {
    const cases: [string, () => unknown, unknown[]][] = [
      [
        'sendMessage',
        () =>
          encode('sendMessage', {
            event_type: 'conversation.echo',
            properties: { modality: 'audio', audio: 'UklGRg==', done: false },
          }),
        [
          {
            ...envelope,
            event_type: 'conversation.echo',
            properties: { modality: 'audio', audio: 'UklGRg==', done: false },
          },
        ],
      ],
      [
        'respond',
        () => encode('respond', 'What are your hours?'),
        [{ ...envelope, event_type: 'conversation.respond', properties: { text: 'What are your hours?' } }],
      ],
      [
        'echo',
        () => encode('echo', 'Welcome back!'),
        [{ ...envelope, event_type: 'conversation.echo', properties: { modality: 'text', text: 'Welcome back!' } }],
      ],
      ['interrupt', () => encode('interrupt'), [{ ...envelope, event_type: 'conversation.interrupt' }]],
      [
        'overwriteContext',
        () => encode('overwriteContext', 'The visitor is on the pricing page.'),
        [
          {
            ...envelope,
            event_type: 'conversation.overwrite_llm_context',
            properties: { context: 'The visitor is on the pricing page.' },
          },
        ],
      ],
      [
        'appendContext',
        () => encode('appendContext', 'They chose the Pro plan.'),
        [
          {
            ...envelope,
            event_type: 'conversation.append_llm_context',
            properties: { context: 'They chose the Pro plan.' },
          },
        ],
      ],
      [
        'setSensitivity',
        () => encode('setSensitivity', { interrupt: 'low', pause: 'superlow' }),
        [
          {
            ...envelope,
            event_type: 'conversation.sensitivity',
            properties: { participant_pause_sensitivity: 'superlow' },
          },
          {
            ...envelope,
            event_type: 'conversation.sensitivity',
            properties: { participant_interrupt_sensitivity: 'low' },
          },
        ],
      ],
      [
        'sendToolResult',
        () => encode('sendToolResult', 'call_Zx81', { temperature: 21 }),
        [
          {
            ...envelope,
            event_type: 'conversation.tool_result',
            properties: { tool_call_id: 'call_Zx81', output: { temperature: 21 }, status: 'success' },
          },
        ],
      ],
    ];
    for (const [name, run, expected] of cases) {
      it(name, () => expect(run()).to.deep.equal(expected));
    }

    it('fills in the envelope whatever sendMessage() is given, and no more than event_type and properties', () => {
      const given = {
        event_type: 'conversation.interrupt',
        message_type: 'system',
        conversation_id: 'other',
        extra: 1,
      };
      expect(encode('sendMessage', given)).to.deep.equal([{ ...envelope, event_type: 'conversation.interrupt' }]);
    });

    it('sends one sensitivity message per key given, and a tool error as asked', () => {
      expect(encode('setSensitivity', { pause: 'auto' }).map((m) => m.properties)).to.deep.equal([
        { participant_pause_sensitivity: 'auto' },
      ]);
      expect(encode('sendToolResult', 'call_1', 'No such city', 'error')[0]!.properties).to.deep.equal({
        tool_call_id: 'call_1',
        output: 'No such city',
        status: 'error',
      });
    });

    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const typeErrors: [string, () => unknown, RegExp][] = [
      ['a text that is not a string', () => encode('respond', 42 as unknown as string), /text must be a string/],
      ['an echo without text', () => (encode as (...args: unknown[]) => unknown)('echo'), /text must be a string/],
      [
        'a context that is not a string',
        () => encode('appendContext', {} as unknown as string),
        /context must be a string/,
      ],
      ['a message without event_type', () => encode('sendMessage', { properties: {} } as never), /event_type/],
      ['a string message', () => encode('sendMessage', 'hello' as never), /event_type/],
      [
        'properties that are not an object',
        () => encode('sendMessage', { event_type: 'x', properties: 'y' } as never),
        /properties/,
      ],
      [
        'properties JSON cannot carry',
        () => encode('sendMessage', { event_type: 'x', properties: cyclic }),
        // The engine's own words: "circular" in Chromium and WebKit, "cyclic" in Firefox.
        /circular|cyclic/i,
      ],
      [
        'an unknown sensitivity',
        () => encode('setSensitivity', { pause: 'loud' } as never),
        /pause must be one of superlow/,
      ],
      ['no sensitivity at all', () => encode('setSensitivity', {}), /pause, interrupt or both/],
      ['a sensitivity that is not an object', () => encode('setSensitivity', 'low' as never), /object/],
      ['a tool result without an id', () => encode('sendToolResult', '', 'x'), /toolCallId/],
      ['a tool output that is a number', () => encode('sendToolResult', 'call_1', 42 as never), /output must be/],
      ['an unknown tool status', () => encode('sendToolResult', 'call_1', 'x', 'done' as never), /status must be/],
    ];
    for (const [what, run, message] of typeErrors) {
      it(`refuses ${what} with a TypeError`, () => expect(run).to.throw(TypeError, message));
    }

    it('refuses a message over 4 KB encoded with a RangeError saying how large it was, counting UTF-8 bytes', () => {
      const overhead = JSON.stringify(encode('respond', '')[0]).length;
      expect(encode('respond', 'a'.repeat(APP_MESSAGE_LIMIT_BYTES - overhead))).to.have.length(1);
      expect(() => encode('respond', 'a'.repeat(APP_MESSAGE_LIMIT_BYTES - overhead + 1))).to.throw(
        RangeError,
        /conversation.respond is 4097 bytes encoded, over Daily's app-message limit of 4096 bytes/,
      );
      // 2,100 characters, 4,200 bytes.
      expect(() => encode('echo', 'é'.repeat(2_100))).to.throw(RangeError, /bytes encoded/);
    });
  });

  describe('classifying what Tavus sends', () => {
    it('reads utterances, streaming chunks and speaking events, with pal read as replica', () => {
      expect(classify(userUtterance('Hi there'))).to.deep.equal({
        kind: 'utterance',
        role: 'user',
        inferenceId: 'inf-user-1',
        text: 'Hi there',
        interrupted: false,
      });
      expect(classify(streamed('Hello', 0, 'inf-7', { role: 'pal', final: true, is_interrupted: true }))).to.deep.equal(
        {
          kind: 'streaming',
          role: 'replica',
          inferenceId: 'inf-7',
          text: 'Hello',
          interrupted: true,
          index: 0,
          final: true,
        },
      );
      expect(classify(speaking('pal', 'stopped', 'inf-7', { interrupted: true, duration: 2.5 }))).to.deep.equal({
        kind: 'speaking',
        role: 'replica',
        inferenceId: 'inf-7',
        interrupted: true,
        speaking: false,
      });
      expect(classify(legacySpeaking('user', 'started'))).to.include({
        kind: 'speaking',
        role: 'user',
        speaking: true,
      });
      expect(classify(legacySpeaking('replica', 'stopped', 'inf-7'))).to.include({ role: 'replica', speaking: false });
    });

    it('reads a tool call, its id inside properties first, then on the envelope, and parses its arguments', () => {
      expect(classify(toolCall())).to.deep.equal({
        kind: 'tool-call',
        name: 'get_weather',
        arguments: '{"city":"Lisbon","unit":"celsius"}',
        args: { city: 'Lisbon', unit: 'celsius' },
        toolCallId: 'call_Zx81',
      });
      const older = {
        ...fromTavus('conversation.tool_call', { name: 'book', arguments: 'not json' }),
        tool_call_id: 'env-1',
      };
      expect(classify(older)).to.include({ toolCallId: 'env-1', arguments: 'not json', args: undefined });
      const both = { ...toolCall('inside'), tool_call_id: 'outside' };
      expect(classify(both)).to.include({ toolCallId: 'inside' });
      expect(classify(fromTavus('conversation.tool_call', { name: 'book', arguments: { day: 2 } }))).to.include({
        arguments: '{"day":2}',
        toolCallId: undefined,
      });
      expect(classify(fromTavus('conversation.tool_call', { name: 'book' }))).to.deep.include({
        arguments: '{}',
        args: {},
      });
    });

    it('calls anything else, or anything malformed, other', () => {
      for (const data of [
        null,
        'conversation.utterance',
        {},
        fromTavus('conversation.perception_analysis', { analysis: 'A person waves.' }),
        fromTavus('conversation.utterance', { role: 'narrator', speech: 'x' }),
        fromTavus('conversation.utterance', { role: 'user' }),
        fromTavus('conversation.tool_call', { arguments: '{}' }),
        { message_type: 'system', event_type: 'system.shutdown' },
      ]) {
        expect(classify(data), JSON.stringify(data)).to.deep.equal({ kind: 'other' });
      }
    });
  });

  describe('reading a conversation into events', () => {
    /** Feeds messages to one reader and returns what it makes of them, the re-fired messages aside. */
    function read(...messages: unknown[]) {
      const reader = new ProtocolReader(() => undefined);
      const events: ProtocolEvent[] = [];
      for (const message of messages) {
        const [first, ...rest] = reader.read(message);
        expect(first).to.deep.equal({ name: 'tavus:protocol-message', detail: message });
        events.push(...rest);
      }
      return events.map(({ name, detail }) => ({ name, detail }));
    }
    for (const { what, messages, events } of CONVERSATIONS) {
      it(what, () => expect(read(...messages)).to.deep.equal(events));
    }

    it('gives a tool call its parsed arguments and a respond() that answers it by its id', () => {
      const answers: unknown[][] = [];
      const reader = new ProtocolReader((...answer) => answers.push(answer));
      const [, call] = reader.read(toolCall('call_42'));
      expect(call!.name).to.equal('tavus:tool-call');
      const detail = call!.detail as Extract<ProtocolEvent, { name: 'tavus:tool-call' }>['detail'];
      expect(detail).to.deep.include({
        name: 'get_weather',
        args: { city: 'Lisbon', unit: 'celsius' },
        toolCallId: 'call_42',
      });
      detail.respond({ temperature: 21 });
      detail.respond('Unknown city', 'error');
      expect(answers).to.deep.equal([
        ['call_42', { temperature: 21 }, undefined],
        ['call_42', 'Unknown city', 'error'],
      ]);
    });
  });
});
