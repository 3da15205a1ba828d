import type { TavusProtocolMessage } from '../src/protocol/messages.js';

export interface SimulatedReplicaOptions {
  /** The conversation its messages name. */
  conversationId: string;
  /** Pause between the streaming chunks of a reply. */
  stepMs: number;
  /** Once the call has joined ({@link SimulatedReplica.joined}), plays {@link SCRIPTED_CONVERSATION}. */
  scripted?: boolean;
  /** Told each time the replica starts (`true`) or stops (`false`) speaking: the demo's face talks along. */
  onSpeakingChange?: (speaking: boolean) => void;
}

/** What a call passes on to its replica, beside the conversation and the pace. */
export type SimulatedReplicaBehaviour = Pick<SimulatedReplicaOptions, 'scripted' | 'onSpeakingChange'>;

/** The tool the replica calls once, after its first reply, for the page to answer. */
export const SCRIPTED_TOOL_CALL = { name: 'get_weather', arguments: '{"city":"Lisbon"}' };

/** What a scripted replica says on its own once the call has joined, and the visitor's line it then answers. */
export const SCRIPTED_CONVERSATION = {
  greeting: 'Hi there! I’m a simulated replica, drawn right here in your browser. Nothing you say leaves this page.',
  visitor: 'What can you show me?',
  answer: 'Everything a visitor sees in a call: my face, your preview, the controls, and these captions.',
};

/** Steps, at the replica's pace, before the greeting, and of quiet before the visitor speaks. */
const GREETING_STEPS = 3;
const PAUSE_STEPS = 14;

type Properties = Record<string, unknown>;
type Speaker = 'user' | 'replica';

/**
 * The replica's side of a simulated call: it answers the page's Interactions
 * Protocol messages the way Tavus does, with the copies Tavus sends (a `pal`
 * and a `replica` copy of each reply, speaking events under both names, the
 * planned reply and then the streamed one).
 */
export class SimulatedReplica {
  readonly #deliver: (message: TavusProtocolMessage) => void;
  readonly #options: SimulatedReplicaOptions;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #seq = 0;
  /** Grows with each `conversation.respond`, as Tavus's `turn_idx` does. */
  #turn = 0;
  #inferences = 0;
  #replies = 0;
  /** Cuts the reply being spoken short, when there is one. */
  #interrupt: (() => void) | undefined;

  constructor(deliver: (message: TavusProtocolMessage) => void, options: SimulatedReplicaOptions) {
    this.#deliver = deliver;
    this.#options = options;
  }

  /** The call has joined: a scripted replica greets the visitor, and later answers a line of theirs. */
  joined(): void {
    if (!this.#options.scripted) return;
    const { greeting, visitor, answer } = SCRIPTED_CONVERSATION;
    this.#later(
      () => this.#speak(greeting, () => this.#later(() => this.#visitorSays(visitor, answer), PAUSE_STEPS)),
      GREETING_STEPS,
    );
  }

  /** A message the page sent into the call; the replica reacts a step later, as over a network. */
  hear(data: unknown): void {
    this.#later(() => this.#react(data));
  }

  #react(data: unknown): void {
    const { event_type: type, properties = {} } = data as { event_type?: string; properties?: Properties };
    switch (type) {
      case 'conversation.echo':
        this.#speak(String(properties['text'] ?? ''));
        break;
      case 'conversation.respond': {
        const text = String(properties['text'] ?? '');
        this.#answer(text, `You said: “${text}”.`, () => {
          this.#replies += 1;
          if (this.#replies === 1)
            this.#send('conversation.tool_call', { ...SCRIPTED_TOOL_CALL, tool_call_id: 'sim-tool-1' });
        });
        break;
      }
      case 'conversation.tool_result': {
        const output = properties['output'];
        this.#speak(`The tool answered: ${typeof output === 'string' ? output : JSON.stringify(output)}.`);
        break;
      }
      case 'conversation.interrupt':
        this.#interrupt?.();
        break;
    }
  }

  /** Stops everything under way: the call is gone. */
  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    if (this.#interrupt) {
      // Cut off mid-reply, with nobody left to tell but whoever talks along.
      this.#interrupt = undefined;
      this.#options.onSpeakingChange?.(false);
    }
  }

  /** The visitor speaks `text` for a step a word, as Tavus reports a visitor's turn; the replica answers. */
  #visitorSays(text: string, answer: string): void {
    const inference = this.#inference();
    this.#speaking('user', 'started', inference);
    this.#later(
      () => {
        this.#speaking('user', 'stopped', inference);
        this.#answer(text, answer, undefined, inference);
      },
      text.split(' ').length,
    );
  }

  /** The visitor said `text`: their utterance opens a turn, and the replica replies `answer`. */
  #answer(text: string, answer: string, done?: () => void, inference = this.#inference()): void {
    this.#turn += 1;
    this.#send('conversation.utterance', { role: 'user', speech: text }, inference);
    this.#speak(answer, done);
  }

  /** A speaking event under both of Tavus's names. */
  #speaking(role: Speaker, edge: 'started' | 'stopped', inference: string, extra: Properties = {}): void {
    this.#send(`conversation.${edge}_speaking`, { role, ...extra }, inference);
    this.#send(`conversation.${role}.${edge}_speaking`, extra, inference);
    if (role === 'replica') this.#options.onSpeakingChange?.(edge === 'started');
  }

  /** Says `text` as Tavus reports a reply, word by word; `done` runs once it is said (not when cut short). */
  #speak(text: string, done?: () => void): void {
    this.#interrupt?.();
    const inference = this.#inference();
    const words = text.split(' ');
    const send = (type: string, properties: Properties) => this.#send(type, properties, inference);
    let said = 0;
    let step!: ReturnType<typeof setTimeout>;
    const finish = (interrupted: boolean) => {
      this.#interrupt = undefined;
      clearTimeout(step);
      this.#timers.delete(step);
      const speech = words.slice(0, said).join(' ');
      send('conversation.utterance.streaming', {
        role: 'replica',
        speech,
        content_index: said,
        final: true,
        is_interrupted: interrupted,
      });
      this.#speaking('replica', 'stopped', inference, { interrupted, duration: said * 0.3 });
      if (!interrupted) done?.();
    };
    this.#interrupt = () => finish(true);
    this.#speaking('replica', 'started', inference);
    for (const role of ['pal', 'replica']) send('conversation.utterance', { role, speech: text });
    const next = () => {
      if (said === words.length) {
        finish(false);
        return;
      }
      said += 1;
      send('conversation.utterance.streaming', {
        role: 'replica',
        speech: words.slice(0, said).join(' '),
        content_index: said - 1,
        final: false,
      });
      step = this.#later(next);
    };
    step = this.#later(next);
  }

  #inference(): string {
    this.#inferences += 1;
    return `sim-inference-${this.#inferences}`;
  }

  /** Runs `step` after `steps` of the replica's pace. */
  #later(step: () => void, steps = 1): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      step();
    }, this.#options.stepMs * steps);
    this.#timers.add(timer);
    return timer;
  }

  #send(type: string, properties: Properties, inference?: string): void {
    this.#seq += 1;
    const message = {
      message_type: 'conversation',
      event_type: type,
      conversation_id: this.#options.conversationId,
      seq: this.#seq,
      turn_idx: this.#turn,
      timestamp: Date.now() / 1000,
      ...(inference ? { inference_id: inference } : {}),
      properties,
    };
    this.#deliver(message as TavusProtocolMessage);
  }
}
