export type SessionEngine = typeof import('./engine.js');

let loading: Promise<SessionEngine> | undefined;

/** Fetches the session engine (a chunk of its own in the CDN build) once per page; a failed download is tried again. */
export function loadEngine(): Promise<SessionEngine> {
  loading ??= import('./engine.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
