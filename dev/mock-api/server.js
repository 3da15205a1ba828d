// @ts-check
/**
 * A mock of Tavus's keyless deployment API for the demo, the tests and the
 * bench. It speaks the seeds' contract over real HTTP with real CORS, and
 * keeps a ledger so a test can prove that no conversation was orphaned or
 * ended twice. The deployment ID picks the behaviour: see scenarios.js and the README.
 */
import { createServer } from 'node:http';
import { REPLICA_POSTER_SVG } from './replica-poster.js';
import { scenarioOf } from './scenarios.js';

/** The password of the `password` scenarios (documented in the README). */
export const DEMO_PASSWORD = 'tavus-demo';

/** Cloudflare's documented always-pass test site key, and the dummy token its test keys produce. */
export const TEST_SITE_KEY = '1x00000000000000000000AA';
export const DUMMY_TOKEN = 'XXXX.DUMMY.TOKEN.XXXX';

const ORIGIN_REFUSED = { status: 403, json: { error: 'Origin not allowed' } };

/**
 * @typedef {object} LedgerConversation
 * @property {string} conversationId
 * @property {string} deploymentId
 * @property {number} createdAt
 * @property {number} endCalls  successful end calls received
 * @property {number | null} endedAt
 *
 * @typedef {object} LedgerRequest
 * @property {string} method
 * @property {string} path
 * @property {string | null} deploymentId
 * @property {Record<string, string>} headers  the headers a browser must never send us, plus origin and content type
 * @property {unknown} body
 */

const WATCHED_HEADERS = ['origin', 'cookie', 'authorization', 'x-api-key', 'content-type'];
const MAX_REQUESTS_KEPT = 10_000;

/**
 * Faults for the `chaos` scenario, set with `POST /__faults`. Start faults all happen before a conversation is
 * created (a server that creates one and then loses the answer orphans it whatever the client does).
 * @typedef {object} Faults
 * @property {number} latencyMs  up to this much delay on every chaos request
 * @property {number} dropRate  share of requests whose connection is closed without an answer
 * @property {number} errorRate  share of starts answered with a 5xx
 * @property {number} malformedRate  share of starts answered with broken JSON
 * @property {number} endFailRate  share of end calls answered with a 5xx or dropped (the first call of a conversation only)
 */
/** @type {Faults} */
const NO_FAULTS = { latencyMs: 0, dropRate: 0, errorRate: 0, malformedRate: 0, endFailRate: 0 };

export class Ledger {
  /** @type {Faults} */
  faults = { ...NO_FAULTS };
  /** @type {Map<string, LedgerConversation>} */
  conversations = new Map();
  /** @type {LedgerRequest[]} */
  requests = [];
  /** @type {Map<string, number>} attempts per key, for scenarios that fail the first few */
  attempts = new Map();
  #nextId = 1;

  /** @param {string} deploymentId */
  create(deploymentId) {
    const conversationId = `c${(this.#nextId++).toString().padStart(5, '0')}${Math.random().toString(36).slice(2, 8)}`;
    this.conversations.set(conversationId, { conversationId, deploymentId, createdAt: Date.now(), endCalls: 0, endedAt: null });
    return conversationId;
  }

  /** @param {string} key */
  attempt(key) {
    const count = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, count);
    return count;
  }

  /** @param {LedgerRequest} request */
  record(request) {
    this.requests.push(request);
    if (this.requests.length > MAX_REQUESTS_KEPT) this.requests.splice(0, this.requests.length - MAX_REQUESTS_KEPT);
  }

  /** @param {string | null} deploymentId  only this deployment's entries, or all */
  report(deploymentId) {
    const conversations = [...this.conversations.values()].filter(
      (c) => deploymentId === null || c.deploymentId === deploymentId,
    );
    const requests = this.requests.filter((r) => deploymentId === null || r.deploymentId === deploymentId);
    return {
      conversations,
      requests,
      summary: {
        created: conversations.length,
        ended: conversations.filter((c) => c.endCalls > 0).length,
        orphaned: conversations.filter((c) => c.endCalls === 0).length,
        doubleEnded: conversations.filter((c) => c.endCalls > 1).length,
      },
    };
  }
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @typedef {object} Reply
 * @property {number} status
 * @property {boolean} [drop]  close the connection without an answer
 * @property {unknown} [json]
 * @property {string} [raw]  sent as is instead of JSON
 * @property {Record<string, string>} [headers]
 */

/**
 * What `/init` says. `captcha-late` announces its captcha only from the second read on.
 * @param {Ledger} ledger
 * @param {string} deploymentId
 * @param {string} base  this mock's own origin, for the poster's address
 * @returns {Reply}
 */
function init(ledger, deploymentId, base) {
  const { scenario, name } = scenarioOf(deploymentId);
  if (scenario === 'missing') return { status: 404, json: { error: 'Deployment not found' } };
  if (scenario === 'origin-blocked') return ORIGIN_REFUSED;
  if (scenario === 'init-down') return { status: 500, json: { error: 'Internal error' } };
  const announcesCaptcha =
    scenario === 'captcha' || scenario === 'captcha-nokey' || (scenario === 'captcha-late' && ledger.attempt(`init:${deploymentId}`) > 1);
  const branded = scenario === 'branded' || scenario === 'branded-unavailable';
  const unavailableReason = scenario === 'branded-unavailable' ? 'busy' : /^unavailable-(.+)$/.exec(name)?.[1];
  return {
    status: 200,
    json: {
      deployment_id: deploymentId,
      channel: 'embed',
      has_password: scenario === 'password',
      ...(announcesCaptcha
        ? {
            captcha: {
              provider: 'turnstile',
              ...(scenario === 'captcha-nokey' ? {} : { site_key: TEST_SITE_KEY }),
              challenge_path: '/start',
              action: 'start',
            },
          }
        : {}),
      is_available: scenario !== 'unavailable' && scenario !== 'branded-unavailable',
      ...(unavailableReason ? { unavailable_reason: unavailableReason } : {}),
      limits: { max_call_duration: 600, daily_call_limit_per_user: 5 },
      ...(scenario === 'preview' ? { thumbnail_image_url: `${base}/__media/replica.svg` } : {}),
      customization: {
        ...(scenario === 'preview'
          ? { preview: { title: 'Talk to Anna', description: 'Ask about pricing, live.', btn_title: 'Call Anna' } }
          : {}),
        ...(scenario === 'dark' ? { style: { mode: 'dark' } } : {}),
        ...(scenario === 'widget' ? { widget: { text: { title: 'Anna', btn_title: 'Ask Anna anything' } } } : {}),
        ...(branded
          ? {
              after_call: { title: 'Thanks for stopping by', description: 'Anna will follow up by email.' },
              unavailable_screen: { busy: { title: 'Anna is with someone', description: 'Try again in ten minutes.' } },
            }
          : {}),
      },
    },
  };
}

/**
 * @param {Ledger} ledger
 * @param {string} deploymentId
 * @param {Record<string, unknown>} body
 * @returns {Promise<Reply>}
 */
async function start(ledger, deploymentId, body) {
  const { scenario, arg } = scenarioOf(deploymentId);
  if (scenario === 'chaos') {
    const { latencyMs, dropRate, errorRate, malformedRate } = ledger.faults;
    await sleep(Math.random() * latencyMs);
    const roll = Math.random();
    if (roll < dropRate) return { status: 0, drop: true };
    if (roll < dropRate + errorRate) return { status: Math.random() < 0.5 ? 500 : 502, json: { error: 'Chaos' } };
    if (roll < dropRate + errorRate + malformedRate) return { status: 200, raw: '{"conversation_id": ' };
  }
  if (scenario.startsWith('captcha')) {
    const token = body['captcha_token'];
    if (token === undefined) return { status: 403, json: { error: 'Captcha token required' } };
    if (token !== DUMMY_TOKEN) return { status: 403, json: { error: 'Captcha verification failed' } };
  }
  const created = (/** @type {Record<string, unknown>} */ extra = {}) => {
    const conversationId = ledger.create(deploymentId);
    return {
      status: 200,
      json: {
        conversation_id: conversationId,
        conversation_name: `Mock conversation ${conversationId}`,
        conversation_url: `https://tavus.daily.co/${conversationId}`,
        status: 'active',
        callback_url: '',
        created_at: new Date().toISOString(),
        ...extra,
      },
    };
  };
  switch (scenario) {
    case 'missing':
      return { status: 404, json: { error: 'Deployment not found' } };
    case 'origin-blocked':
      return ORIGIN_REFUSED;
    case 'security':
      return { status: 426, json: { error: 'Start token required', code: 'deployment_security_required' } };
    case 'password':
    case 'password-hidden':
      if (body['password'] === DEMO_PASSWORD) return created({ meeting_token: 'mock-meeting-token' });
      return { status: 401, json: { error: body['password'] === undefined ? 'Password required' : 'Invalid password' } };
    case 'status': {
      const status = arg ?? 500;
      const retry = status === 429 || status === 503 ? { 'Retry-After': '7' } : undefined;
      return { status, json: { error: `Mock status ${status}` }, ...(retry ? { headers: retry } : {}) };
    }
    case 'ratelimited':
      return { status: 429, json: { error: 'Too many requests' }, headers: { 'Retry-After': String(arg ?? 30) } };
    case 'ratelimited-date':
      return {
        status: 429,
        json: { error: 'Too many requests' },
        headers: { 'Retry-After': new Date(Date.now() + (arg ?? 20) * 1000).toUTCString() },
      };
    case 'ratelimited-hidden':
      // Retry-After is sent but not exposed to the page, as a misconfigured proxy would do.
      return { status: 429, json: { error: 'Too many requests' }, headers: { 'Retry-After': '5', 'X-Hide-Retry-After': '1' } };
    case 'slow':
      await sleep(arg ?? 30_000);
      return created();
    case 'flaky':
      return ledger.attempt(`start:${deploymentId}`) === 1 ? { status: 500, json: { error: 'Internal error' } } : created();
    case 'malformed':
      return { status: 200, raw: '{"conversation_id": "c_trunc' };
    case 'incomplete': {
      const conversationId = ledger.create(deploymentId);
      return { status: 200, json: { conversation_id: conversationId, status: 'active' } };
    }
    case 'badurl': {
      const reply = created();
      return { ...reply, json: { .../** @type {object} */ (reply.json), conversation_url: 'javascript:alert(1)' } };
    }
    case 'html-error':
      return { status: 400, json: { error: '<img src=x onerror="window.__tavusXss=1">Bad <b>request</b>' } };
    default:
      return created();
  }
}

/**
 * @param {Ledger} ledger
 * @param {string} deploymentId
 * @param {string} conversationId
 * @returns {Promise<Reply>}
 */
async function end(ledger, deploymentId, conversationId) {
  const conversation = ledger.conversations.get(conversationId);
  if (!conversation || conversation.deploymentId !== deploymentId) {
    return { status: 404, json: { error: 'Conversation not found' } };
  }
  const { scenario, arg } = scenarioOf(deploymentId);
  if (scenario === 'chaos') {
    await sleep(Math.random() * ledger.faults.latencyMs);
    // At most one failure per conversation, so the retry (or the beacon after a pagehide) decides, not luck.
    if (ledger.attempt(`end:${conversationId}`) === 1 && Math.random() < ledger.faults.endFailRate) {
      return Math.random() < 0.5 ? { status: 0, drop: true } : { status: 500, json: { error: 'Chaos' } };
    }
  }
  if (scenario === 'end-flaky' && ledger.attempt(`end:${conversationId}`) <= (arg ?? 2)) {
    return { status: 503, json: { error: 'Try again' } };
  }
  conversation.endCalls += 1;
  conversation.endedAt ??= Date.now();
  return { status: 200, json: { conversation_id: conversationId, status: 'ended' } };
}

/** @param {import('node:http').IncomingMessage} request */
async function readBody(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > 1_000_000) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {Reply} reply
 */
function send(request, response, reply) {
  if (reply.drop) {
    request.socket.destroy();
    return;
  }
  /** @type {Record<string, string>} */
  const headers = {
    'Access-Control-Allow-Origin': request.headers.origin ?? '*',
    Vary: 'Origin',
    ...(reply.headers?.['X-Hide-Retry-After'] ? {} : { 'Access-Control-Expose-Headers': 'Retry-After' }),
    ...reply.headers,
  };
  delete headers['X-Hide-Retry-After'];
  if (reply.raw !== undefined || reply.json !== undefined) headers['Content-Type'] = 'application/json';
  response.writeHead(reply.status, headers);
  response.end(reply.raw ?? (reply.json === undefined ? '' : JSON.stringify(reply.json)));
}

/** @param {Ledger} ledger */
export function createHandler(ledger) {
  /** @type {import('node:http').RequestListener} */
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://mock');
    const path = url.pathname;
    const route =
      /^\/v2\/deployments\/([^/]+)\/(start|init)$/.exec(path) ??
      /^\/v2\/deployments\/([^/]+)\/conversations\/([^/]+)\/(end)$/.exec(path);
    const deploymentId = route?.[1] ? decodeURIComponent(route[1]) : null;
    const text = await readBody(request).catch(() => '');
    /** @type {Record<string, string>} */
    const headers = {};
    for (const name of WATCHED_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    /** @type {Record<string, unknown>} */
    let body = {};
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = { unparsable: text };
    }
    if (!path.startsWith('/__')) ledger.record({ method: request.method ?? '', path, deploymentId, headers, body });

    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'Access-Control-Allow-Origin': request.headers.origin ?? '*',
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
      response.end();
      return;
    }
    if (request.method === 'POST' && path === '/__faults') {
      ledger.faults = { ...NO_FAULTS, ...body };
      send(request, response, { status: 200, json: ledger.faults });
      return;
    }
    if (request.method === 'GET' && path === '/__ledger') {
      send(request, response, { status: 200, json: ledger.report(url.searchParams.get('deployment')) });
      return;
    }
    if (request.method === 'GET' && path === '/__media/replica.svg') {
      response.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Access-Control-Allow-Origin': '*' });
      response.end(REPLICA_POSTER_SVG);
      return;
    }
    if (request.method === 'GET' && route?.[2] === 'init' && deploymentId !== null) {
      send(request, response, init(ledger, deploymentId, `http://${request.headers.host}`));
      return;
    }
    if (request.method === 'POST' && route?.[2] === 'start' && deploymentId !== null) {
      send(request, response, await start(ledger, deploymentId, body));
      return;
    }
    if (request.method === 'POST' && route?.[3] === 'end' && deploymentId !== null && route[2]) {
      send(request, response, await end(ledger, deploymentId, decodeURIComponent(route[2])));
      return;
    }
    send(request, response, { status: 404, json: { error: 'Not found' } });
  };
}

/**
 * Starts the mock on loopback. Port 0 picks a free port.
 * @param {{ port?: number, host?: string }} [options]
 */
export async function startMockApi({ port = 0, host = '127.0.0.1' } = {}) {
  const ledger = new Ledger();
  const server = createServer(createHandler(ledger));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    ledger,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/** Starts the mock where `npm start` and `npm run mock` put it: on MOCK_API_PORT, else 4010. */
export async function startDevMockApi() {
  const port = Number(process.env['MOCK_API_PORT'] ?? 4010);
  return startMockApi({ port }).catch((/** @type {Error} */ error) => {
    throw new Error(`The mock Tavus API could not listen on port ${port} (${error.message}). Set MOCK_API_PORT to a free port.`);
  });
}
