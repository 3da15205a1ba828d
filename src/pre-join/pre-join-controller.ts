import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import type { CallMedia } from '../call-adapter.js';
import { TavusError } from '../errors.js';
import { emit, type TavusMediaChangeDetail } from '../events.js';
import { mediaError } from '../media-errors.js';
import type { SessionState } from '../session/session-state.js';
import { errorKey, type StringKey, type Translate } from '../strings/localize.js';
import type { FocusController } from '../controllers/focus-controller.js';
import { MicMeter } from './mic-meter.js';
import { defineStartProperties, type StartPropertiesHost } from './start-properties.js';
import { bothGranted, PermissionWatch } from './permission-watch.js';
import { detectPlatform } from './platform.js';
import { preJoinView, type DeviceKind, type Picker, type RecoveryModel } from './pre-join-view.js';

/** What the check needs of the element's conversation. */
export interface PreJoinConversation {
  readonly state: SessionState;
  join(media: CallMedia): void;
  end(): Promise<void>;
  /** Fires `tavus:error` (with the site owner's hint) without leaving the check. */
  report(error: TavusError): void;
}

/** Where the check stands: asking the browser (`explain`: a prompt is coming), showing the preview, or a problem. */
type Phase =
  | { name: 'asking'; explain: boolean }
  | { name: 'preview' }
  | { name: 'problem'; error: TavusError; withoutCamera: boolean };

interface PolicyDocument {
  permissionsPolicy?: { allowsFeature(feature: string): boolean };
  featurePolicy?: { allowsFeature(feature: string): boolean };
}

/** The page (an iframe without `allow`, or a Permissions-Policy) forbids this device to everything in it. */
function policyForbids(feature: 'camera' | 'microphone'): boolean {
  const { permissionsPolicy, featurePolicy } = document as PolicyDocument;
  const policy = permissionsPolicy ?? featurePolicy;
  return policy ? !policy.allowsFeature(feature) : false;
}

const PICKERS: readonly { kind: DeviceKind; label: StringKey }[] = [
  { kind: 'videoinput', label: 'prejoin.camera' },
  { kind: 'audioinput', label: 'prejoin.microphone' },
  { kind: 'audiooutput', label: 'prejoin.speaker' },
];

/** Codes whose fix is somewhere the visitor can reach, so asking again may work. */
const RETRYABLE = new Set(['permission-denied', 'permission-blocked', 'device-not-found', 'device-in-use', 'media-blocked']);

/**
 * The pre-join check, while the session is in `pre-join`: asks for the camera and microphone (after a line saying
 * why), previews them, lists the devices, and hands the visitor's choice to the conversation on Join. A refusal
 * or a failure shows how to recover, and the browser's own permission UI recovers it too. Every track is stopped
 * whenever the check is left, whichever way.
 */
export class PreJoinController implements ReactiveController {
  #shown = false;
  #phase: Phase = { name: 'asking', explain: false };
  #stream: MediaStream | undefined;
  #meter: MicMeter | undefined;
  #devices: MediaDeviceInfo[] = [];
  #media: CallMedia = { audio: true, video: true };
  /** Counts acquisitions: the answer to a superseded one is stopped and dropped. */
  #attempt = 0;
  readonly #host: ReactiveElement;
  readonly #conversation: PreJoinConversation;
  readonly #focus: Pick<FocusController, 'stateChanged'>;
  readonly #watch = new PermissionWatch(() => this.#permissionChanged());
  readonly #onDeviceChange = () => void this.#listDevices();

  /** @param focus told when the view changes under the visitor's focus, to move it to the new view's control */
  constructor(host: StartPropertiesHost, conversation: PreJoinConversation, focus: Pick<FocusController, 'stateChanged'>) {
    this.#host = host;
    this.#conversation = conversation;
    this.#focus = focus;
    defineStartProperties(host);
    host.addController(this);
  }

  hostUpdated(): void {
    const shown = this.#conversation.state.name === 'pre-join';
    if (shown === this.#shown) return;
    if (shown) this.#open();
    else this.#close();
  }

  hostDisconnected(): void {
    if (this.#shown) this.#close();
  }

  view(t: Translate): TemplateResult {
    const phase = this.#phase;
    const media = this.#media;
    const stream = this.#stream;
    const video = media.video && stream?.getVideoTracks().length ? stream : undefined;
    return preJoinView({
      title: t('prejoin.title'),
      stream: video,
      previewLabel: t('prejoin.preview'),
      note: t(phase.name === 'asking' && phase.explain ? 'prejoin.why' : 'prejoin.camera-off'),
      meterLabel: t('prejoin.mic-level'),
      toggles: [
        { kind: 'audio', label: t('prejoin.microphone'), on: media.audio },
        { kind: 'video', label: t('prejoin.camera'), on: media.video },
      ],
      pickers: this.#pickers(t),
      join: t('prejoin.join'),
      cancel: t('cancel'),
      recovery: phase.name === 'problem' ? this.#recovery(t, phase.error, phase.withoutCamera) : undefined,
      onToggle: (kind) => this.#choose({ [kind]: !media[kind] }),
      onPick: (kind, id) => this.#pick(kind, id),
      onJoin: () => this.#join(),
      onRetry: () => void this.#acquire(),
      onWithoutCamera: () => this.#withoutCamera(),
      onCancel: () => void this.#conversation.end(),
    });
  }

  #open(): void {
    this.#shown = true;
    this.#phase = { name: 'asking', explain: false };
    navigator.mediaDevices?.addEventListener('devicechange', this.#onDeviceChange);
    void this.#acquire(true);
  }

  #close(): void {
    this.#shown = false;
    this.#attempt += 1;
    navigator.mediaDevices?.removeEventListener('devicechange', this.#onDeviceChange);
    this.#watch.stop();
    this.#release();
  }

  #release(): void {
    this.#meter?.stop();
    this.#meter = undefined;
    stopTracks(this.#stream);
    this.#stream = undefined;
  }

  /**
   * Asks for what the visitor wants on, with the devices they picked. The first time, unless the browser already
   * allows both, the line saying why is on screen before the browser's prompt.
   */
  async #acquire(first = false): Promise<void> {
    const attempt = ++this.#attempt;
    this.#release();
    if (first && !(await bothGranted())) {
      this.#show({ name: 'asking', explain: true });
      await this.#host.updateComplete;
      await new Promise(requestAnimationFrame);
    }
    if (attempt !== this.#attempt) return;
    const { audio, video } = this.#media;
    let error = this.#forbidden(audio, video);
    let stream: MediaStream | undefined;
    if (!error && (audio || video)) {
      stream = await navigator.mediaDevices.getUserMedia(this.#constraints(audio, video)).catch((reason: unknown) => {
        error = mediaError(reason);
        return undefined;
      });
    }
    // When both failed together, the microphone alone may work: then the visitor may go on without the camera.
    const withoutCamera = !!error && audio && video && !policyForbids('microphone') && !!navigator.mediaDevices;
    if (withoutCamera) stream = await navigator.mediaDevices.getUserMedia(this.#constraints(true, false)).catch(() => undefined);
    if (attempt !== this.#attempt) {
      stopTracks(stream);
      return;
    }
    this.#stream = stream;
    this.#remember(stream);
    if (error) {
      this.#show({ name: 'problem', error, withoutCamera: withoutCamera && !!stream });
      this.#conversation.report(error);
    } else {
      this.#preview();
    }
    void this.#listDevices();
  }

  /** What stops the browser from even asking: no `mediaDevices` (an insecure page), or the page's policy. */
  #forbidden(audio: boolean, video: boolean): TavusError | undefined {
    if (!navigator.mediaDevices?.getUserMedia) {
      return new TavusError('permission-blocked', { reason: window.isSecureContext ? '' : 'insecure' });
    }
    if ((video && policyForbids('camera')) || (audio && policyForbids('microphone'))) return new TavusError('iframe-not-allowed');
    return undefined;
  }

  #constraints(audio: boolean, video: boolean): MediaStreamConstraints {
    const { audioDeviceId, videoDeviceId } = this.#media;
    const device = (id: string | undefined) => (id ? { deviceId: { exact: id } } : true);
    return { audio: audio && device(audioDeviceId), video: video && device(videoDeviceId) };
  }

  /** The devices the browser chose are the ones the visitor saw and heard: the call gets the same. */
  #remember(stream: MediaStream | undefined): void {
    const [audio] = stream?.getAudioTracks() ?? [];
    const [video] = stream?.getVideoTracks() ?? [];
    if (audio) this.#media.audioDeviceId = audio.getSettings().deviceId;
    if (video) this.#media.videoDeviceId = video.getSettings().deviceId;
  }

  #preview(): void {
    this.#show({ name: 'preview' });
    const [track] = this.#stream?.getAudioTracks() ?? [];
    if (track) this.#meter = new MicMeter(track, (level) => this.#drawLevel(level));
  }

  #drawLevel(level: number): void {
    const meter = this.#host.renderRoot.querySelector<HTMLElement>('[part~="mic-level"]');
    meter?.style.setProperty('--level', level.toFixed(3));
    meter?.setAttribute('aria-valuenow', String(Math.round(level * 100)));
  }

  #show(phase: Phase): void {
    if (phase.name !== this.#phase.name) this.#focus.stateChanged(true);
    this.#phase = phase;
    if (phase.name === 'problem') this.#watch.start();
    else this.#watch.stop();
    this.#host.requestUpdate();
  }

  /** The page's `setMicrophoneEnabled()` / `setCameraEnabled()`: as if the visitor had pressed the toggle. */
  setMedia({ microphone: audio = this.#media.audio, camera: video = this.#media.video }: Partial<TavusMediaChangeDetail>): void {
    if (audio !== this.#media.audio || video !== this.#media.video) this.#choose({ audio, video });
  }

  #choose(change: Partial<CallMedia>): void {
    this.#update(change);
    this.#host.requestUpdate();
    void this.#acquire();
  }

  /** Takes the visitor's (or the page's) choice, telling the page when the microphone or the camera went on or off. */
  #update(change: Partial<CallMedia>): void {
    const before = this.#media;
    const media = (this.#media = { ...before, ...change });
    if (media.audio !== before.audio || media.video !== before.video) {
      emit(this.#host, 'tavus:media-change', { microphone: media.audio, camera: media.video });
    }
  }

  #pick(kind: DeviceKind, id: string): void {
    if (kind === 'audiooutput') this.#media.outputDeviceId = id;
    else this.#choose(kind === 'audioinput' ? { audioDeviceId: id } : { videoDeviceId: id });
  }

  #withoutCamera(): void {
    this.#update({ video: false });
    this.#preview();
  }

  #join(): void {
    const media = { ...this.#media };
    // The call takes the devices next: the preview lets go of them first.
    this.#close();
    this.#conversation.join(media);
  }

  /** Access changed in the browser's own UI while a problem is shown: it may be solved. */
  #permissionChanged(): void {
    if (this.#phase.name === 'problem') void this.#acquire();
  }

  async #listDevices(): Promise<void> {
    const devices = (await navigator.mediaDevices?.enumerateDevices().catch(() => undefined)) ?? [];
    if (!this.#shown) return;
    // Before access is granted, browsers list one nameless device per kind: nothing to choose from yet.
    this.#devices = devices.filter((device) => device.deviceId);
    const phase = this.#phase;
    // A camera or microphone plugged in may be the one that was missing.
    if (phase.name === 'problem' && phase.error.code === 'device-not-found' && this.#devices.length) void this.#acquire();
    this.#host.requestUpdate();
  }

  #pickers(t: Translate): Picker[] {
    // Choosing a speaker needs `setSinkId`, which not every browser has.
    const speakers = 'setSinkId' in HTMLMediaElement.prototype;
    const chosen = { videoinput: this.#media.videoDeviceId, audioinput: this.#media.audioDeviceId, audiooutput: this.#media.outputDeviceId };
    return PICKERS.filter(({ kind }) => kind !== 'audiooutput' || speakers)
      .map(({ kind, label }) => ({
        kind,
        label: t(label),
        options: this.#devices
          .filter((device) => device.kind === kind)
          .map((device, index) => ({
            id: device.deviceId,
            label: device.label || t('prejoin.device', { kind: t(label), number: index + 1 }),
          })),
        selected: chosen[kind],
      }))
      .filter((picker) => picker.options.length > 0);
  }

  #recovery(t: Translate, error: TavusError, withoutCamera: boolean): RecoveryModel {
    const { code, reason } = error;
    const { browser, system } = detectPlatform();
    const steps =
      code === 'permission-denied' ? t(`allow.${browser}`) : code === 'permission-blocked' && !reason ? t(`system.${system}`) : undefined;
    return {
      title: t(`recovery.${code}` as StringKey),
      message: t(errorKey(error, t)),
      steps,
      retry: RETRYABLE.has(code) && !reason ? t('retry.now') : undefined,
      withoutCamera: withoutCamera ? t('prejoin.without-camera') : undefined,
    };
  }
}

function stopTracks(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
