import type { DailyCall, DailyEventObject } from '@daily-co/daily-js';

/** The Daily events the session listens to, with daily-js's own payload types. */
export interface CallEventMap {
  'joined-meeting': DailyEventObject<'joined-meeting'>;
  'left-meeting': DailyEventObject<'left-meeting'>;
  error: DailyEventObject<'error'>;
  'camera-error': DailyEventObject<'camera-error'>;
  'app-message': DailyEventObject<'app-message'>;
}

export type CallEventName = keyof CallEventMap;

/**
 * The slice of a Daily call the element uses. The methods carry daily-js's
 * own `DailyCall` signatures, so the real call fits as is and fakes must
 * honour the same contract.
 */
export interface CallAdapter {
  join(properties: Pick<NonNullable<Parameters<DailyCall['join']>[0]>, 'url' | 'token'>): Promise<unknown>;
  destroy: DailyCall['destroy'];
  sendAppMessage(data: unknown, to?: string): void;
  on<K extends CallEventName>(event: K, handler: (event: CallEventMap[K]) => void): void;
}

/**
 * Makes the call for one conversation. `preload` starts any download early
 * (it runs while the start request is in flight); `create` builds the call
 * inside `mount`, which lives in the element's shadow root.
 */
export interface CallFactory {
  /** Only one of this factory's calls can run per page (Daily refuses a second frame). */
  readonly exclusive?: boolean;
  preload?(): void;
  create(mount: HTMLElement): CallAdapter | Promise<CallAdapter>;
}
