/**
 * What a session needs only once the visitor asks for a conversation: the
 * start attempt, the live call (with the Interactions Protocol), the
 * exactly-once end and the human check. It is fetched at the first sign of
 * intent, so the first script stays small.
 */
export { endGuard } from '../end-guard.js';
export { TurnstileGate } from '../turnstile-gate.js';
export { CallTeardown, LiveCall } from './live-call.js';
export { pageCallLock } from './page-call-lock.js';
export { StartAttempt, StartQueue } from './start-attempt.js';
export { startRequest } from './start-request.js';
export { withTimeout } from './timeout.js';
