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
export { PreJoinController } from '../pre-join/pre-join-controller.js';
import { enLater } from '../strings/en-later.js';
import { enPreJoin } from '../strings/en-prejoin.js';

/** The English sentences that arrive with these views: theirs and the pre-join check's. */
export const strings = { ...enLater, ...enPreJoin };
export { counted } from '../strings/counted.js';
