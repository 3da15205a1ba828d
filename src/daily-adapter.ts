import type { DailyCall } from '@daily-co/daily-js';
import type { CallAdapter, CallEventMap, CallEventName } from './call-adapter.js';

/**
 * A Daily call behind the {@link CallAdapter} seam. Wrapped, not passed as is: daily-js's generic `on()` does not
 * type-check against the seam's, and a Prebuilt frame must not look like a call whose media the element renders.
 */
export class DailyCallAdapter implements CallAdapter {
  protected readonly call: DailyCall;

  constructor(call: DailyCall) {
    this.call = call;
  }

  join(properties: Parameters<CallAdapter['join']>[0]): Promise<unknown> {
    return this.call.join(properties);
  }

  destroy(): Promise<void> {
    return this.call.destroy();
  }

  sendAppMessage(data: unknown, to = '*'): void {
    this.call.sendAppMessage(data, to);
  }

  on<K extends CallEventName>(event: K, handler: (event: CallEventMap[K]) => void): void {
    this.call.on(event, handler as never);
  }
}
