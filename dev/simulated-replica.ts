import type { TavusProtocolMessage } from '../src/protocol/messages.js';

export interface SimulatedReplicaOptions {
  /** The conversation its messages name. */
  conversationId: string;
  /** Pause between the streaming chunks of a reply. */
  stepMs: number;
}

/** The tool the replica calls once, after its first reply, for the page to answer. */
export const SCRIPTED_TOOL_CALL = { name: 'get_weather', arguments: '{"city":"Lisbon"}' };

type Properties = Record<string, unknown>;

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
        this.#turn += 1;
        this.#send('conversation.utterance', { role: 'user', speech: text }, this.#inference());
        this.#speak(`You said: “${text}”.`, () => {
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
  }

  /** Says `text` as Tavus reports a reply, word by word; `done` runs once it is said (not when cut short). */
  #speak(text: string, done?: () => void): void {
    this.#interrupt?.();
    const inference = this.#inference();
    const words = text.split(' ');
    const send = (type: string, properties: Properties) => this.#send(type, properties, inference);
    const speaking = (edge: 'started' | 'stopped', extra: Properties = {}) => {
      send(`conversation.${edge}_speaking`, { role: 'replica', ...extra });
      send(`conversation.replica.${edge}_speaking`, extra);
    };
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
      speaking('stopped', { interrupted, duration: said * 0.3 });
      if (!interrupted) done?.();
    };
    this.#interrupt = () => finish(true);
    speaking('started');
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

  #later(step: () => void): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      step();
    }, this.#options.stepMs);
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
