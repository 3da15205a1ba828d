import { expect } from '@open-wc/testing';
import { SimulatedCallFactory, type SimulatedCallOptions } from '../dev/simulated-call.js';
import type { CallEventMap } from '../src/call-adapter.js';
import { ConversationApi } from '../src/conversation-api.js';
import { EndGuard } from '../src/end-guard.js';
import { TavusError } from '../src/errors.js';
import type { TavusEventDetailMap, TavusEventName } from '../src/events.js';
import * as engine from '../src/session/engine.js';
import { Session, type SessionNotice, type SessionOptions, type StartOptions } from '../src/session/session.js';
import { deploymentId, ledger, MOCK_API_URL, requestsTo, settledLedger, until } from './support/mock-api.js';

function harness(scenario: string, callOptions: SimulatedCallOptions = {}, options: Partial<SessionOptions> = {}) {
  const id = deploymentId(scenario);
  const notices: SessionNotice[] = [];
  const factory = new SimulatedCallFactory(callOptions);
  const session = new Session({
    notify: (notice) => notices.push(notice),
    endGuard: new EndGuard({ retryDelaysMs: [20] }),
    ...options,
  });
  const api = new ConversationApi({ deploymentId: id, baseUrl: MOCK_API_URL });
  const start = (extra: Partial<StartOptions> = {}) =>
    session.start({ engine, api, request: {}, callFactory: factory, mount: () => document.createElement('div'), ...extra });
  const states = () => notices.flatMap((n) => (n.type === 'state' ? [n.state.name] : []));
  const of = <T extends SessionNotice['type']>(type: T) =>
    notices.filter((n): n is Extract<SessionNotice, { type: T }> => n.type === type);
  /** The details of the events the session asked to fire under `name`. */
  const fired = <K extends TavusEventName>(name: K) =>
    of('event').flatMap(({ event }) => (event.name === name ? [event.detail as TavusEventDetailMap[K]] : []));
  return { id, session, factory, start, notices, states, of, fired };
}

describe('Session', () => {
  it('starts, joins, and ends a conversation exactly once', async () => {
    const h = harness('password');
    const { session, factory } = h;
    await h.start();
    expect(session.state).to.deep.equal({ name: 'awaiting-password', incorrect: false });
    await session.submitPassword('wrong');
    expect(session.state).to.deep.equal({ name: 'awaiting-password', incorrect: true });
    await session.submitPassword('tavus-demo');
    await until(() => session.state.name === 'connected', 'connected');

    const created = h.fired('tavus:conversation-created')[0]!;
    expect(factory.preloads).to.equal(3);
    expect(factory.last!.joinedWith).to.deep.equal({ url: created.conversationUrl, token: 'mock-meeting-token' });
    expect(h.fired('tavus:conversation-started')).to.deep.equal([{ conversationId: created.conversationId }]);

    await session.end('user');
    expect(h.states()).to.deep.equal([
      'starting',
      'awaiting-password',
      'starting',
      'awaiting-password',
      'starting',
      'joining',
      'connected',
      'ending',
      'ended',
    ]);
    expect(h.fired('tavus:conversation-ended')).to.deep.equal([{ conversationId: created.conversationId, reason: 'user' }]);
    expect(factory.last!.destroyed).to.equal(true);
    const report = await settledLedger(h.id);
    expect(report.summary.doubleEnded).to.equal(0);
    expect(requestsTo(report, 'start').map((r) => r.body)).to.deep.equal([
      {},
      { password: 'wrong' },
      { password: 'tavus-demo' },
    ]);
  });

  it('holds the start at the pre-join check until Join, then gives the call the visitor’s media', async () => {
    const h = harness('open');
    await h.start({ preJoin: true });
    expect(h.session.state.name).to.equal('pre-join');
    // The call's download starts while the visitor checks their devices; nothing is sent.
    expect(h.factory.preloads).to.equal(1);
    expect(requestsTo(await ledger(h.id), 'start')).to.deep.equal([]);
    const media = { audio: true, video: false, audioDeviceId: 'mic-2' };
    await h.session.join(media);
    await until(() => h.session.state.name === 'connected', 'connected');
    expect(h.factory.media).to.deep.equal([media]);
    expect(h.states().slice(0, 3)).to.deep.equal(['pre-join', 'starting', 'joining']);
    await h.session.end('user');
    await settledLedger(h.id);
  });

  it('asks the password before the pre-join check, and after a refusal at Join goes straight back to the start', async () => {
    const h = harness('password');
    const media = { audio: true, video: true };
    await h.start({ preJoin: true, passwordRequired: true });
    await h.session.submitPassword('wrong');
    expect(h.session.state.name).to.equal('pre-join');
    await h.session.join(media);
    expect(h.session.state).to.deep.equal({ name: 'awaiting-password', incorrect: true });
    await h.session.submitPassword('tavus-demo');
    await until(() => h.session.state.name === 'connected', 'connected');
    expect(h.states()).to.deep.equal([
      'awaiting-password',
      'pre-join',
      'starting',
      'awaiting-password',
      'starting',
      'joining',
      'connected',
    ]);
    expect(h.factory.media).to.deep.equal([media]);
    await h.session.end('user');
    await settledLedger(h.id);
  });

  it('sends nothing for a visitor who walks away from the pre-join check, and ignores a late Join', async () => {
    const h = harness('open');
    await h.start({ preJoin: true });
    await h.session.end('user');
    expect(h.session.state.name).to.equal('idle');
    await h.session.join({ audio: true, video: true });
    expect(h.session.state.name).to.equal('idle');
    const report = await ledger(h.id);
    expect(report.summary.created).to.equal(0);
    expect(requestsTo(report, 'start')).to.deep.equal([]);
  });

  it('starts one conversation for a double start', async () => {
    const h = harness('open');
    await Promise.all([h.start(), h.start()]);
    // An open room has no meeting token, and daily-js rejects an undefined one.
    expect(h.factory.last!.joinedWith).to.have.all.keys('url');
    await h.session.end('user');
    const report = await settledLedger(h.id);
    expect(report.summary.created).to.equal(1);
  });

  it('ends a conversation that arrives after the visitor cancelled', async () => {
    const h = harness('slow-300');
    const started = h.start();
    await until(async () => (await ledger(h.id)).requests.length > 0, 'the start request to reach the server');
    await h.session.end('user');
    expect(h.session.state.name).to.equal('idle');
    await started;
    await settledLedger(h.id);
    expect(h.fired('tavus:conversation-created')).to.deep.equal([]);
    expect(h.factory.calls).to.deep.equal([]);
  });

  it('times out a slow start, then ends the conversation if it still arrives', async () => {
    const h = harness('slow-400', {}, { startTimeoutMs: 100 });
    await h.start();
    expect(h.session.state).to.have.nested.property('error.code', 'timeout');
    await settledLedger(h.id);
  });

  it('ends a conversation whose answer was unusable', async () => {
    const h = harness('badurl');
    await h.start();
    expect(h.session.state).to.have.nested.property('error.code', 'invalid-response');
    await settledLedger(h.id);
  });

  it('ends the conversation and reports call-failed when the join fails', async () => {
    const h = harness('open', { joinError: 'no-room' });
    await h.start();
    expect(h.session.state).to.have.nested.property('error.code', 'call-failed');
    expect(h.session.state).to.have.nested.property('error.detail', 'no-room');
    expect(h.fired('tavus:conversation-ended')[0]).to.include({ reason: 'error' });
    await settledLedger(h.id);
  });

  const dailyEndings = [
    ['left-meeting', 'left', 'ended'],
    ['error', 'error', 'error'],
    ['app-message', 'shutdown', 'ended'],
  ] as const;
  for (const [event, reason, finalState] of dailyEndings) {
    it(`ends on Daily ${event} with reason ${reason}`, async () => {
      const h = harness('open');
      await h.start();
      await until(() => h.session.state.name === 'connected', 'connected');
      const call = h.factory.last!;
      if (event === 'app-message') call.emit('app-message', { data: { event_type: 'system.shutdown' }, fromId: 'x' });
      else if (event === 'error') call.emit('error', { errorMsg: 'ejected' });
      else call.emit('left-meeting', {});
      await until(() => h.session.state.name === finalState, finalState);
      // Daily repeats itself while being destroyed; none of that reaches the visitor twice.
      call.emit('left-meeting', {});
      call.emit('error', { errorMsg: 'late' });
      expect(h.fired('tavus:conversation-ended').map((n) => n.reason)).to.deep.equal([reason]);
      await settledLedger(h.id);
    });
  }

  it('re-fires app-messages, picks out tool calls, and reports blocked media without ending', async () => {
    const h = harness('open');
    await h.start();
    await until(() => h.session.state.name === 'connected', 'connected');
    const toolCall = {
      message_type: 'conversation',
      event_type: 'conversation.tool_call',
      tool_call_id: 't1',
      properties: { name: 'lookup', arguments: '{"q":1}' },
    };
    h.factory.last!.emit('app-message', { data: toolCall, fromId: 'replica' });
    h.factory.last!.emit('camera-error', {});
    const [message, call, ...rest] = h
      .of('event')
      .map((n) => n.event)
      .filter((event) => !event.name.startsWith('tavus:conversation-'));
    expect(message).to.deep.equal({ name: 'tavus:protocol-message', detail: toolCall });
    expect(call!.name).to.equal('tavus:tool-call');
    expect(call!.detail).to.include({ name: 'lookup', arguments: '{"q":1}', toolCallId: 't1' });
    expect(rest).to.deep.equal([]);
    expect(h.of('error').map((n) => n.error.code)).to.deep.equal(['media-blocked']);
    expect(h.session.state.name).to.equal('connected');
    await h.session.end('user');
  });

  it('reports each of Daily’s camera errors by its own code, without ending', async () => {
    const h = harness('open');
    await h.start();
    await until(() => h.session.state.name === 'connected', 'connected');
    const errors: [Partial<CallEventMap['camera-error']['error']>, string][] = [
      [{ type: 'permissions', blockedBy: 'user', blockedMedia: ['video'] }, 'permission-denied'],
      [{ type: 'permissions', blockedBy: 'browser', blockedMedia: ['audio', 'video'] }, 'permission-blocked'],
      [{ type: 'undefined-mediadevices' }, 'permission-blocked'],
      [{ type: 'not-found', missingMedia: ['video'] }, 'device-not-found'],
      [{ type: 'constraints', reason: 'invalid', failedMedia: ['audio'] }, 'device-not-found'],
      [{ type: 'cam-in-use' }, 'device-in-use'],
      [{ type: 'mic-in-use' }, 'device-in-use'],
      [{ type: 'cam-mic-in-use' }, 'device-in-use'],
      [{ type: 'unknown' }, 'media-blocked'],
    ];
    for (const [error] of errors) {
      h.factory.last!.emit('camera-error', { error: { msg: 'from Daily', ...error } as CallEventMap['camera-error']['error'] });
    }
    expect(h.of('error').map((n) => n.error.code)).to.deep.equal(errors.map(([, code]) => code));
    expect(h.of('error')[0]!.error.detail).to.equal('from Daily');
    expect(h.session.state.name).to.equal('connected');
    await h.session.end('user');
  });

  it('does not let a hanging destroy() hold up the end', async () => {
    const h = harness('open', { destroyHangs: true }, { teardownTimeoutMs: 100 });
    await h.start();
    await until(() => h.session.state.name === 'connected', 'connected');
    await h.session.end('pagehide');
    expect(h.session.state.name).to.equal('ended');
    await settledLedger(h.id);
    await h.start();
    await until(() => h.session.state.name === 'connected', 'a second conversation');
    await h.session.end('user');
    expect((await ledger(h.id)).summary).to.include({ created: 2, doubleEnded: 0 });
  });

  it('shows configuration errors and leaves them on reset', () => {
    const h = harness('open');
    h.session.fail(new TavusError('invalid-config', { reason: 'missing-id' }));
    expect(h.session.state.name).to.equal('error');
    h.session.reset();
    expect(h.session.state.name).to.equal('idle');
  });
});
