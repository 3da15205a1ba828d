import '../src/define.js';
import { TAVUS_EVENT_NAMES } from '../src/events.js';
import type { TavusDeployment } from '../src/tavus-deployment.js';
import { SimulatedCallFactory } from '../dev/simulated-call.js';
import { hostConsole } from './host-console.js';

const mockApiUrl = document.querySelector('tavus-deployment')!.baseUrl;
function addControls(element: TavusDeployment): void {
  const controls = document.createElement('div');
  controls.className = 'controls';
  const button = (label: string, action: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', action);
    controls.append(b);
  };
  button('End (endConversation)', () => void element.endConversation());
  button('Remove element', () => {
    const parent = element.parentElement!;
    element.remove();
    button('Put it back', () => {
      parent.insertBefore(element, controls);
      controls.lastElementChild!.remove();
    });
  });
  element.after(controls);
}

for (const element of document.querySelectorAll('tavus-deployment')) {
  // No Daily room exists offline: the mock scenarios use a labelled simulated call, with a replica that answers.
  element.callFactory = new SimulatedCallFactory({ joinAfterMs: 600, replicaStepMs: 150 });
  addControls(element);
}

hostConsole(document.querySelector('#console-element')!, document.querySelector('.console')!);

const log = document.querySelector('#events')!;
for (const name of TAVUS_EVENT_NAMES) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const source = (event.target as TavusDeployment).deploymentId || '(no id)';
    item.textContent = `${name} ${source} ${JSON.stringify((event as CustomEvent).detail)}`;
    log.prepend(item);
  });
}

interface Ledger {
  conversations: { conversationId: string; deploymentId: string; endCalls: number }[];
  summary: { created: number; ended: number; orphaned: number; doubleEnded: number };
}

async function refreshLedger(): Promise<void> {
  const summary = document.querySelector('#ledger-summary')!;
  try {
    const ledger = (await (await fetch(`${mockApiUrl}/__ledger`)).json()) as Ledger;
    const { created, ended, orphaned, doubleEnded } = ledger.summary;
    summary.textContent = `${created} created, ${ended} ended, ${orphaned} still open, ${doubleEnded} ended twice.`;
    document.querySelector('#ledger-rows')!.replaceChildren(
      ...ledger.conversations.map((c) => {
        const row = document.createElement('tr');
        for (const text of [c.conversationId, c.deploymentId, String(c.endCalls)]) {
          const cell = document.createElement('td');
          cell.textContent = text;
          row.append(cell);
        }
        return row;
      }),
    );
  } catch {
    summary.textContent = `The mock API at ${mockApiUrl} is not answering.`;
  }
}

void refreshLedger();
setInterval(() => void refreshLedger(), 1000);
