import type { TavusEvent } from '../events.js';
import { classify } from './decode.js';
import type { TavusProtocolMessage, TavusToolOutput, TavusToolResultStatus } from './messages.js';
import { SpeechTracker } from './speech.js';

/** The events an app-message makes the element fire. */
export type ProtocolEvent = TavusEvent<
  'tavus:protocol-message' | 'tavus:tool-call' | 'tavus:utterance' | 'tavus:speaking-change'
>;

/** Answers a tool call in the conversation the message came from. */
export type ToolResultSender = (toolCallId: string, output: TavusToolOutput, status?: TavusToolResultStatus) => void;

/** Reads the app-messages of one conversation into the element's events. */
export class ProtocolReader {
  readonly #speech = new SpeechTracker();
  readonly #sendToolResult: ToolResultSender;

  constructor(sendToolResult: ToolResultSender) {
    this.#sendToolResult = sendToolResult;
  }

  /** The events for one message, in the order to fire them: the message as it came, then what it means. */
  read(data: unknown): ProtocolEvent[] {
    // Unknown messages pass through as well: the type lists the ones known today.
    const events: ProtocolEvent[] = [{ name: 'tavus:protocol-message', detail: data as TavusProtocolMessage }];
    const message = classify(data);
    switch (message.kind) {
      case 'tool-call': {
        const { kind: _, ...call } = message;
        // A call without an id can't be answered: sendToolResult() says so with a TypeError.
        const respond = (output: TavusToolOutput, status?: TavusToolResultStatus) =>
          this.#sendToolResult(call.toolCallId as string, output, status);
        events.push({ name: 'tavus:tool-call', detail: { ...call, respond } });
        break;
      }
      case 'utterance':
      case 'streaming': {
        const utterance = this.#speech.said(message);
        if (utterance) events.push({ name: 'tavus:utterance', detail: utterance });
        break;
      }
      case 'speaking': {
        const { change, released } = this.#speech.speaking(message);
        for (const detail of released) events.push({ name: 'tavus:utterance', detail });
        if (change) events.push({ name: 'tavus:speaking-change', detail: change });
        break;
      }
    }
    return events;
  }
}
