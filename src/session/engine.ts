/**
 * What a session needs only once the visitor asks for a conversation: the
 * session's driver (start attempt, live call with the Interactions Protocol,
 * the exactly-once end), Daily's call factories, the start request, the human
 * check and the site owner's hints for what a start can meet. It is fetched at
 * the first sign of intent, so the first script stays small.
 */
export { ConversationApi } from '../conversation-api.js';
export { CountdownController } from '../controllers/countdown-controller.js';
export { callFactoryFor } from '../daily-call.js';
export { endGuard } from '../end-guard.js';
export { hintFor } from '../hints.js';
export { TurnstileGate } from '../turnstile-gate.js';
export { SessionDriver } from './session-driver.js';
export { startRequest } from './start-request.js';
