type Device = 'camera' | 'microphone';

const DEVICES: readonly Device[] = ['camera', 'microphone'];

/**
 * The browser's own record of the camera and microphone permissions (the Permissions API, where it knows these
 * names): whether asking will show a prompt, and every change made in the browser's UI while the check is shown,
 * so allowing access there recovers without a reload.
 */
export class PermissionWatch {
  #statuses: Promise<(PermissionStatus | undefined)[]> | undefined;
  readonly #changed: (state: PermissionState) => void;
  readonly #onChange = (event: Event) => this.#changed((event.target as PermissionStatus).state);

  constructor(changed: (state: PermissionState) => void) {
    this.#changed = changed;
  }

  start(): void {
    this.#statuses = Promise.all(
      DEVICES.map((name) =>
        // Browsers that don't know these names reject (Firefox before 131) or lack the API: nothing to watch there.
        navigator.permissions?.query({ name: name as PermissionName }).then(
          (status) => {
            status.addEventListener('change', this.#onChange);
            return status;
          },
          () => undefined,
        ),
      ),
    );
  }

  stop(): void {
    void this.#statuses?.then((statuses) => {
      for (const status of statuses) status?.removeEventListener('change', this.#onChange);
    });
    this.#statuses = undefined;
  }

  /** Both are already granted: asking shows no prompt, so there is nothing to explain first. */
  async granted(): Promise<boolean> {
    const statuses = (await this.#statuses) ?? [];
    return statuses.length > 0 && statuses.every((status) => status?.state === 'granted');
  }
}
