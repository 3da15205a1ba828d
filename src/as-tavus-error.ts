import { TavusError, type TavusErrorCode } from './errors.js';

/** Anything thrown, as a {@link TavusError}; what is not one already becomes `fallback` with its text as detail. */
export function asTavusError(error: unknown, fallback: TavusErrorCode): TavusError {
  if (error instanceof TavusError) return error;
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  return new TavusError(fallback, detail ? { detail } : {});
}
