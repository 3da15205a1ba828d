import { fixture, html } from '@open-wc/testing';
import { SimulatedCallFactory, type SimulatedCallOptions } from '../../dev/simulated-call.js';
import '../../src/define.js';
import { TAVUS_EVENT_NAMES, type TavusEventMap, type TavusEventName } from '../../src/events.js';
import { deploymentId, MOCK_API_URL, until } from './mock-api.js';

/** Every tavus:* event that reached the document, in order. */
export class EventLog {
  readonly events: Event[] = [];

  constructor(target: EventTarget) {
    for (const name of TAVUS_EVENT_NAMES) target.addEventListener(name, (event) => this.events.push(event));
  }

  of<K extends TavusEventName>(name: K): TavusEventMap[K]['detail'][] {
    return this.events.filter((e) => e.type === name).map((e) => (e as TavusEventMap[K]).detail);
  }
}

export interface Mounted {
  id: string;
  el: HTMLElementTagNameMap['tavus-deployment'];
  factory: SimulatedCallFactory;
  log: EventLog;
  part: <T extends HTMLElement = HTMLElement>(name: string) => T | null;
  waitForState: (state: string, timeoutMs?: number) => Promise<void>;
}

/** A test fixture in a `<div>`, removed after the test. */
const asFixture = async (el: HTMLElement) => {
  await fixture(html`<div>${el}</div>`);
};

/**
 * Puts a `<tavus-deployment>` for one of the mock's scenarios on the page, with a simulated call. `place` puts it
 * in a container; the default is a fixture, removed after each test. It skips the pre-join check (so a start goes
 * straight out, as most suites test) unless `attributes` sets `skip-pre-join` to `null`; `null` removes any
 * attribute.
 */
export async function mount(
  scenario: string,
  attributes: Record<string, string | null> = {},
  callOptions: SimulatedCallOptions = {},
  place: (el: HTMLElement) => Promise<void> = asFixture,
): Promise<Mounted> {
  const id = deploymentId(scenario);
  const factory = new SimulatedCallFactory(callOptions);
  const el = document.createElement('tavus-deployment');
  // Listen on the element itself: a removed element's events never reach the document.
  const log = new EventLog(el);
  el.callFactory = factory;
  el.setAttribute('deployment-id', id);
  el.setAttribute('base-url', MOCK_API_URL);
  for (const [name, value] of Object.entries({ 'skip-pre-join': '', ...attributes })) {
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
  await place(el);
  await el.updateComplete;
  return {
    id,
    el,
    factory,
    log,
    part: <T extends HTMLElement>(name: string) => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`),
    waitForState: async (state: string, timeoutMs?: number) => {
      await until(() => el.getAttribute('state') === state, `state ${state}`, timeoutMs);
      await el.updateComplete;
    },
  };
}

/** Clicks a part of the element the way a visitor would. */
export async function click(m: Mounted, part: string): Promise<void> {
  const target = m.part(part);
  if (!target) throw new Error(`No [part="${part}"] in state ${m.el.state}`);
  target.click();
  await m.el.updateComplete;
}
