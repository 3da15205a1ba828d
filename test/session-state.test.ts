import { expect } from '@open-wc/testing';
import { TavusError } from '../src/errors.js';
import { canStart, transition, type SessionEvent, type SessionState } from '../src/session/session-state.js';

const idle: SessionState = { name: 'idle' };
const starting: SessionState = { name: 'starting' };
const joining: SessionState = { name: 'joining', conversationId: 'c1' };
const connected: SessionState = { name: 'connected', conversationId: 'c1' };
const ending: SessionState = { name: 'ending', conversationId: 'c1', reason: 'user' };
const ended: SessionState = { name: 'ended', conversationId: 'c1', reason: 'user' };
const password: SessionState = { name: 'awaiting-password', incorrect: false };
const failed: SessionState = { name: 'error', error: new TavusError('network') };
const preJoin: SessionState = { name: 'pre-join' };

describe('transition', () => {
  it('walks the happy path from idle to ended', () => {
    const events: SessionEvent[] = [
      { type: 'start' },
      { type: 'created', conversationId: 'c1' },
      { type: 'joined' },
      { type: 'end', reason: 'left' },
      { type: 'ended' },
    ];
    const names = events.reduce<SessionState[]>((path, event) => [...path, transition(path.at(-1)!, event)], [idle]);
    expect(names.map((s) => s.name)).to.deep.equal(['idle', 'starting', 'joining', 'connected', 'ending', 'ended']);
    expect(names.at(-1)).to.deep.equal({ name: 'ended', conversationId: 'c1', reason: 'left' });
  });

  it('asks for a password from starting, and says when the last one was wrong', () => {
    expect(transition(starting, { type: 'password-needed', incorrect: true })).to.deep.equal({
      name: 'awaiting-password',
      incorrect: true,
    });
    expect(transition(password, { type: 'start' })).to.deep.equal(starting);
  });

  it('returns the same object for events that mean nothing in a state', () => {
    const ignored: [SessionState, SessionEvent][] = [
      [starting, { type: 'start' }],
      [joining, { type: 'start' }],
      [connected, { type: 'start' }],
      [ending, { type: 'start' }],
      [idle, { type: 'joined' }],
      [ended, { type: 'joined' }],
      [idle, { type: 'end', reason: 'user' }],
      [ended, { type: 'end', reason: 'left' }],
      [connected, { type: 'ended' }],
      [connected, { type: 'created', conversationId: 'c2' }],
      [connected, { type: 'cancel' }],
      [joining, { type: 'password-needed', incorrect: false }],
      [connected, { type: 'challenge' }],
      [connected, { type: 'unavailable', error: new TavusError('unavailable') }],
      [connected, { type: 'reset' }],
    ];
    for (const [state, event] of ignored) {
      expect(transition(state, event), `${state.name} + ${event.type}`).to.equal(state);
    }
  });

  it('cancels a start, a password prompt or the pre-join check back to idle', () => {
    expect(transition(starting, { type: 'cancel' })).to.deep.equal(idle);
    expect(transition(password, { type: 'cancel' })).to.deep.equal(idle);
    expect(transition(preJoin, { type: 'cancel' })).to.deep.equal(idle);
  });

  it('checks camera and microphone after Start or the password, and sends the start only from there', () => {
    for (const state of [idle, password, ended, failed]) expect(transition(state, { type: 'pre-join' })).to.deep.equal(preJoin);
    for (const state of [starting, joining, connected, ending]) {
      expect(transition(state, { type: 'pre-join' }), state.name).to.equal(state);
    }
    expect(transition(preJoin, { type: 'start' })).to.deep.equal(starting);
    expect(transition(preJoin, { type: 'challenge' })).to.deep.equal({ name: 'awaiting-captcha' });
    expect(transition(preJoin, { type: 'joined' })).to.equal(preJoin);
    expect(transition(preJoin, { type: 'end', reason: 'user' })).to.equal(preJoin);
    expect(transition(preJoin, { type: 'created', conversationId: 'c1' })).to.equal(preJoin);
  });

  it('fails from any state, and resets from error or ended', () => {
    const error = new TavusError('call-failed');
    for (const state of [idle, starting, joining, connected, ending, ended, password, preJoin, failed]) {
      expect(transition(state, { type: 'fail', error })).to.deep.equal({ name: 'error', error });
    }
    expect(transition(failed, { type: 'reset' })).to.deep.equal(idle);
    expect(transition(ended, { type: 'reset' })).to.deep.equal(idle);
  });

  it('allows a new attempt only from rest or a prompt (the password, the pre-join check)', () => {
    expect([idle, ended, failed, password, preJoin].every(canStart)).to.equal(true);
    expect([starting, joining, connected, ending].some(canStart)).to.equal(false);
  });
});
