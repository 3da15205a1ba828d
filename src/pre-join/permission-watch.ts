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

/**
 * The browser's own record of the camera and microphone permissions (the Permissions API): every change made in
 * the browser's UI while a refusal is shown, so allowing access there recovers without a reload. Watched only
 * then: headless Chromium has crashed tearing down an iframe whose element still listened to them.
 */
export class PermissionWatch {
  #statuses: PermissionStatus[] = [];
  /** The statuses being asked for; a late answer to a watch already stopped is dropped. */
  #asking: Promise<unknown> | undefined;
  readonly #changed: (state: PermissionState) => void;
  readonly #onChange = (event: Event) => this.#changed((event.target as PermissionStatus).state);

  constructor(changed: (state: PermissionState) => void) {
    this.#changed = changed;
  }

  start(): void {
    if (this.#asking) return;
    const asking = queryAll().then((statuses) => {
      if (this.#asking !== asking) return;
      this.#statuses = statuses.filter((status) => status !== undefined);
      for (const status of this.#statuses) status.addEventListener('change', this.#onChange);
    });
    this.#asking = asking;
  }

  stop(): void {
    for (const status of this.#statuses) status.removeEventListener('change', this.#onChange);
    this.#statuses = [];
    this.#asking = undefined;
  }
}
