// @ts-check
/**
 * Every behaviour of the mock Tavus API, under the name that picks it. The server branches on these names only
 * (typed as {@link ScenarioName}, so a branch on an unlisted name fails the type-check), and the demo's picker
 * offers every entry: a new scenario is listed here, and shows up in the picker, or it does not exist.
 * Browser-safe: the demo imports it.
 *
 * @typedef {object} Scenario
 * @property {string} group  the demo picker's heading for it
 * @property {string} label  its name in the picker
 * @property {string} example  a deployment ID that picks it, with the argument the demo uses
 * @property {string} description  one line: what `/init` and start answer
 */

export const SCENARIOS = /** @satisfies {Record<string, Scenario>} */ ({
  open: {
    group: 'Start surface',
    label: 'Open deployment',
    example: 'demo--open',
    description: 'Any ID not listed here: open and available, Start creates a conversation.',
  },
  preview: {
    group: 'Start surface',
    label: 'Copy from the deployment',
    example: 'preview--demo',
    description: "/init carries preview copy (a title, a description and the button's label) and a poster picture.",
  },
  branded: {
    group: 'Start surface',
    label: 'Copy for after the call',
    example: 'branded--demo',
    description: "/init's customization carries after_call and unavailable_screen copy: the ended view shows it.",
  },
  'branded-unavailable': {
    group: 'Start surface',
    label: 'Unavailable, with its own copy',
    example: 'branded-unavailable--demo',
    description: 'Unavailable (busy), and customization.unavailable_screen.busy says so in its own words.',
  },
  dark: {
    group: 'Start surface',
    label: 'Dark by the deployment',
    example: 'dark--demo',
    description: "/init's customization.style.mode is dark: the element is dark unless its theme attribute says otherwise.",
  },
  widget: {
    group: 'Start surface',
    label: 'Launcher label from the deployment',
    example: 'widget--demo',
    description: "/init's customization.widget.text carries the floating launcher's label (btn_title).",
  },
  unavailable: {
    group: 'Start surface',
    label: 'Unavailable (daily limit)',
    example: 'unavailable-daily_limit--demo',
    description: '/init says is_available: false; the reason is the word after "unavailable-" (daily_limit, total_limit, busy…).',
  },
  password: {
    group: 'Gates',
    label: 'Password protected',
    example: 'password--demo',
    description: '/init announces a password; start answers 401 until it carries tavus-demo.',
  },
  'password-hidden': {
    group: 'Gates',
    label: 'Password, learnt from the 401',
    example: 'password-hidden--demo',
    description: '/init says nothing of a password; start answers 401 until it carries tavus-demo.',
  },
  captcha: {
    group: 'Gates',
    label: 'Human check (Cloudflare Turnstile)',
    example: 'captcha--demo',
    description: "/init announces Turnstile with Cloudflare's always-pass test key; offline the check cannot load.",
  },
  'captcha-late': {
    group: 'Gates',
    label: 'Human check, announced late',
    example: 'captcha-late--demo',
    description: 'The first /init says nothing of a captcha; start answers 403 until it carries a Turnstile token.',
  },
  'captcha-nokey': {
    group: 'Gates',
    label: 'Human check without a site key',
    example: 'captcha-nokey--demo',
    description: '/init announces Turnstile but gives no site key.',
  },
  'origin-blocked': {
    group: 'Refused',
    label: 'Origin not allowed',
    example: 'origin-blocked--demo',
    description: '/init and start answer 403 Origin not allowed.',
  },
  missing: {
    group: 'Refused',
    label: 'Not found',
    example: 'missing--demo',
    description: '/init and start answer 404.',
  },
  security: {
    group: 'Refused',
    label: 'Start token required',
    example: 'security--demo',
    description: 'Start answers 426 deployment_security_required, which a browser cannot satisfy.',
  },
  'init-down': {
    group: 'Refused',
    label: '/init down',
    example: 'init-down--demo',
    description: '/init answers 500; start still works.',
  },
  status: {
    group: 'Failed starts',
    label: 'Start answers a status (402)',
    example: 'status-402--demo',
    description: 'Start answers the status in the ID (status-NNN); 429 and 503 carry Retry-After: 7.',
  },
  ratelimited: {
    group: 'Failed starts',
    label: 'Rate limited (Retry-After: 15)',
    example: 'ratelimited-15--demo',
    description: 'Start answers 429 with Retry-After in seconds (ratelimited-N).',
  },
  'ratelimited-date': {
    group: 'Failed starts',
    label: 'Rate limited (Retry-After as a date)',
    example: 'ratelimited-date-15--demo',
    description: 'Start answers 429 with Retry-After as an HTTP date N seconds ahead.',
  },
  'ratelimited-hidden': {
    group: 'Failed starts',
    label: 'Rate limited, Retry-After unreadable',
    example: 'ratelimited-hidden--demo',
    description: 'Start answers 429 without exposing Retry-After to the page (the element waits 10 s).',
  },
  flaky: {
    group: 'Failed starts',
    label: 'Flaky server (first start fails)',
    example: 'flaky--demo',
    description: 'The first start answers 500, the next ones succeed.',
  },
  malformed: {
    group: 'Failed starts',
    label: 'Malformed response',
    example: 'malformed--demo',
    description: 'Start answers 200 with broken JSON.',
  },
  incomplete: {
    group: 'Failed starts',
    label: 'No conversation URL',
    example: 'incomplete--demo',
    description: 'Start creates a conversation but answers without its conversation_url.',
  },
  badurl: {
    group: 'Failed starts',
    label: 'Unsafe conversation URL',
    example: 'badurl--demo',
    description: 'Start creates a conversation whose URL is javascript:.',
  },
  'html-error': {
    group: 'Failed starts',
    label: 'HTML in the error',
    example: 'html-error--demo',
    description: 'Start answers 400 with markup in its error text.',
  },
  slow: {
    group: 'Timing and ending',
    label: 'Slow start (3 s)',
    example: 'slow-3000--demo',
    description: 'Start answers after the milliseconds in the ID (slow-MS; 30 s without).',
  },
  'end-flaky': {
    group: 'Timing and ending',
    label: 'Flaky end (two 503s)',
    example: 'end-flaky-2--demo',
    description: 'Starts normally; the first N end calls answer 503, so the element retries.',
  },
  chaos: {
    group: 'Timing and ending',
    label: 'Chaos (random faults)',
    example: 'chaos--demo',
    description: "Random latency, dropped connections, 5xx and broken JSON at the rates set with POST /__faults (the demo's picker sets some).",
  },
});

/** @typedef {keyof typeof SCENARIOS} ScenarioName */

/**
 * `name-123--anything`: the part before `--` picks the scenario, a trailing number is its argument, and the rest
 * keeps IDs unique per test. `unavailable-REASON` carries its reason in the name; any other unlisted name is `open`.
 * @param {string} deploymentId
 * @returns {{ scenario: ScenarioName, name: string, arg: number | undefined }}
 */
export function scenarioOf(deploymentId) {
  const head = deploymentId.split('--')[0] ?? '';
  const match = /^(.+?)(?:-(\d+))?$/.exec(head);
  const name = match?.[1] ?? head;
  return {
    scenario: isScenarioName(name) ? name : name.startsWith('unavailable-') ? 'unavailable' : 'open',
    name,
    arg: match?.[2] === undefined ? undefined : Number(match[2]),
  };
}

/**
 * @param {string} name
 * @returns {name is ScenarioName}
 */
function isScenarioName(name) {
  return Object.hasOwn(SCENARIOS, name);
}
