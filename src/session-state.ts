import type { TavusError } from './errors.js';

/** Why a conversation ended, as reported by `tavus:conversation-ended`. */
export type EndReason = 'user' | 'left' | 'removed' | 'pagehide' | 'error' | 'shutdown';

/** Every state the element can be in. The `name` is what the host's `state` attribute shows. */
export type SessionState =
  | { name: 'idle' }
  | { name: 'awaiting-password'; incorrect: boolean }
  | { name: 'awaiting-captcha' }
  | { name: 'starting' }
  | { name: 'joining'; conversationId: string }
  | { name: 'connected'; conversationId: string }
  | { name: 'ending'; conversationId: string; reason: EndReason }
  | { name: 'ended'; conversationId: string; reason: EndReason }
  | { name: 'error'; error: TavusError }
  | { name: 'unavailable'; error: TavusError };

export type StateName = SessionState['name'];

export const STATE_NAMES: readonly StateName[] = [
  'idle',
  'awaiting-password',
  'awaiting-captcha',
  'starting',
  'joining',
  'connected',
  'ending',
  'ended',
  'error',
  'unavailable',
];

/** What can happen to a session. */
export type SessionEvent =
  | { type: 'challenge' }
  | { type: 'start' }
  | { type: 'password-needed'; incorrect: boolean }
  | { type: 'created'; conversationId: string }
  | { type: 'joined' }
  | { type: 'end'; reason: EndReason }
  | { type: 'ended' }
  | { type: 'cancel' }
  | { type: 'fail'; error: TavusError }
  | { type: 'unavailable'; error: TavusError }
  | { type: 'reset' };

/**
 * The one transition function. Returns the next state, or the same object
 * when the event means nothing in this state (a late Daily event, a double
 * click), so callers can tell "ignored" by identity.
 */
export function transition(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'challenge':
      return canStart(state) || state.name === 'starting' ? { name: 'awaiting-captcha' } : state;
    case 'start':
      return canStart(state) || state.name === 'awaiting-captcha' ? { name: 'starting' } : state;
    case 'password-needed':
      return canStart(state) || state.name === 'starting'
        ? { name: 'awaiting-password', incorrect: event.incorrect }
        : state;
    case 'created':
      return state.name === 'starting' ? { name: 'joining', conversationId: event.conversationId } : state;
    case 'joined':
      return state.name === 'joining' ? { name: 'connected', conversationId: state.conversationId } : state;
    case 'end':
      return state.name === 'joining' || state.name === 'connected'
        ? { name: 'ending', conversationId: state.conversationId, reason: event.reason }
        : state;
    case 'ended':
      return state.name === 'ending'
        ? { name: 'ended', conversationId: state.conversationId, reason: state.reason }
        : state;
    case 'cancel':
      return state.name === 'starting' || state.name === 'awaiting-password' || state.name === 'awaiting-captcha'
        ? { name: 'idle' }
        : state;
    case 'fail':
      return { name: 'error', error: event.error };
    case 'unavailable':
      return canStart(state) || state.name === 'unavailable' ? { name: 'unavailable', error: event.error } : state;
    case 'reset':
      return state.name === 'error' || state.name === 'ended' || state.name === 'unavailable' ? { name: 'idle' } : state;
  }
}

/** A new attempt may begin from rest, or from the password prompt (submitting it). */
export function canStart(state: SessionState): boolean {
  return (
    state.name === 'idle' ||
    state.name === 'ended' ||
    state.name === 'error' ||
    state.name === 'awaiting-password'
  );
}
