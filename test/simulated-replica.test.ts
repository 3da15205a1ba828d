import { expect } from '@open-wc/testing';
import { SCRIPTED_CONVERSATION, SimulatedReplica, type SimulatedReplicaOptions } from '../dev/simulated-replica.js';
import type { TavusProtocolMessage } from '../src/protocol/messages.js';
import { until } from './support/mock-api.js';

type Sent = TavusProtocolMessage & {
  seq: number;
  turn_idx: number;
  inference_id?: string;
  properties: Record<string, unknown>;
};

/** A replica at a step a millisecond, with everything it sends and every speaking change it reports. */
function replica(options: Partial<SimulatedReplicaOptions> = {}) {
  const sent: Sent[] = [];
  const speaking: boolean[] = [];
  const r = new SimulatedReplica((message) => sent.push(message as Sent), {
    conversationId: 'c-sim',
    stepMs: 1,
    onSpeakingChange: (on) => speaking.push(on),
    ...options,
  });
  /** Each message as `event_type role`, streaming chunks as `…streaming n` or `…streaming final`. */
  const outline = () =>
    sent.map(({ event_type: type, properties: p }) => {
      if (type === 'conversation.utterance.streaming') return p['final'] ? `${type} final` : `${type} ${p['content_index']}`;
      return p['role'] ? `${type} ${p['role']}` : type;
    });
  const finals = () =>
    sent.filter((m) => m.event_type === 'conversation.utterance.streaming' && m.properties['final'] === true);
  return { r, sent, speaking, outline, finals };
}

/** A reply as the replica streams it: speaking, the planned copies, a chunk a word, the final, stopped. */
function reply(words: number): string[] {
  return [
    'conversation.started_speaking replica',
    'conversation.replica.started_speaking',
    'conversation.utterance pal',
    'conversation.utterance replica',
    ...Array.from({ length: words }, (_, i) => `conversation.utterance.streaming ${i}`),
    'conversation.utterance.streaming final',
    'conversation.stopped_speaking replica',
    'conversation.replica.stopped_speaking',
  ];
}

const wordsOf = (text: string) => text.split(' ').length;

describe("the demo's simulated replica, scripted", () => {
  it('greets once the call has joined, then hears a line of the visitor and answers it, each final once', async () => {
    const { r, sent, speaking, outline, finals } = replica({ scripted: true });
    expect(sent).to.deep.equal([]);
    r.joined();
    await until(() => finals().length === 2, 'the answer to the visitor');
    const { greeting, visitor, answer } = SCRIPTED_CONVERSATION;
    expect(outline()).to.deep.equal([
      ...reply(wordsOf(greeting)),
      'conversation.started_speaking user',
      'conversation.user.started_speaking',
      'conversation.stopped_speaking user',
      'conversation.user.stopped_speaking',
      'conversation.utterance user',
      ...reply(wordsOf(answer)),
    ]);
    expect(finals().map((m) => m.properties['speech'])).to.deep.equal([greeting, answer]);
    expect(sent.find((m) => m.properties['role'] === 'user' && m.event_type === 'conversation.utterance')?.properties)
      .to.deep.equal({ role: 'user', speech: visitor });
    // Each reply's messages share one inference, its final the last of its chunks; the visitor's line opens a turn.
    const inferences = [...new Set(sent.map((m) => m.inference_id))];
    expect(inferences).to.have.length(3);
    for (const id of inferences) {
      const chunks = sent.filter((m) => m.inference_id === id && m.event_type === 'conversation.utterance.streaming');
      expect(chunks.filter((m) => m.properties['final'])).to.have.length(chunks.length ? 1 : 0);
      if (chunks.length) expect(chunks.at(-1)!.properties['final']).to.equal(true);
    }
    expect(sent.map((m) => m.seq)).to.deep.equal(sent.map((_, i) => i + 1));
    expect(finals().map((m) => m.turn_idx)).to.deep.equal([0, 1]);
    expect(speaking).to.deep.equal([true, false, true, false]);
  });

  it('is silent on joining unless scripted: the first thing it says answers the page', async () => {
    const { r, sent, outline, finals } = replica();
    r.joined();
    r.hear({ event_type: 'conversation.respond', properties: { text: 'Hello' } });
    await until(() => finals().length === 1, 'the answer');
    expect(outline()[0]).to.equal('conversation.utterance user');
    expect(finals()[0]!.properties['speech']).to.equal('You said: “Hello”.');
    expect(sent.every((m) => m.properties['speech'] !== SCRIPTED_CONVERSATION.greeting)).to.equal(true);
  });

  it('the page interrupting the greeting cuts it short, once, and the face falls quiet', async () => {
    const { r, speaking, finals } = replica({ scripted: true });
    r.joined();
    await until(() => speaking.length === 1, 'the greeting');
    r.hear({ event_type: 'conversation.interrupt' });
    await until(() => finals().length === 1, 'the cut');
    expect(finals()[0]!.properties['is_interrupted']).to.equal(true);
    expect(SCRIPTED_CONVERSATION.greeting.startsWith(String(finals()[0]!.properties['speech']))).to.equal(true);
    expect(speaking).to.deep.equal([true, false]);
  });

  it('stopped mid-greeting, it sends nothing more and tells the face it stopped speaking', async () => {
    const { r, sent, speaking } = replica({ scripted: true, stepMs: 5 });
    r.joined();
    await until(() => speaking.length === 1, 'the greeting');
    r.stop();
    const count = sent.length;
    expect(speaking).to.deep.equal([true, false]);
    // Longer than the rest of the script would take at this pace.
    await new Promise((resolve) => setTimeout(resolve, 5 * 80));
    expect(sent).to.have.length(count);
  });
});
