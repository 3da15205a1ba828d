import type { DailyCall } from '@daily-co/daily-js';
import type { CallAdapter, CallEventMap, CallEventName, CallFactory } from './call-adapter.js';
import { lazy } from './lazy.js';

type DailyModule = typeof import('@daily-co/daily-js');

/** daily-js is ~70 KB gzip: it is fetched only when a conversation is about to start, and only once. */
const loadDaily = lazy<DailyModule>(() => import('@daily-co/daily-js'));

class DailyFrameAdapter implements CallAdapter {
  readonly #call: DailyCall;

  constructor(call: DailyCall) {
    this.#call = call;
  }

  join(properties: Parameters<CallAdapter['join']>[0]): Promise<unknown> {
    return this.#call.join(properties);
  }

  destroy(): Promise<void> {
    return this.#call.destroy();
  }

  sendAppMessage(data: unknown, to = '*'): void {
    this.#call.sendAppMessage(data, to);
  }

  on<K extends CallEventName>(event: K, handler: (event: CallEventMap[K]) => void): void {
    this.#call.on(event, handler as never);
  }
}

/** The default call: Daily Prebuilt in an iframe inside the element's shadow root. */
export const dailyCallFactory: CallFactory = {
  // daily-js allows one call instance per page: a second element must wait instead of being billed for nothing.
  exclusive: true,
  preload() {
    loadDaily().catch(() => {
      // A failed preload is retried, and reported, by create().
    });
  },
  async create(mount) {
    const { default: Daily } = await loadDaily();
    const call = Daily.createFrame(mount, {
      showLeaveButton: true,
      iframeStyle: { width: '100%', height: '100%', border: '0' },
    });
    // Screen readers name a frame by its title: the container's label says what the call is, in the visitor's language.
    call.iframe()?.setAttribute('title', mount.getAttribute('aria-label') ?? '');
    return new DailyFrameAdapter(call);
  },
};
