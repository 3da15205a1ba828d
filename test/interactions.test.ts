import { expect } from '@open-wc/testing';
import type { TavusDeployment } from '../src/tavus-deployment.js';
import { mount, type Mounted } from './support/element.js';
import { ledger, settledLedger, until, requestsTo } from './support/mock-api.js';
import { CONVERSATIONS, toolCall } from './support/protocol-fixtures.js';

/** A connected element with a simulated call. */
async function connected(attributes: Record<string, string> = {}): Promise<Mounted & { conversationId: string }> {
  const m = await mount('open', attributes);
  await m.el.startConversation();
  await m.waitForState('connected');
  return { ...m, conversationId: m.log.of('tavus:conversation-created')[0]!.conversationId };
}

/** Plays messages from Tavus into the element's call. */
function receive(m: Mounted, ...messages: unknown[]): void {
  for (const data of messages) m.factory.last!.emit('app-message', { data, fromId: 'replica' });
}

/** Calls `method` and returns what it threw. */
function thrown(method: () => void): unknown {
  try {
    method();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

type Call = [string, (el: TavusDeployment) => void];

const EVERY_METHOD: Call[] = [
  ['sendMessage', (el) => el.sendMessage({ event_type: 'conversation.interrupt' })],
  ['respond', (el) => el.respond('Hi')],
  ['echo', (el) => el.echo('Hi')],
  ['interrupt', (el) => el.interrupt()],
  ['overwriteContext', (el) => el.overwriteContext('ctx')],
  ['appendContext', (el) => el.appendContext('ctx')],
  ['setSensitivity', (el) => el.setSensitivity({ pause: 'low' })],
  ['sendToolResult', (el) => el.sendToolResult('call_1', 'done')],
];

describe('talking to the replica', () => {
  it('each method sends exactly its app-message, to everyone in the call', async () => {
    const m = await connected();
    const envelope = { message_type: 'conversation', conversation_id: m.conversationId };
    const expectations: [(el: TavusDeployment) => void, unknown[]][] = [
      [
        (el) => el.sendMessage({ event_type: 'conversation.echo', properties: { modality: 'text', text: 'Raw' } }),
        [{ event_type: 'conversation.echo', properties: { modality: 'text', text: 'Raw' } }],
      ],
      [
        (el) => el.respond('What are your hours?'),
        [{ event_type: 'conversation.respond', properties: { text: 'What are your hours?' } }],
      ],
      [
        (el) => el.echo('Welcome!'),
        [{ event_type: 'conversation.echo', properties: { modality: 'text', text: 'Welcome!' } }],
      ],
      [(el) => el.interrupt(), [{ event_type: 'conversation.interrupt' }]],
      [
        (el) => el.overwriteContext('New context'),
        [{ event_type: 'conversation.overwrite_llm_context', properties: { context: 'New context' } }],
      ],
      [
        (el) => el.appendContext('More context'),
        [{ event_type: 'conversation.append_llm_context', properties: { context: 'More context' } }],
      ],
      [
        (el) => el.setSensitivity({ pause: 'high', interrupt: 'verylow' }),
        [
          { event_type: 'conversation.sensitivity', properties: { participant_pause_sensitivity: 'high' } },
          { event_type: 'conversation.sensitivity', properties: { participant_interrupt_sensitivity: 'verylow' } },
        ],
      ],
      [
        (el) => el.sendToolResult('call_1', { ok: true }),
        [
          {
            event_type: 'conversation.tool_result',
            properties: { tool_call_id: 'call_1', output: { ok: true }, status: 'success' },
          },
        ],
      ],
      [
        (el) => el.sendToolResult('call_2', 'Failed', 'error'),
        [
          {
            event_type: 'conversation.tool_result',
            properties: { tool_call_id: 'call_2', output: 'Failed', status: 'error' },
          },
        ],
      ],
    ];
    const call = m.factory.last!;
    for (const [send, messages] of expectations) {
      call.sent.length = 0;
      send(m.el);
      expect(call.sent).to.deep.equal(
        messages.map((message) => ({ data: { ...envelope, ...(message as object) }, to: '*' })),
      );
    }
    await m.el.endConversation();
  });

  describe('throws, and sends nothing', () => {
    it('InvalidStateError before, while joining, and after a conversation', async () => {
      const m = await mount('open', {}, { joinAfterMs: false });
      const expectNotConnected = (when: string) => {
        for (const [name, send] of EVERY_METHOD) {
          const error = thrown(() => send(m.el));
          expect(error, `${name} ${when}`).to.be.instanceOf(DOMException);
          expect((error as DOMException).name).to.equal('InvalidStateError');
          expect((error as DOMException).message).to.contain('No conversation is connected');
        }
      };
      expectNotConnected('before a start');
      await m.el.startConversation();
      await m.waitForState('joining');
      expectNotConnected('while joining');
      const call = m.factory.last!;
      call.emit('joined-meeting', {});
      await m.waitForState('connected');
      await m.el.endConversation();
      expectNotConnected('after the end');
      expect(call.sent).to.deep.equal([]);
      await settledLedger(m.id);
    });

    it('TypeError for bad arguments, RangeError over 4 KB', async () => {
      const m = await connected();
      const bad: [string, () => void, ErrorConstructor | RangeErrorConstructor, RegExp][] = [
        ['a non-string text', () => m.el.respond(7 as unknown as string), TypeError, /text must be a string/],
        ['a message without event_type', () => m.el.sendMessage({} as never), TypeError, /event_type/],
        [
          'an unknown sensitivity',
          () => m.el.setSensitivity({ pause: 'low', interrupt: 'loud' as never }),
          TypeError,
          /interrupt must be one of/,
        ],
        ['an unknown tool status', () => m.el.sendToolResult('call_1', 'x', 'maybe' as never), TypeError, /status/],
        ['a context over 4 KB', () => m.el.appendContext('x'.repeat(5_000)), RangeError, /is 5\d\d\d bytes encoded/],
      ];
      for (const [what, send, type, message] of bad) {
        expect(send, what).to.throw(type, message);
      }
      // Not even the valid half of setSensitivity() went out.
      expect(m.factory.last!.sent).to.deep.equal([]);
      await m.el.endConversation();
    });
  });

  describe('tavus:utterance and tavus:speaking-change', () => {
    for (const { what, messages, events } of CONVERSATIONS) {
      it(what, async () => {
        const m = await connected();
        receive(m, ...messages);
        const fired = m.log.events.filter((e) => e.type === 'tavus:utterance' || e.type === 'tavus:speaking-change');
        expect(fired.map((e) => ({ name: e.type, detail: (e as CustomEvent).detail }))).to.deep.equal(events);
        // Every message is still re-fired as it came.
        expect(m.log.of('tavus:protocol-message')).to.deep.equal(messages);
        await m.el.endConversation();
      });
    }
  });

  it('tavus:tool-call: the parsed arguments, and respond() answers with its id until the conversation is over', async () => {
    const m = await connected();
    receive(m, toolCall('call_7'));
    const [call] = m.log.of('tavus:tool-call');
    expect(call).to.deep.include({
      name: 'get_weather',
      arguments: '{"city":"Lisbon","unit":"celsius"}',
      args: { city: 'Lisbon', unit: 'celsius' },
      toolCallId: 'call_7',
    });
    call!.respond({ temperature: 21 });
    expect(m.factory.last!.sent.map((s) => s.data)).to.deep.equal([
      {
        message_type: 'conversation',
        event_type: 'conversation.tool_result',
        conversation_id: m.conversationId,
        properties: { tool_call_id: 'call_7', output: { temperature: 21 }, status: 'success' },
      },
    ]);
    await m.el.endConversation();
    expect(() => call!.respond('late')).to.throw(DOMException, /No conversation is connected/);
    expect(m.factory.last!.sent).to.have.length(1);
  });

  describe('tavus:before-start', () => {
    it('lets the page change what the start request carries', async () => {
      const m = await mount('open', { 'conversational-context': 'From the attribute.', 'memory-stores': 'a' });
      const seen: unknown[] = [];
      m.el.addEventListener('tavus:before-start', (event) => {
        seen.push({ ...event.detail, memoryStores: [...event.detail.memoryStores], cancelable: event.cancelable });
        event.detail.conversationalContext = 'Visitor 42 is looking at the Pro plan.';
        event.detail.memoryStores.push('visitor-42');
        event.detail.customGreeting = 'Welcome back!';
      });
      await m.el.startConversation();
      await m.waitForState('connected');
      expect(seen).to.deep.equal([
        { conversationalContext: 'From the attribute.', customGreeting: '', memoryStores: ['a'], cancelable: true },
      ]);
      // The element's own properties are left as they were.
      expect(m.el.memoryStores).to.deep.equal(['a']);
      const start = requestsTo(await ledger(m.id), 'start')[0]!;
      expect(start.body).to.deep.equal({
        conversational_context: 'Visitor 42 is looking at the Pro plan.',
        custom_greeting: 'Welcome back!',
        memory_stores: ['a', 'visitor-42'],
      });
      await m.el.endConversation();
      await settledLedger(m.id);
    });

    it('preventDefault() starts nothing', async () => {
      const m = await mount('open');
      m.el.addEventListener('tavus:before-start', (event) => event.preventDefault());
      await m.el.startConversation();
      expect(m.el.state).to.equal('idle');
      expect(m.log.of('tavus:before-start')).to.have.length(1);
      expect(m.log.of('tavus:state-change')).to.deep.equal([]);
      const report = await ledger(m.id);
      expect(report.summary.created).to.equal(0);
      expect(requestsTo(report, 'start')).to.deep.equal([]);
    });

    it('fires only for a start that will go out', async () => {
      const m = await connected();
      await m.el.startConversation();
      expect(m.log.of('tavus:before-start')).to.have.length(1);
      await m.el.endConversation();
    });
  });

  it("round trip with the demo's simulated replica: respond, a tool call answered, echo", async () => {
    const m = await mount('open', {}, { replicaStepMs: 1 });
    await m.el.startConversation();
    await m.waitForState('connected');
    const finals = () =>
      m.log
        .of('tavus:utterance')
        .filter((u) => u.final)
        .map((u) => `${u.role}: ${u.text}`);
    m.el.respond('Hello');
    const [call] = await until(
      () => m.log.of('tavus:tool-call').length > 0 && m.log.of('tavus:tool-call'),
      'the tool call',
    );
    call!.respond('sunny');
    await until(() => finals().length === 3, 'the answer to the tool result');
    m.el.echo('Bye now.');
    await until(() => finals().length === 4, 'the echo');
    expect(finals()).to.deep.equal([
      'user: Hello',
      'replica: You said: “Hello”.',
      'replica: The tool answered: sunny.',
      'replica: Bye now.',
    ]);
    expect(m.log.of('tavus:utterance').some((u) => !u.final)).to.equal(true);
    expect(m.log.of('tavus:speaking-change').map((c) => c.speaking)).to.deep.equal([
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
    await m.el.endConversation();
  });

  it('sends pal-id as pal_id only when it is set', async () => {
    const bodies = [];
    for (const attributes of [{ 'pal-id': 'p-preview-1' }, {}] as Record<string, string>[]) {
      const m = await connected(attributes);
      await m.el.endConversation();
      bodies.push(requestsTo(await settledLedger(m.id), 'start')[0]!.body);
    }
    expect(bodies).to.deep.equal([{ pal_id: 'p-preview-1' }, {}]);
  });
});
