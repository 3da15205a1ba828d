import type { TavusError } from '../errors.js';

/** Why a conversation ended, as reported by `tavus:conversation-ended`. */
export type EndReason = 'user' | 'left' | 'removed' | 'pagehide' | 'error' | 'shutdown';

/** Every state the element can be in: the one list the `StateName` type and the docs come from. */
export const STATE_NAMES = [
  'idle',
  'awaiting-password',
  'pre-join',
  'awaiting-captcha',
  'starting',
  'joining',
  'connected',
  'ending',
  'ended',
  'error',
  'unavailable',
] as const;

/** What the host's `state` attribute shows. */
export type StateName = (typeof STATE_NAMES)[number];

type State<N extends StateName, Data = unknown> = { name: N } & Data;

/** Each state with what it knows. */
export type SessionState =
  | State<'idle'>
  | State<'awaiting-password', { incorrect: boolean }>
  | State<'pre-join'>
  | State<'awaiting-captcha'>
  | State<'starting'>
  | State<'joining', { conversationId: string }>
  | State<'connected', { conversationId: string }>
  | State<'ending', { conversationId: string; reason: EndReason }>
  | State<'ended', { conversationId: string; reason: EndReason }>
  | State<'error', { error: TavusError }>
  | State<'unavailable', { error: TavusError }>;

/** What can happen to a session. */
export type SessionEvent =
  | { type: 'challenge' }
  | { type: 'start' }
  | { type: 'password-needed'; incorrect: boolean }
  /** The visitor checks their camera and microphone before anything is sent. */
  | { type: 'pre-join' }
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
    case 'pre-join':
      return canStart(state) ? { name: 'pre-join' } : state;
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
      return inCall(state) ? { name: 'ending', conversationId: state.conversationId, reason: event.reason } : state;
    case 'ended':
      return state.name === 'ending'
        ? { name: 'ended', conversationId: state.conversationId, reason: state.reason }
        : state;
    case 'cancel':
      return WALK_AWAY.has(state.name) ? { name: 'idle' } : state;
    case 'fail':
      return { name: 'error', error: event.error };
    case 'unavailable':
      return canStart(state) || state.name === 'unavailable' ? { name: 'unavailable', error: event.error } : state;
    case 'reset':
      return state.name === 'error' || state.name === 'ended' || state.name === 'unavailable' ? { name: 'idle' } : state;
  }
}

const names = (...list: StateName[]): ReadonlySet<StateName> => new Set(list);

/** Before anything exists to end: Cancel just goes back to the start surface. */
const WALK_AWAY = names('starting', 'awaiting-password', 'pre-join', 'awaiting-captcha');
const STARTABLE = names('idle', 'ended', 'error', 'awaiting-password', 'pre-join');
const BUSY = names('awaiting-password', 'pre-join', 'awaiting-captcha', 'starting', 'joining', 'connected');
const HOLDS_PAGE_CALL = names('awaiting-captcha', 'starting', 'joining', 'connected', 'ending');
const IN_PROGRESS = names('awaiting-captcha', 'starting', 'joining', 'ending');
const CANCELLABLE = names('awaiting-captcha', 'starting', 'joining');

/**
 * A new attempt may begin from rest, or from a prompt: the password prompt (submitting it), or the pre-join check
 * (Join; a new start there begins again with the new request).
 */
export function canStart(state: SessionState): boolean {
  return STARTABLE.has(state.name);
}

/** A conversation is being set up or is live: changing deployment must end it first. */
export function isBusy(state: SessionState): boolean {
  return BUSY.has(state.name);
}

/** The call exists (joining or joined): the call view is shown. */
export function inCall(state: SessionState): state is Extract<SessionState, { name: 'joining' | 'connected' }> {
  return state.name === 'joining' || state.name === 'connected';
}

/** The session holds the page's one exclusive call, from its start until it comes to rest. */
export function holdsPageCall(state: SessionState): boolean {
  return HOLDS_PAGE_CALL.has(state.name);
}

/** Between Start and connected, or while ending: the progress view is shown. */
export function inProgress(state: SessionState): boolean {
  return IN_PROGRESS.has(state.name);
}

/** The visitor may still walk away (Cancel, Escape); whatever was created is ended. */
export function isCancellable(state: SessionState): boolean {
  return CANCELLABLE.has(state.name);
}
