import type { DailyCameraErrorObject, DailyCameraErrorType } from '@daily-co/daily-js';
import { SimulatedCallFactory } from '../dev/simulated-call.js';
import type { TavusDeployment } from '../src/tavus-deployment.js';

/** A camera or microphone problem: as Daily reports it in a call, and as `getUserMedia` fails with it before one. */
interface CameraProblem {
  label: string;
  error: DailyCameraErrorObject<DailyCameraErrorType>;
  /** The `DOMException` (name, then message, as Chromium words it) the pre-join meets; none where it has no match. */
  refusal?: [name: string, message: string];
}

const BOTH: ('video' | 'audio')[] = ['video', 'audio'];

/** Another app holds a device: Daily says which; `getUserMedia` fails with `NotReadableError` and `msg`. */
function inUse(type: 'cam-in-use' | 'mic-in-use' | 'cam-mic-in-use', what: string, msg: string): CameraProblem {
  return { label: `Another app holds ${what} (${type})`, error: { type, msg }, refusal: ['NotReadableError', msg] };
}

/** Every `camera-error` type Daily reports that the element has a view for, with the matching refusal. */
const PROBLEMS: CameraProblem[] = [
  {
    label: 'The visitor refused (permissions, blocked by user)',
    error: { type: 'permissions', blockedBy: 'user', blockedMedia: BOTH, msg: 'Permission denied' },
    refusal: ['NotAllowedError', 'Permission denied'],
  },
  {
    label: 'The browser or OS blocks it (permissions, blocked by browser)',
    error: { type: 'permissions', blockedBy: 'browser', blockedMedia: BOTH, msg: 'Permission denied by system' },
    refusal: ['NotAllowedError', 'Permission denied by system'],
  },
  {
    label: 'No camera or microphone (not-found)',
    error: { type: 'not-found', missingMedia: BOTH, msg: 'Requested device not found' },
    refusal: ['NotFoundError', 'Requested device not found'],
  },
  inUse('cam-in-use', 'the camera', 'Could not start video source'),
  inUse('mic-in-use', 'the microphone', 'Could not start audio source'),
  inUse('cam-mic-in-use', 'both', 'Device in use'),
  {
    label: 'No media devices API, as on an insecure page (undefined-mediadevices)',
    error: { type: 'undefined-mediadevices', msg: 'navigator.mediaDevices is undefined' },
  },
  {
    label: 'Something else (unknown)',
    error: { type: 'unknown', msg: 'Starting videoinput failed' },
    refusal: ['AbortError', 'Starting videoinput failed'],
  },
];

/**
 * The demo's "Simulate a camera problem" controls, for `element`: report the chosen problem in its call as Daily's
 * `camera-error`, or make the page's next `getUserMedia` (the pre-join's) fail with it once. Nothing real is touched:
 * Retry afterwards asks the browser for real.
 */
export function cameraProblemControls(form: HTMLFormElement, element: TavusDeployment): void {
  const select = form.elements.namedItem('problem') as HTMLSelectElement;
  const next = form.elements.namedItem('fail-next') as HTMLInputElement;
  const status = form.querySelector('output')!;
  select.append(...PROBLEMS.map(({ label }, index) => new Option(label, String(index))));
  const chosen = () => PROBLEMS[Number(select.value)]!;
  const say = (text: string) => {
    status.textContent = text;
  };

  const mediaDevices = navigator.mediaDevices as MediaDevices | undefined;
  const sync = () => {
    next.disabled = !mediaDevices || !chosen().refusal;
    if (next.disabled) next.checked = false;
  };
  select.addEventListener('change', sync);
  sync();
  if (mediaDevices) {
    const getUserMedia = mediaDevices.getUserMedia.bind(mediaDevices);
    mediaDevices.getUserMedia = (constraints) => {
      const refusal = next.checked && chosen().refusal;
      if (!refusal) return getUserMedia(constraints);
      next.checked = false;
      say(`The camera request failed once with ${refusal[0]}: “${refusal[1]}”.`);
      return Promise.reject(new DOMException(refusal[1], refusal[0]));
    };
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const factory = element.callFactory;
    const call = factory instanceof SimulatedCallFactory ? factory.last : undefined;
    if (!call || call.destroyed) {
      say('No call is running: start a conversation first.');
      return;
    }
    const { error } = chosen();
    call.emit('camera-error', { error, errorMsg: { errorMsg: error.msg } });
    say(`Sent camera-error ${error.type} into the call.`);
  });
}
