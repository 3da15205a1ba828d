import type { DailyCall, DailyEventObject } from '@daily-co/daily-js';

/** The Daily events the session and the call UI listen to, with daily-js's own payload types. */
export interface CallEventMap {
  'joined-meeting': DailyEventObject<'joined-meeting'>;
  'left-meeting': DailyEventObject<'left-meeting'>;
  error: DailyEventObject<'error'>;
  'camera-error': DailyEventObject<'camera-error'>;
  'app-message': DailyEventObject<'app-message'>;
  'participant-joined': DailyEventObject<'participant-joined'>;
  'participant-updated': DailyEventObject<'participant-updated'>;
  'participant-left': DailyEventObject<'participant-left'>;
  'track-started': DailyEventObject<'track-started'>;
  'track-stopped': DailyEventObject<'track-stopped'>;
  'network-quality-change': DailyEventObject<'network-quality-change'>;
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
 * A call whose media the element renders itself (Daily's call object): the
 * participants' tracks, and the visitor's own microphone, camera and devices.
 */
export interface MediaCallAdapter extends CallAdapter {
  participants(): ReturnType<DailyCall['participants']>;
  setLocalAudio(enabled: boolean): void;
  setLocalVideo(enabled: boolean): void;
  localAudio(): boolean;
  localVideo(): boolean;
  setInputDevicesAsync: DailyCall['setInputDevicesAsync'];
  setOutputDeviceAsync: DailyCall['setOutputDeviceAsync'];
}

/** The call renders its media through the element (call object), rather than in a UI of its own (Prebuilt). */
export function rendersMedia(call: CallAdapter | undefined): call is MediaCallAdapter {
  return typeof (call as Partial<MediaCallAdapter> | undefined)?.participants === 'function';
}

/**
 * What the visitor chose before joining (the pre-join check): the devices, and whether the microphone and the
 * camera start on. Absent when there was no pre-join: the call picks the defaults, both on.
 */
export interface CallMedia {
  audioDeviceId?: string;
  videoDeviceId?: string;
  outputDeviceId?: string;
  audio: boolean;
  video: boolean;
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
  create(mount: HTMLElement, media?: CallMedia): CallAdapter | Promise<CallAdapter>;
}
