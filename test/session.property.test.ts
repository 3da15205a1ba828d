import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ReactiveElement } from 'lit';
import { SimulatedCallFactory } from '../demo/simulated-call.js';
import { DeploymentApi } from '../src/deployment-api.js';
import { PageExitController } from '../src/controllers/page-exit-controller.js';
import { EndGuard } from '../src/end-guard.js';
import { tavusError } from '../src/errors.js';
import { STATE_NAMES, type EndReason, type StateName } from '../src/session-state.js';
import { Session } from '../src/session.js';

/**
 * Random interleavings of everything that can happen to a session, against a
 * scripted server (the real API client over a fake fetch), simulated calls and
 * a scripted human check. The session sits in a host element wired as
 * <tavus-deployment> wires it: the real PageExitController turns removal,
 * re-insertion, moves and pagehide into ends, and a detached host starts nothing.
 * Seeded: a failure prints the seed and path that replay it.
 */
const SEED = 20261121;
const RUNS = 1000;
const PASSWORD = 'open sesame';
const TOKEN = 'XXXX.DUMMY.TOKEN.XXXX';

/** The edges the lifecycle may take, written out independently of transition(). */
const EDGES: Record<StateName, StateName[]> = {
  idle: ['starting', 'awaiting-password', 'awaiting-captcha', 'error', 'unavailable'],
  'awaiting-password': ['starting', 'awaiting-password', 'awaiting-captcha', 'idle', 'error', 'unavailable'],
  'awaiting-captcha': ['starting', 'idle', 'error'],
  starting: ['awaiting-password', 'awaiting-captcha', 'joining', 'idle', 'error'],
  joining: ['connected', 'ending', 'error'],
  connected: ['ending', 'error'],
  ending: ['ended', 'error'],
  ended: ['starting', 'awaiting-password', 'awaiting-captcha', 'idle', 'error', 'unavailable'],
  error: ['starting', 'awaiting-password', 'awaiting-captcha', 'idle', 'error', 'unavailable'],
  unavailable: ['idle', 'unavailable', 'error'],
};

type Reply = { kind: 'ok' | 'malformed' | 'network' | 'badurl' | 'incomplete' | 'status'; status: number; ticks: number };

type Action =
  | { type: 'start' }
  | { type: 'password'; correct: boolean }
  | { type: 'end' }
  | { type: 'page'; event: 'remove' | 'insert' | 'move' | 'pagehide' }
  | { type: 'daily'; event: 'joined-meeting' | 'left-meeting' | 'error' | 'shutdown' | 'tool-call' }
  | { type: 'wait'; ticks: number };

/** A macrotask without setTimeout's 4 ms clamp. */
const tick = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
const ticks = async (n: number) => {
  for (let i = 0; i < n; i += 1) await tick();
};
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

class ExitHost extends ReactiveElement {}
customElements.define('property-exit-host', ExitHost);

class ScriptedTavus {
  readonly ends = new Map<string, { ok: number; failed: number }>();
  inFlight = 0;
  maxInFlight = 0;
  #starts = 0;
  #next = 0;

  constructor(
    readonly replies: Reply[],
    readonly failingEnds: number,
    readonly password: boolean,
    readonly captcha: boolean,
  ) {}

  readonly fetch = async (url: string, init: RequestInit): Promise<Response> => {
    if (url.endsWith('/end')) return this.#end(decodeURIComponent(url.split('/').at(-2)!));
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const reply = this.replies[this.#starts++ % this.replies.length]!;
      await ticks(reply.ticks);
      const body = JSON.parse(String(init.body)) as { password?: string; captcha_token?: string };
      if (this.password && body.password !== PASSWORD) return json(401, { error: 'Password required' });
      if (this.captcha && body.captcha_token !== TOKEN) return json(403, { error: 'Captcha token required' });
      switch (reply.kind) {
        case 'network':
          throw new TypeError('Failed to fetch');
        case 'malformed':
          return new Response('{"conversation_id":', { status: 200 });
        case 'status':
          return json(reply.status, { error: `status ${reply.status}` });
        case 'badurl':
          return json(200, { conversation_id: this.#create(), conversation_url: 'javascript:alert(1)' });
        case 'incomplete':
          return json(200, { conversation_id: this.#create() });
        case 'ok': {
          const id = this.#create();
          return json(200, { conversation_id: id, conversation_url: `https://tavus.daily.co/${id}` });
        }
      }
    } finally {
      this.inFlight -= 1;
    }
  };

  /** Nothing is moving any more: no start in flight, every conversation ended. */
  get settled(): boolean {
    return this.inFlight === 0 && [...this.ends.values()].every((e) => e.ok > 0);
  }

  #create(): string {
    const id = `c${(this.#next += 1)}`;
    this.ends.set(id, { ok: 0, failed: 0 });
    return id;
  }

  #end(id: string): Response {
    const record = this.ends.get(id);
    if (!record) return json(404, { error: 'not found' });
    if (record.ok > 0) throw new Error(`end after end for ${id}`);
    if (record.failed < this.failingEnds) {
      record.failed += 1;
      return json(503, { error: 'try again' });
    }
    record.ok += 1;
    return json(200, { conversation_id: id, status: 'ended' });
  }
}

const reply = fc.record({
  kind: fc.constantFrom<Reply['kind']>('ok', 'ok', 'ok', 'malformed', 'network', 'badurl', 'incomplete', 'status'),
  status: fc.constantFrom(400, 402, 403, 404, 409, 423, 429, 500, 503),
  ticks: fc.nat(4),
});

const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.constant({ type: 'start' } as const), weight: 4 },
  { arbitrary: fc.record({ type: fc.constant('password' as const), correct: fc.boolean() }), weight: 2 },
  { arbitrary: fc.constant({ type: 'end' } as const), weight: 1 },
  {
    arbitrary: fc.record({
      type: fc.constant('page' as const),
      // Moves twice as often: frameworks move elements far more than pages hide.
      event: fc.constantFrom('remove', 'insert', 'move', 'move', 'pagehide'),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      type: fc.constant('daily' as const),
      event: fc.constantFrom('joined-meeting', 'joined-meeting', 'left-meeting', 'error', 'shutdown', 'tool-call'),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ type: fc.constant('wait' as const), ticks: fc.nat(6) }), weight: 4 },
);

/** How the human check behaves in a run: absent, or solved (or refused) after a few ticks. */
type Challenge = { refuses: boolean; ticks: number; known: boolean } | null;

async function run(
  replies: Reply[],
  actions: Action[],
  failingEnds: number,
  password: boolean,
  knownPassword: boolean,
  destroyHangs: boolean,
  challenge: Challenge,
): Promise<void> {
  const server = new ScriptedTavus(replies, failingEnds, password, challenge !== null);
  let solved = 0;
  const gate = challenge && {
    async token() {
      await ticks(challenge.ticks);
      solved += 1;
      // A refusing check fails every other time, so both outcomes meet every state.
      if (challenge.refuses && solved % 2 === 1) throw tavusError('captcha-failed');
      return TOKEN;
    },
    reset() {},
  };
  const factory = new SimulatedCallFactory({ joinAfterMs: false, destroyHangs });
  const problems: string[] = [];
  let last: StateName = 'idle';
  const session = new Session({
    endGuard: new EndGuard({ retryDelaysMs: [1, 1, 1, 1], window: new EventTarget() }),
    teardownTimeoutMs: 5,
    notify: (notice) => {
      if (notice.type !== 'state') return;
      const { name } = notice.state;
      if (!STATE_NAMES.includes(name)) problems.push(`unknown state ${name}`);
      if (notice.previous.name !== last) problems.push(`state jumped from ${last}, not ${notice.previous.name}`);
      if (!EDGES[notice.previous.name].includes(name)) problems.push(`edge ${notice.previous.name} → ${name}`);
      if ((name === 'ended' || name === 'error') && factory.calls.some((c) => !c.destroyed)) {
        problems.push(`a call is alive in ${name}`);
      }
      last = name;
    },
  });
  const api = new DeploymentApi({
    deploymentId: 'prop',
    baseUrl: 'https://tavusapi.com',
    fetch: server.fetch,
    sendBeacon: () => false,
  });
  const options = {
    api,
    request: {},
    callFactory: factory,
    mount: () => document.createElement('div'),
    passwordRequired: knownPassword,
    ...(gate && challenge?.known ? { captcha: gate } : {}),
    ...(gate ? { discoverCaptcha: () => Promise.resolve(gate) } : {}),
  };
  const host = document.body.appendChild(new ExitHost());
  new PageExitController(host, (exit: EndReason) => {
    if (exit === 'removed' && host.isConnected) problems.push('a removal was reported for an element in the document');
    void session.end(exit);
  });

  for (const step of actions) {
    switch (step.type) {
      case 'start':
        // As the element: a detached one starts nothing, since nobody would be left to end it.
        if (host.isConnected) void session.start(options);
        break;
      case 'password':
        void session.submitPassword(step.correct ? PASSWORD : 'wrong');
        break;
      case 'end':
        void session.end('user');
        break;
      case 'page':
        if (step.event === 'remove') host.remove();
        else if (step.event === 'insert') document.body.append(host);
        else if (step.event === 'pagehide') window.dispatchEvent(new PageTransitionEvent('pagehide'));
        else if (host.isConnected) {
          const before = session.state.name;
          host.remove();
          document.body.append(host);
          // The removal check runs in a later task; a move must not have ended a live call by then.
          await new Promise((resolve) => setTimeout(resolve));
          const after: StateName = session.state.name;
          if (before === 'connected' && after !== 'connected') problems.push(`a move ended the call (${after})`);
        }
        break;
      case 'wait':
        await ticks(step.ticks);
        break;
      case 'daily': {
        const call = factory.last;
        if (!call) break;
        if (step.event === 'shutdown') call.emit('app-message', { data: { event_type: 'system.shutdown' }, fromId: 'x' });
        else if (step.event === 'tool-call') {
          call.emit('app-message', { data: { event_type: 'conversation.tool_call', properties: { name: 't' } }, fromId: 'x' });
        } else call.emit(step.event, {});
        break;
      }
    }
  }

  // The element goes away: everything must wind down by itself.
  host.remove();
  for (let i = 0; i < 400 && !server.settled; i += 1) await new Promise((resolve) => setTimeout(resolve, 1));
  await session.end('removed');

  expect(problems).to.deep.equal([]);
  expect(server.maxInFlight, 'start requests in flight at once').to.be.at.most(1);
  for (const [id, { ok }] of server.ends) expect(ok, `successful end calls for ${id}`).to.equal(1);
  expect(factory.calls.filter((c) => !c.destroyed), 'live calls after removal').to.deep.equal([]);
}

describe('Session under random interleavings (property)', () => {
  it(`keeps its promises over ${RUNS} seeded runs`, async function () {
    this.timeout(240_000);
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(reply, { minLength: 1, maxLength: 6 }),
          fc.array(action, { maxLength: 30 }),
          fc.nat(2),
          fc.boolean(),
          fc.boolean(),
          fc.boolean(),
          fc.option(fc.record({ refuses: fc.boolean(), ticks: fc.nat(3), known: fc.boolean() }), { nil: null }),
          run,
        ),
        { seed: SEED, numRuns: RUNS },
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
