type Device = 'camera' | 'microphone';

const DEVICES: readonly Device[] = ['camera', 'microphone'];

/** Both statuses, where the browser knows these names (Firefox before 131 rejects them; some lack the API). */
function queryAll(): Promise<(PermissionStatus | undefined)[]> {
  return Promise.all(
    DEVICES.map((name) => navigator.permissions?.query({ name: name as PermissionName }).catch(() => undefined)),
  );
}

/** Both are already granted: asking shows no prompt, so there is nothing to explain first. */
export async function bothGranted(): Promise<boolean> {
  return (await queryAll()).every((status) => status?.state === 'granted');
}

/** How often the statuses are read again while a refusal is shown. */
const POLL_MS = 1_000;

/**
 * The browser's own record of the camera and microphone permissions (the Permissions API), read again every second
 * while a refusal is shown, so allowing access in the browser's UI recovers without a reload. Read, not listened
 * to: headless Chromium crashed tearing down an iframe whose element had `change` listeners on these statuses.
 */
export class PermissionWatch {
  #timer: ReturnType<typeof setInterval> | undefined;
  /** The states last read, once read. */
  #last: string | undefined;
  readonly #changed: () => void;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  start(): void {
    if (this.#timer !== undefined) return;
    this.#last = undefined;
    this.#timer = setInterval(() => void this.#read(), POLL_MS);
    void this.#read();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async #read(): Promise<void> {
    const timer = this.#timer;
    const states = (await queryAll()).map((status) => status?.state).join();
    // A watch stopped (or started again) meanwhile has nothing to say about this answer.
    if (timer !== this.#timer) return;
    const last = this.#last;
    this.#last = states;
    if (last !== undefined && last !== states) this.#changed();
  }
}
