import type { IncomingMessage } from './decode.js';
import type { SpeakingChange, TavusSpeaker, Utterance } from './messages.js';

type Said = Extract<IncomingMessage, { kind: 'utterance' | 'streaming' }>;
type Speaking = Extract<IncomingMessage, { kind: 'speaking' }>;

/**
 * Turns Tavus's overlapping reports of who speaks and what they said into one
 * event each. Tavus may send a reply twice (a `pal` and a `replica` copy), a
 * speaking event under two names, and the replica's words twice: first the
 * reply it plans (`conversation.utterance`, as it starts speaking), then what
 * it really says (`conversation.utterance.streaming`, ending with a final
 * chunk). The envelope's `inference_id` ties the copies together; messages
 * without one can't be matched and are taken as they come.
 */
export class SpeechTracker {
  /** Utterances whose final was reported. */
  readonly #finished = new Set<string>();
  /** The last streaming chunk reported, per utterance. */
  readonly #streamed = new Map<string, { index: number | undefined; text: string }>();
  /** The replica's planned replies, held until it is known whether streaming reports what it really said. */
  readonly #planned = new Map<string, Utterance>();
  /** Replies the replica has stopped speaking: a plan that arrives after that is final at once. */
  readonly #stopped = new Set<string>();
  readonly #speaking: Record<TavusSpeaker, boolean> = { user: false, replica: false };
  /** Speaking events reported, so that the other name's copy is not reported again. */
  readonly #speakingSeen = new Set<string>();

  /** What someone said, once; `undefined` for a copy, a stale chunk or a plan still held. */
  said(message: Said): Utterance | undefined {
    const key = keyOf(message.role, message.inferenceId);
    if (key && this.#finished.has(key)) return undefined;
    const { role, text, interrupted } = message;
    if (message.kind === 'utterance') {
      const utterance = { role, text, final: true, interrupted };
      if (role === 'replica' && key) {
        // Streaming will report what the replica really said.
        if (this.#streamed.has(key)) return undefined;
        // The plan stands only if nothing streams for it: held until the replica stops speaking.
        if (!this.#stopped.has(key)) {
          this.#planned.set(key, utterance);
          return undefined;
        }
      }
      return this.#finish(key, utterance);
    }
    if (message.final) return this.#finish(key, { role, text, final: true, interrupted });
    const last = key ? this.#streamed.get(key) : undefined;
    if (last && (last.text === text || (message.index ?? Infinity) <= (last.index ?? -Infinity))) return undefined;
    if (key) this.#streamed.set(key, { index: message.index, text });
    return { role, text, final: false, interrupted };
  }

  /**
   * A change of who is speaking, once (none for a copy, or when nothing
   * changed). The replica stopping also releases its plans that nothing
   * streamed for: the planned reply is then all there is of what it said.
   */
  speaking(message: Speaking): { change?: SpeakingChange; released: Utterance[] } {
    const { role, speaking, inferenceId, interrupted } = message;
    const released = role === 'replica' && !speaking ? this.#release(inferenceId, interrupted) : [];
    const seenKey = inferenceId && `${role} ${speaking} ${inferenceId}`;
    if (this.#speaking[role] === speaking || (seenKey && this.#speakingSeen.has(seenKey))) return { released };
    if (seenKey) this.#speakingSeen.add(seenKey);
    this.#speaking[role] = speaking;
    return { change: { role, speaking }, released };
  }

  #release(inferenceId: string | undefined, interrupted: boolean): Utterance[] {
    const stopped = keyOf('replica', inferenceId);
    if (stopped) this.#stopped.add(stopped);
    const keys = stopped ? [stopped] : [...this.#planned.keys()];
    const released: Utterance[] = [];
    for (const key of keys) {
      const planned = this.#planned.get(key);
      this.#planned.delete(key);
      if (planned && !this.#streamed.has(key)) {
        released.push(this.#finish(key, { ...planned, interrupted: planned.interrupted || interrupted }));
      }
    }
    return released;
  }

  #finish(key: string | undefined, utterance: Utterance): Utterance {
    if (key) {
      this.#finished.add(key);
      this.#streamed.delete(key);
      this.#planned.delete(key);
    }
    return utterance;
  }
}

/** What ties the copies of one utterance together; nothing does without an `inference_id`. */
function keyOf(role: TavusSpeaker, inferenceId: string | undefined): string | undefined {
  return inferenceId && `${role} ${inferenceId}`;
}
