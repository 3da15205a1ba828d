import type DailyIframe from '@daily-co/daily-js';
import type { CallMedia, MediaCallAdapter } from '../call-adapter.js';
import { DailyCallAdapter } from '../daily-adapter.js';
// Fetched with daily-js: the in-call view is here by the time the call joins.
import './call-ui.js';

class DailyMediaAdapter extends DailyCallAdapter implements MediaCallAdapter {
  participants() {
    return this.call.participants();
  }

  setLocalAudio(enabled: boolean): void {
    this.call.setLocalAudio(enabled);
  }

  setLocalVideo(enabled: boolean): void {
    this.call.setLocalVideo(enabled);
  }

  localAudio(): boolean {
    return this.call.localAudio();
  }

  localVideo(): boolean {
    return this.call.localVideo();
  }

  setInputDevicesAsync: MediaCallAdapter['setInputDevicesAsync'] = (devices) => this.call.setInputDevicesAsync(devices);

  setOutputDeviceAsync: MediaCallAdapter['setOutputDeviceAsync'] = (device) => this.call.setOutputDeviceAsync(device);
}

/** Daily's call object, started with the visitor's pre-join choice (the defaults, both on, without one). */
export function createDailyCallObject(Daily: typeof DailyIframe, _mount: HTMLElement, media?: CallMedia): MediaCallAdapter {
  const call = Daily.createCallObject({
    ...(media?.audioDeviceId ? { audioSource: media.audioDeviceId } : {}),
    ...(media?.videoDeviceId ? { videoSource: media.videoDeviceId } : {}),
    startAudioOff: media ? !media.audio : false,
    startVideoOff: media ? !media.video : false,
    // Daily's call machine as a script from its CDN, not fetched and run with eval(): no 'unsafe-eval' in a page's CSP.
    dailyConfig: { avoidEval: true },
  });
  const outputDeviceId = media?.outputDeviceId;
  // A speaker that can't be chosen (no setSinkId) leaves the default one playing: nothing to tell the visitor.
  if (outputDeviceId) call.setOutputDeviceAsync({ outputDeviceId }).catch(() => undefined);
  return new DailyMediaAdapter(call);
}
