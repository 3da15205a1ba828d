import type DailyIframe from '@daily-co/daily-js';
import type { DailyCall } from '@daily-co/daily-js';
import type { CallAdapter, CallEventMap, CallEventName } from './call-adapter.js';

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

/** Daily Prebuilt in `mount`, behind the {@link CallAdapter} seam. */
export function createDailyFrame(Daily: typeof DailyIframe, mount: HTMLElement): CallAdapter {
  const call = Daily.createFrame(mount, {
    showLeaveButton: true,
    iframeStyle: { width: '100%', height: '100%', border: '0' },
  });
  // Screen readers name a frame by its title: the container's label says what the call is, in the visitor's language.
  call.iframe()?.setAttribute('title', mount.getAttribute('aria-label') ?? '');
  return new DailyFrameAdapter(call);
}
