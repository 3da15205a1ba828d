import { lazy } from '../lazy.js';

export type SessionEngine = typeof import('./engine.js');

/** Fetches the session engine (a chunk of its own in the CDN build) once per page. */
export const loadEngine = lazy<SessionEngine>(() => import('./engine.js'));
