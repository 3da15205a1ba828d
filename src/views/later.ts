/**
 * The views a visitor meets only after pressing Start, and their styles: a
 * chunk of their own in the CDN build, fetched at the first sign of intent
 * with the session engine, so the first script stays small. The pre-join
 * check is among them: it is the first thing most visitors meet after Start.
 */
export { cancelButton } from './cancel-button.js';
export { endedView } from './ended-view.js';
export { noticeView } from './notice-view.js';
export { passwordView } from './password-view.js';
export { progressView } from './progress-view.js';
export { laterStyles } from '../styles/later.js';
import type { ConversationController } from '../controllers/conversation-controller.js';
import type { FocusController } from '../controllers/focus-controller.js';
import { CallUiLoader } from '../call-ui/call-ui-loader.js';
import type { CallUiHost } from '../call-ui/call-ui-controller.js';
import { PreJoinController } from '../pre-join/pre-join-controller.js';
import type { StartPropertiesHost } from '../pre-join/start-properties.js';
import type { Translate } from '../strings/localize.js';
import { enLater } from '../strings/en-later.js';
import { enPreJoin } from '../strings/en-prejoin.js';

/** The English sentences that arrive with these views: theirs and the pre-join check's. */
export const strings = { ...enLater, ...enPreJoin };
export { counted } from '../strings/counted.js';

/** What an element needs once it may start: the pre-join check (returned, for the element to render), and the loader of the call UI. */
export function afterStart(
  host: StartPropertiesHost & CallUiHost,
  conversation: ConversationController,
  focus: Pick<FocusController, 'stateChanged'>,
  translate: () => Translate,
): PreJoinController {
  new CallUiLoader(host, conversation, translate);
  return new PreJoinController(host, conversation, focus);
}
