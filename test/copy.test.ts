import { expect } from '@open-wc/testing';
import { TavusDeployment } from '../src/tavus-deployment.js';
import { enLater } from '../src/strings/en-later.js';
import { enPreJoin } from '../src/strings/en-prejoin.js';
import { en } from '../src/strings/en.js';
import { mount } from './support/element.js';
import { showView } from './support/views.js';

/**
 * What a visitor reads when something goes wrong: a sentence for them, never
 * the site owner's fix (attribute names, "site owner", CSP advice), never the
 * server's own words, never markup.
 */

let checks = 0;

/** The element's attributes with a name a visitor could recognise as one (`deployment-id`, …, and `nonce`). */
const ATTRIBUTES = [
  ...Object.entries(TavusDeployment.properties as Record<string, { attribute?: string | boolean }>).flatMap(
    ([name, { attribute }]) => (attribute === false ? [] : [typeof attribute === 'string' ? attribute : name.toLowerCase()]),
  ),
  'nonce',
].filter((name) => name.includes('-') || name === 'nonce');

const FOR_OWNERS = [/site owner/i, /Content-Security-Policy/i, /\bCSP\b/, /</];

/** What the mock's error bodies say (dev/mock-api/server.js): none of it may reach the screen. */
const SERVER_WORDS = /Mock status|Internal error|Start token|Deployment not found|Origin not allowed|Too many requests|Captcha (token|verification)|onerror|tavusXss|Bad request|Password required/i;

function problems(text: string): string[] {
  checks += 1;
  return [
    ...ATTRIBUTES.filter((name) => text.includes(name)).map((name) => `names the attribute ${name}`),
    ...FOR_OWNERS.filter((pattern) => pattern.test(text)).map((pattern) => `matches ${pattern}`),
    ...(SERVER_WORDS.test(text) ? [`repeats the server: ${SERVER_WORDS.exec(text)![0]}`] : []),
  ];
}

/** The text a visitor sees in the element: rendered text only, hidden live region excluded. */
const visibleText = (el: HTMLElement) => (el.shadowRoot!.querySelector('.surface') as HTMLElement).innerText;

describe('copy: error views speak to visitors', () => {
  after(() => console.log(`copy: ${checks} checks`));

  it('lists the attributes it looks for', () => {
    expect(ATTRIBUTES).to.include.members(['deployment-id', 'base-url', 'turnstile-site-key', 'join-timeout']);
  });

  for (const [key, sentence] of Object.entries({ ...en, ...enLater, ...enPreJoin }).filter(([key]) => key.startsWith('error.'))) {
    it(`string table: ${key}`, () => {
      expect(problems(sentence)).to.deep.equal([]);
    });
  }

  // Each error the mock can cause, on screen: at /init, or after Start.
  const SCENARIOS = [
    'status-400',
    'status-402',
    'status-403',
    'status-404',
    'status-500',
    'status-503',
    'html-error',
    'security',
    'origin-blocked',
    'missing',
    'malformed',
    'incomplete',
    'badurl',
    'ratelimited-5',
    'captcha-nokey',
    'unavailable-daily_limit',
    'unavailable-total_limit',
    'unavailable-busy',
    'unavailable-maintenance',
  ];
  for (const scenario of SCENARIOS) {
    it(`on screen: ${scenario}`, async () => {
      const m = await mount(scenario);
      await m.el.startConversation();
      await m.waitForState(m.el.state === 'unavailable' ? 'unavailable' : 'error');
      expect(m.part('error-message'), 'an error view').to.not.equal(null);
      expect(problems(visibleText(m.el))).to.deep.equal([]);
    });
  }

  for (const view of ['invalid-config', 'join-timeout'] as const) {
    it(`on screen: ${view}`, async () => {
      const shown = await showView(view);
      try {
        expect(problems(visibleText(shown.el))).to.deep.equal([]);
      } finally {
        await shown.dispose();
      }
    });
  }
});
