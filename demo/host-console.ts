import type { TavusSensitivityLevel, TavusToolResultStatus } from '../src/protocol/messages.js';
import type { TavusDeployment } from '../src/tavus-deployment.js';

const LEVELS: TavusSensitivityLevel[] = ['superlow', 'verylow', 'low', 'medium', 'high', 'auto'];

type Fields = (name: string) => string;

/** What each button calls on the element, with the form's fields. */
const METHODS: Record<string, (el: TavusDeployment, field: Fields) => void> = {
  respond: (el, field) => el.respond(field('text')),
  echo: (el, field) => el.echo(field('text')),
  interrupt: (el) => el.interrupt(),
  overwriteContext: (el, field) => el.overwriteContext(field('context')),
  appendContext: (el, field) => el.appendContext(field('context')),
  setSensitivity: (el, field) =>
    el.setSensitivity({
      ...(field('pause') ? { pause: field('pause') as TavusSensitivityLevel } : {}),
      ...(field('interrupt') ? { interrupt: field('interrupt') as TavusSensitivityLevel } : {}),
    }),
  sendToolResult: (el, field) =>
    el.sendToolResult(field('toolCallId'), jsonOrText(field('output')), field('status') as TavusToolResultStatus),
  sendMessage: (el, field) =>
    el.sendMessage(JSON.parse(field('message')) as Parameters<TavusDeployment['sendMessage']>[0]),
};

/** A JSON object when the text is one, else the text. */
function jsonOrText(text: string): string | object {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : text;
  } catch {
    return text;
  }
}

/**
 * The demo's host console: a button per protocol method of `element`, and
 * what comes back (utterances, who is speaking, tool calls to answer).
 */
export function hostConsole(element: TavusDeployment, root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('#console-methods')!;
  const transcript = root.querySelector('#console-transcript')!;
  const speakingLine = root.querySelector('#console-speaking')!;
  const field: Fields = (name) => String(new FormData(form).get(name) ?? '');

  for (const select of root.querySelectorAll<HTMLSelectElement>('select[name="pause"], select[name="interrupt"]')) {
    select.append(new Option('(unchanged)', ''), ...LEVELS.map((level) => new Option(level)));
  }

  const add = (text: string, className?: string) => {
    const item = document.createElement('li');
    item.textContent = text;
    if (className) item.className = className;
    transcript.append(item);
    item.scrollIntoView({ block: 'nearest' });
    return item;
  };

  /** Calls a method and says what came of it; the element throws as WebSocket.send() does, the name says why. */
  const attempt = (label: string, send: () => void): boolean => {
    try {
      send();
      add(`${label} sent`, 'note');
      return true;
    } catch (error) {
      add(`${label} threw ${(error as Error).name}: ${(error as Error).message}`, 'note');
      return false;
    }
  };

  form.addEventListener('click', (event) => {
    const method = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-method]')?.dataset['method'];
    if (method) attempt(`${method}()`, () => METHODS[method]!(element, field));
  });

  const speaking = { user: false, replica: false };
  const state = (on: boolean) => (on ? 'speaking' : 'silent');
  const showSpeaking = () => {
    speakingLine.textContent = `Visitor: ${state(speaking.user)} · Replica: ${state(speaking.replica)}`;
  };
  showSpeaking();
  element.addEventListener('tavus:speaking-change', ({ detail }) => {
    speaking[detail.role] = detail.speaking;
    showSpeaking();
  });

  // One line per utterance, rewritten while its partial text streams in.
  const streaming = new Map<string, HTMLLIElement>();
  element.addEventListener('tavus:utterance', ({ detail }) => {
    const who = detail.role === 'user' ? 'Visitor' : 'Replica';
    const line = streaming.get(detail.role) ?? add('', 'partial');
    line.textContent = `${who}: ${detail.text}${detail.interrupted ? ' (interrupted)' : ''}`;
    if (detail.final) {
      line.className = '';
      streaming.delete(detail.role);
    } else {
      streaming.set(detail.role, line);
    }
  });

  element.addEventListener('tavus:tool-call', ({ detail }) => {
    const line = add(`Tool call ${detail.name}(${detail.arguments}), id ${detail.toolCallId ?? '(none)'} `, 'note');
    const answer = document.createElement('button');
    answer.type = 'button';
    answer.textContent = 'Answer with the output above (detail.respond())';
    answer.addEventListener('click', () => {
      const status = field('status') as TavusToolResultStatus;
      answer.disabled = attempt('detail.respond()', () => detail.respond(jsonOrText(field('output')), status));
    });
    line.append(answer);
    (form.elements.namedItem('toolCallId') as HTMLInputElement).value = detail.toolCallId ?? '';
  });

  element.addEventListener('tavus:conversation-started', ({ detail }) => {
    streaming.clear();
    add(`Conversation ${detail.conversationId} started`, 'note');
  });
}
