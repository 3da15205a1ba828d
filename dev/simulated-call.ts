import type { DailyDeviceInfos, DailyParticipant, DailyParticipantsObject, DailyTrackState } from '@daily-co/daily-js';
import type { CallAdapter, CallEventMap, CallEventName, CallFactory, CallMedia, MediaCallAdapter } from '../src/call-adapter.js';
import { drawReplica, drawVisitor, stillTracks, type SimulatedTracks } from './simulated-media.js';
import { SimulatedReplica, type SimulatedReplicaBehaviour } from './simulated-replica.js';

export interface SimulatedCallOptions {
  /** Emit `joined-meeting` this long after `join()`; `false` never joins on its own. */
  joinAfterMs?: number | false;
  /** `join()` rejects with this message, as daily-js does when a room can't be joined. */
  joinError?: string;
  /** `destroy()` never settles, as Daily's can while its frame is still loading. */
  destroyHangs?: boolean;
  /** One call per page, as with Daily. */
  exclusive?: boolean;
  /** When set, a scripted replica answers the page's protocol messages, taking this many ms per step. */
  replicaStepMs?: number;
  /** How that replica behaves beyond answering the page: a script once the call has joined, and who talks along. */
  replica?: SimulatedReplicaBehaviour;
  /**
   * `true` (the default): a call whose media the element renders (Daily's call object), with a replica in it.
   * `false`: a call with a UI of its own (Daily Prebuilt), a labelled panel with a Leave button.
   */
  media?: boolean;
  /** The replica's video and voice; a still picture and silence when not given. The call stops them when it ends. */
  replicaMedia?: () => SimulatedTracks;
  /**
   * The visitor's camera and microphone, for the media the pre-join check chose: a still picture and silence until
   * they arrive, and when not given or undefined (no prompt, no real camera).
   */
  localMedia?: (media: CallMedia | undefined) => Promise<SimulatedTracks | undefined>;
}

type Handler = (event: never) => void;
type Kind = 'audio' | 'video';

/**
 * A stand-in for a Daily call, clearly labelled as such: no real Daily room
 * exists offline. The demo shows it; the tests drive it through `emit()`.
 */
export class SimulatedCall implements CallAdapter {
  readonly mount: HTMLElement;
  /** Every app-message the page sent, and to whom. */
  readonly sent: { data: unknown; to: string | undefined }[] = [];
  joinedWith: Parameters<CallAdapter['join']>[0] | undefined;
  destroyed = false;
  protected readonly options: SimulatedCallOptions;
  readonly #handlers = new Map<CallEventName, Set<Handler>>();
  readonly #panel: HTMLElement | undefined;
  #replica: SimulatedReplica | undefined;

  constructor(mount: HTMLElement, options: SimulatedCallOptions = {}) {
    this.mount = mount;
    this.options = options;
    this.#panel = this.renderPanel();
    if (this.#panel) mount.append(this.#panel);
  }

  join(properties: Parameters<CallAdapter['join']>[0]): Promise<unknown> {
    this.joinedWith = properties;
    if (this.options.joinError) return Promise.reject(new Error(this.options.joinError));
    const { replicaStepMs } = this.options;
    if (replicaStepMs !== undefined) {
      this.#replica = new SimulatedReplica((data) => this.emit('app-message', { data, fromId: 'replica' }), {
        // The mock's rooms are named after their conversation, as Tavus's are.
        conversationId: properties.url?.split('/').pop() ?? '',
        stepMs: replicaStepMs,
        ...this.options.replica,
      });
    }
    const { joinAfterMs = 50 } = this.options;
    if (joinAfterMs !== false) setTimeout(() => this.joined(), joinAfterMs);
    return Promise.resolve();
  }

  destroy(): Promise<void> {
    this.destroyed = true;
    this.#replica?.stop();
    if (this.options.destroyHangs) return new Promise(() => undefined);
    this.#panel?.remove();
    return Promise.resolve();
  }

  sendAppMessage(data: unknown, to?: string): void {
    this.sent.push({ data, to });
    this.#replica?.hear(data);
  }

  on<K extends CallEventName>(event: K, handler: (event: CallEventMap[K]) => void): void {
    const handlers = this.#handlers.get(event) ?? new Set();
    handlers.add(handler as Handler);
    this.#handlers.set(event, handlers);
  }

  /** Plays a Daily event; only the fields a test cares about need be given. */
  emit<K extends CallEventName>(event: K, payload: Partial<CallEventMap[K]>): void {
    const full = { action: event, ...payload } as CallEventMap[K];
    for (const handler of this.#handlers.get(event) ?? []) (handler as (event: CallEventMap[K]) => void)(full);
  }

  /** The room is joined. */
  protected joined(): void {
    if (this.destroyed) return;
    this.emit('joined-meeting', {});
    this.#replica?.joined();
  }

  protected renderPanel(): HTMLElement | undefined {
    const panel = document.createElement('div');
    panel.setAttribute('data-simulated-call', '');
    panel.style.cssText =
      'position:absolute;inset:0;display:grid;place-content:safe center;overflow:auto;gap:12px;text-align:center;background:#20202a;color:#fff;font:inherit;padding:16px';
    const label = document.createElement('p');
    label.textContent = 'Simulated call: no real Daily room is used with the mock API.';
    const leave = document.createElement('button');
    leave.type = 'button';
    leave.textContent = 'Leave';
    leave.addEventListener('click', () => this.emit('left-meeting', {}));
    panel.append(label, leave);
    return panel;
  }
}

/**
 * A simulated call object: the element renders its media. The visitor (`local`) and a replica join; the replica's
 * tracks come from a canvas and an oscillator (or `replicaMedia`). The microphone, camera and device calls are
 * recorded and change the participants as Daily's do.
 */
export class SimulatedMediaCall extends SimulatedCall implements MediaCallAdapter {
  /** What the visitor chose before joining, as `create()` was given it. */
  readonly media: CallMedia | undefined;
  /** Every device change asked for, in order. */
  readonly deviceChanges: unknown[] = [];
  readonly #participants: Record<string, DailyParticipant> = {};
  readonly #stops: (() => void)[] = [];

  constructor(mount: HTMLElement, options: SimulatedCallOptions = {}, media?: CallMedia) {
    super(mount, options);
    this.media = media;
    this.#participants['local'] = participant('local', true);
  }

  participants(): DailyParticipantsObject {
    return { ...this.#participants } as DailyParticipantsObject;
  }

  setLocalAudio(enabled: boolean): void {
    this.#setLocal('audio', enabled);
  }

  setLocalVideo(enabled: boolean): void {
    this.#setLocal('video', enabled);
  }

  localAudio(): boolean {
    return this.#participants['local']!.tracks.audio.state !== 'off';
  }

  localVideo(): boolean {
    return this.#participants['local']!.tracks.video.state !== 'off';
  }

  setInputDevicesAsync: MediaCallAdapter['setInputDevicesAsync'] = async (devices) => {
    this.deviceChanges.push(devices);
    return NO_DEVICES;
  };

  setOutputDeviceAsync: MediaCallAdapter['setOutputDeviceAsync'] = async (device) => {
    this.deviceChanges.push(device);
    return NO_DEVICES;
  };

  /** The replica leaves the room, as Tavus's does when the conversation is over. */
  replicaLeaves(): void {
    const replica = this.#participants['replica'];
    if (!replica) return;
    delete this.#participants['replica'];
    this.emit('participant-left', { participant: replica });
  }

  override destroy(): Promise<void> {
    for (const stop of this.#stops.splice(0)) stop();
    return super.destroy();
  }

  protected override renderPanel(): undefined {
    return undefined;
  }

  protected override joined(): void {
    super.joined();
    if (this.destroyed) return;
    const local = this.#participants['local']!;
    const { localMedia, replicaMedia } = this.options;
    const on = { audio: this.media?.audio ?? true, video: this.media?.video ?? true };
    this.#attach(local, this.#still(drawVisitor, [320, 240]), on);
    void localMedia?.(this.media).then((own) => {
      if (!own) return;
      const stop = () => {
        own.video.stop();
        own.audio.stop();
      };
      if (this.destroyed) return stop();
      this.#stops.push(stop);
      // The visitor's own, in place of the still, as the toggles have it by now.
      this.#attach(local, own, { audio: this.localAudio(), video: this.localVideo() });
    });
    const replica = participant('replica', false);
    this.#participants['replica'] = replica;
    this.emit('participant-joined', { participant: replica });
    const tracks = replicaMedia?.() ?? this.#still(drawReplica, [960, 540]);
    this.#stops.push(() => {
      tracks.video.stop();
      tracks.audio.stop();
    });
    this.#attach(replica, tracks, { audio: true, video: true });
  }

  #still(draw: Parameters<typeof stillTracks>[0], size: [number, number]): SimulatedTracks {
    const tracks = stillTracks(draw, size);
    this.#stops.push(tracks.stop);
    return tracks;
  }

  /** Gives `who` its tracks, on or off, as Daily reports them: `track-started` for each that plays. */
  #attach(who: DailyParticipant, tracks: SimulatedTracks, on: Record<Kind, boolean>): void {
    for (const kind of ['video', 'audio'] as const) {
      const track = tracks[kind];
      track.enabled = on[kind];
      who.tracks[kind] = trackState(track, on[kind]);
      if (on[kind]) this.emit('track-started', { participant: who, track, type: kind });
    }
    this.emit('participant-updated', { participant: who });
  }

  #setLocal(kind: Kind, enabled: boolean): void {
    const local = this.#participants['local']!;
    const track = local.tracks[kind].persistentTrack;
    if (track) track.enabled = enabled;
    local.tracks[kind] = track ? trackState(track, enabled) : { subscribed: true, state: enabled ? 'loading' : 'off' };
    this.emit('participant-updated', { participant: local });
  }
}

const NO_DEVICES: DailyDeviceInfos = { camera: {}, mic: {}, speaker: {} };

function trackState(track: MediaStreamTrack, on: boolean): DailyTrackState {
  return on
    ? { subscribed: true, state: 'playable', track, persistentTrack: track }
    : { subscribed: true, state: 'off', off: { byUser: true }, persistentTrack: track };
}

function participant(id: string, local: boolean): DailyParticipant {
  const loading: DailyTrackState = { subscribed: true, state: 'loading' };
  return {
    session_id: id,
    user_id: local ? 'visitor' : 'tavus-replica',
    user_name: local ? 'You' : 'Replica',
    local,
    tracks: { audio: loading, video: { ...loading }, screenAudio: { ...loading }, screenVideo: { ...loading } },
  } as DailyParticipant;
}

/** A call factory that hands out {@link SimulatedCall}s (call objects unless `media: false`) and remembers them. */
export class SimulatedCallFactory implements CallFactory {
  readonly calls: SimulatedCall[] = [];
  readonly exclusive: boolean;
  preloads = 0;
  readonly #options: SimulatedCallOptions;

  constructor(options: SimulatedCallOptions = {}) {
    this.#options = options;
    this.exclusive = options.exclusive ?? false;
  }

  get last(): SimulatedMediaCall | undefined {
    return this.calls.at(-1) as SimulatedMediaCall | undefined;
  }

  preload(): void {
    this.preloads += 1;
  }

  /** The visitor's media choice each `create` was given (`undefined` without a pre-join check). */
  readonly media: (CallMedia | undefined)[] = [];

  create(mount: HTMLElement, media?: CallMedia): SimulatedCall {
    this.media.push(media);
    const options = this.#options;
    const call = options.media === false ? new SimulatedCall(mount, options) : new SimulatedMediaCall(mount, options, media);
    this.calls.push(call);
    return call;
  }
}
