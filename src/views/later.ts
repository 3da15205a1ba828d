/**
 * The views a visitor meets only after pressing Start, and their styles: a
 * chunk of their own in the CDN build, fetched at the first sign of intent
 * with the session engine, so the first script stays small.
 */
export { cancelButton } from './cancel-button.js';
export { endedView } from './ended-view.js';
export { noticeView } from './notice-view.js';
export { passwordView } from './password-view.js';
export { progressView } from './progress-view.js';
export { laterStyles } from '../styles/later.js';
export { enLater as strings } from '../strings/en-later.js';
export { counted } from '../strings/counted.js';
