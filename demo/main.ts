import '../src/define.js';
import { TAVUS_EVENT_NAMES } from '../src/events.js';
import type { TavusDeployment } from '../src/tavus-deployment.js';
import { cameraProblemControls } from './camera-problems.js';
import { hostConsole } from './host-console.js';
import { replicaCallFactory } from './replica-call.js';
import { SCENARIOS, scenarioOf, type ScenarioName } from '../dev/mock-api/scenarios.js';

/** Shown side by side under the picker: the start surfaces a visitor meets most. */
const FEATURED: ScenarioName[] = ['open', 'password', 'preview', 'unavailable'];

/** What the demo asks of the `chaos` scenario, which otherwise behaves as an open deployment. */
const CHAOS_FAULTS = { latencyMs: 2000, dropRate: 0.15, errorRate: 0.2, malformedRate: 0.1, endFailRate: 0.3 };

const live = document.querySelector<TavusDeployment>('#live')!;
const mockApiUrl = live.baseUrl;
const picker = document.querySelector<HTMLFormElement>('#picker')!;
const select = document.querySelector<HTMLSelectElement>('#scenario')!;
const idField = document.querySelector<HTMLInputElement>('#deployment-id')!;
const description = document.querySelector('#scenario-description')!;

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

function featuredCard(name: ScenarioName): HTMLElement {
  const { label, example, description } = SCENARIOS[name];
  const card = document.createElement('article');
  const heading = document.createElement('h3');
  heading.textContent = label;
  const hint = document.createElement('p');
  hint.className = 'muted';
  hint.textContent = description;
  const element = document.createElement('tavus-deployment');
  element.deploymentId = example;
  element.baseUrl = mockApiUrl;
  card.append(heading, hint, element);
  return card;
}

/** The picker lists every scenario the mock knows, under its group. */
function fillPicker(): void {
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const [name, { group, label }] of Object.entries(SCENARIOS)) {
    let optgroup = groups.get(group);
    if (!optgroup) {
      optgroup = document.createElement('optgroup');
      optgroup.label = group;
      groups.set(group, optgroup);
      select.append(optgroup);
    }
    optgroup.append(new Option(label, name));
  }
}

/** Points the live element at `id` (its attribute changes, as a site's would), and says what the mock will do. */
function show(id: string): void {
  const { scenario } = scenarioOf(id);
  select.value = scenario;
  idField.value = id;
  description.textContent = SCENARIOS[scenario].description;
  live.deploymentId = id;
  history.replaceState(null, '', `?deployment=${encodeURIComponent(id)}`);
  if (scenario === 'chaos') {
    void fetch(`${mockApiUrl}/__faults`, { method: 'POST', body: JSON.stringify(CHAOS_FAULTS) });
  }
}

fillPicker();
select.addEventListener('change', () => show(SCENARIOS[select.value as ScenarioName].example));
picker.addEventListener('submit', (event) => {
  event.preventDefault();
  show(idField.value.trim());
});
show(new URLSearchParams(location.search).get('deployment') ?? SCENARIOS.open.example);

document.querySelector('#cards')!.prepend(...FEATURED.map(featuredCard));

for (const element of document.querySelectorAll('tavus-deployment')) {
  // No Daily room exists offline: the mock scenarios use a labelled simulated call, with a replica that answers.
  element.callFactory = replicaCallFactory({ joinAfterMs: 600, replicaStepMs: 150 });
  addControls(element);
}

hostConsole(document.querySelector('#console-element')!, document.querySelector('.console')!);
cameraProblemControls(document.querySelector('#camera-problems')!, live);
// The page's colour scheme, and the elements' `theme` attribute.
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
  radio.addEventListener('change', () => {
    document.documentElement.dataset['theme'] = radio.value;
    for (const element of document.querySelectorAll('tavus-deployment')) element.setAttribute('theme', radio.value);
  });
}

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
