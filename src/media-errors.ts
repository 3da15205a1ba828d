import type { CallEventMap } from './call-adapter.js';
import { TavusError, type TavusErrorCode } from './errors.js';

/**
 * The two ways the visitor's camera and microphone fail, mapped to the same codes: `getUserMedia`'s `DOMException`
 * at the pre-join check, and Daily's `camera-error` in the call. `media-blocked` is left for what neither names.
 */
export function mediaError(error: unknown): TavusError {
  const { name, message } = error as Partial<DOMException>;
  return new TavusError(domExceptionCode(name, message ?? ''), { detail: message });
}

function domExceptionCode(name: string | undefined, message: string): TavusErrorCode {
  switch (name) {
    case 'NotAllowedError':
      // Chrome's words when the operating system, not the visitor, refused the browser.
      return /by system/i.test(message) ? 'permission-blocked' : 'permission-denied';
    case 'SecurityError':
      return 'permission-blocked';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'device-not-found';
    case 'NotReadableError':
    case 'AbortError':
      return 'device-in-use';
    default:
      return 'media-blocked';
  }
}

/** Daily's `camera-error`, as the same codes. */
export function cameraError({ error }: CallEventMap['camera-error']): TavusError {
  return new TavusError(cameraErrorCode(error), { detail: error?.msg });
}

// Optional: an event without its `error` (an older daily-js) is still a camera problem, just an unnamed one.
function cameraErrorCode(error: CallEventMap['camera-error']['error'] | undefined): TavusErrorCode {
  switch (error?.type) {
    case 'permissions':
      return error?.blockedBy === 'browser' ? 'permission-blocked' : 'permission-denied';
    // No `mediaDevices` at all: an insecure page, which the browser blocks.
    case 'undefined-mediadevices':
      return 'permission-blocked';
    case 'not-found':
    case 'constraints':
      return 'device-not-found';
    case 'cam-in-use':
    case 'mic-in-use':
    case 'cam-mic-in-use':
      return 'device-in-use';
    default:
      return 'media-blocked';
  }
}
