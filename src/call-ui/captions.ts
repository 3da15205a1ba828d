import type { TavusSpeaker, Utterance } from '../protocol/messages.js';

/** One line of the captions: who is speaking and what they said so far. */
export interface CaptionLine {
  role: TavusSpeaker;
  text: string;
}

/**
 * What the captions show: per speaker, the utterance under way (the replica's words as it says them), kept a
 * moment after its final chunk and then cleared. Lines keep the order their utterances began in.
 */
export class Captions {
  readonly #lines = new Map<TavusSpeaker, { text: string; clear?: ReturnType<typeof setTimeout> }>();
  readonly #changed: () => void;
  readonly #holdMs: number;

  /** @param changed runs after every change, clearing included */
  constructor(changed: () => void, holdMs = 3_000) {
    this.#changed = changed;
    this.#holdMs = holdMs;
  }

  get lines(): CaptionLine[] {
    return [...this.#lines].map(([role, { text }]) => ({ role, text }));
  }

  add({ role, text, final }: Utterance): void {
    const previous = this.#lines.get(role);
    clearTimeout(previous?.clear);
    // A new utterance after a finished one goes after whatever was said meanwhile.
    if (previous?.clear) this.#lines.delete(role);
    const line: { text: string; clear?: ReturnType<typeof setTimeout> } = { text };
    if (final) {
      line.clear = setTimeout(() => {
        this.#lines.delete(role);
        this.#changed();
      }, this.#holdMs);
    }
    this.#lines.set(role, line);
    this.#changed();
  }

  /** Forgets everything (the call is over). */
  reset(): void {
    for (const { clear } of this.#lines.values()) clearTimeout(clear);
    this.#lines.clear();
  }
}
