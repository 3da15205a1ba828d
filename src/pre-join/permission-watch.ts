type Device = 'camera' | 'microphone';

const DEVICES: readonly Device[] = ['camera', 'microphone'];

/**
 * The browser's own record of the camera and microphone permissions (the Permissions API, where it knows these
 * names): whether asking will show a prompt, and every change made in the browser's UI while the check is shown,
 * so allowing access there recovers without a reload.
 */
export class PermissionWatch {
  #statuses: PermissionStatus[] = [];
  /** The statuses being asked for; each run of `start` has its own, so a late answer after `stop` is dropped. */
  #asking: Promise<unknown> | undefined;
  readonly #changed: (state: PermissionState) => void;
  readonly #onChange = (event: Event) => this.#changed((event.target as PermissionStatus).state);

  constructor(changed: (state: PermissionState) => void) {
    this.#changed = changed;
  }

  start(): void {
    const asking = Promise.all(
      DEVICES.map((name) =>
        // Browsers that don't know these names reject (Firefox before 131) or lack the API: nothing to watch there.
        navigator.permissions?.query({ name: name as PermissionName }).then(
          (status) => {
            if (this.#asking !== asking) return;
            status.addEventListener('change', this.#onChange);
            this.#statuses.push(status);
          },
          () => undefined,
        ),
      ),
    );
    this.#asking = asking;
  }

  stop(): void {
    for (const status of this.#statuses) status.removeEventListener('change', this.#onChange);
    this.#statuses = [];
    this.#asking = undefined;
  }

  /** Both are already granted: asking shows no prompt, so there is nothing to explain first. */
  async granted(): Promise<boolean> {
    await this.#asking;
    const statuses = this.#statuses;
    return statuses.length === DEVICES.length && statuses.every((status) => status.state === 'granted');
  }
}
