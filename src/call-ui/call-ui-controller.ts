import { nothing, render, type ReactiveController, type ReactiveElement } from 'lit';
import type { DailyParticipant, DailyTrackState } from '@daily-co/daily-js';
import type { MediaCallAdapter } from '../call-adapter.js';
import type { ConversationController } from '../controllers/conversation-controller.js';
import { enCall } from '../strings/en-call.js';
import type { Translate } from '../strings/localize.js';
import { Captions } from './captions.js';
import { callView, type CallLabel, type DevicePicker } from './call-view.js';

/** What the controller reads and sets on its element. */
export interface CallUiHost extends ReactiveElement {
  /** Captions are shown (the reflected `captions` attribute). */
  captions: boolean;
}

/** The Daily events after which what the call shows may have changed. */
const MEDIA_EVENTS = ['participant-joined', 'participant-updated', 'participant-left', 'track-started', 'track-stopped'] as const;

/** A track Daily says can be played: its persistent one (it survives Safari's unmute bug). */
const playable = (state: DailyTrackState | undefined) => (state?.state === 'playable' ? state.persistentTrack : undefined);

const canChooseSpeaker = () => 'setSinkId' in HTMLMediaElement.prototype;

/** Gives a media element its stream, only when it changed: setting the same one again restarts it. */
function feed(element: HTMLMediaElement | null, stream: MediaStream | undefined): void {
  if (element && element.srcObject !== (stream ?? null)) element.srcObject = stream ?? null;
}

/**
 * The element's own call UI, for a call whose media it renders (Daily's call
 * object): it renders into a container of its own inside the call's `[part=call]`
 * after each update of the element, and again on the call's own news (tracks,
 * participants, network), the captions and the visitor's buttons. Shown once
 * the call has joined (the progress view covers it until then).
 */
export class CallUiController implements ReactiveController {
  readonly #host: CallUiHost;
  readonly #conversation: ConversationController;
  readonly #translate: () => Translate;
  readonly #root = Object.assign(document.createElement('div'), { className: 'call-ui' });
  readonly #streams = new WeakMap<MediaStreamTrack, MediaStream>();
  readonly #captions = new Captions(() => {
    // Hidden captions still follow the words, but only shown ones render each of them.
    if (this.#host.captions) this.#render();
  });
  #call: MediaCallAdapter | undefined;
  /** The replica's video track shown, and whether it has started playing. */
  #replicaVideo: MediaStreamTrack | undefined;
  #playing = false;
  /** The replica's voice as last given to `play()`. */
  #played: MediaProvider | null = null;
  #soundBlocked = false;
  #networkBad = false;
  #userSpeaking = false;
  #menuOpen = false;
  #devices: MediaDeviceInfo[] = [];
  #speaker = '';

  constructor(host: CallUiHost, conversation: ConversationController, translate: () => Translate) {
    this.#host = host;
    this.#conversation = conversation;
    this.#translate = translate;
    host.addEventListener('tavus:utterance', (event) => this.#captions.add(event.detail));
    host.addEventListener('tavus:speaking-change', ({ detail }) => {
      if (detail.role !== 'user') return;
      this.#userSpeaking = detail.speaking;
      this.#render();
    });
    new MutationObserver(() => this.#render()).observe(host, { attributeFilter: ['captions'] });
    navigator.mediaDevices?.addEventListener('devicechange', () => {
      if (this.#menuOpen) this.#listDevices();
    });
    host.addController(this);
  }

  hostUpdated(): void {
    const conversation = this.#conversation;
    const call = conversation.state.name === 'connected' ? conversation.live?.media : undefined;
    if (call !== this.#call) this.#bind(call);
    this.#render();
  }

  /** Starts over for another call (or none). */
  #bind(call: MediaCallAdapter | undefined): void {
    this.#call = call;
    this.#replicaVideo = undefined;
    this.#played = null;
    this.#playing = this.#soundBlocked = this.#networkBad = this.#userSpeaking = this.#menuOpen = false;
    this.#captions.reset();
    if (!call) {
      // Lets go of the streams before the container goes.
      render(nothing, this.#root);
      this.#root.remove();
      return;
    }
    // The adapter has no off(): news from a call that is no longer this one is ignored.
    const current = () => this.#call === call;
    for (const event of MEDIA_EVENTS) call.on(event, () => current() && this.#render());
    call.on('network-quality-change', ({ networkState }) => {
      if (!current()) return;
      this.#networkBad = networkState === 'bad';
      this.#render();
    });
  }

  #render(): void {
    const call = this.#call;
    const mount = this.#host.renderRoot.querySelector('[part="call"]');
    if (!call || !mount) return;
    // A container of ours: the element's template never touches the call container's children.
    if (this.#root.parentNode !== mount) mount.append(this.#root);
    const participants = call.participants();
    const local = participants.local;
    // Any participant but the visitor is the replica.
    const replica = Object.values(participants).find((participant: DailyParticipant) => !participant.local);
    const video = playable(replica?.tracks.video);
    if (video !== this.#replicaVideo) {
      this.#replicaVideo = video;
      this.#playing = false;
    }
    const label = this.#label;
    const microphone = call.localAudio();
    const camera = call.localVideo();
    const shown = this.#host.captions;
    const selfVideo = camera ? playable(local?.tracks.video) : undefined;
    render(
      callView({
        label,
        replica: {
          playing: this.#playing,
          onPlaying: () => {
            this.#playing = true;
            this.#render();
          },
        },
        self: { video: Boolean(selfVideo), speaking: this.#userSpeaking },
        microphone,
        camera,
        captions: {
          shown,
          // Hidden, they stay empty: what is said meanwhile is not rendered with every other change.
          lines: shown ? this.#captions.lines.map(({ role, text }) => ({ who: label(role === 'user' ? 'you' : 'replica'), text })) : [],
        },
        networkBad: this.#networkBad,
        soundBlocked: this.#soundBlocked,
        devices: { open: this.#menuOpen, pickers: this.#pickers(call, local) },
        on: {
          microphone: () => this.#conversation.live?.setMedia({ microphone: !microphone }),
          camera: () => this.#conversation.live?.setMedia({ camera: !camera }),
          devices: () => this.#toggleMenu(!this.#menuOpen),
          captions: () => {
            this.#host.captions = !this.#host.captions;
          },
          leave: () => void this.#conversation.end('user'),
          sound: () => this.#tapForSound(),
          menuKeydown: (event) => {
            if (event.key !== 'Escape') return;
            // The menu closes, not the floating panel nor the call.
            event.stopPropagation();
            this.#toggleMenu(false);
            this.#part('devices-button')?.focus();
          },
        },
      }),
      this.#root,
    );
    const root = this.#root;
    feed(root.querySelector('.replica'), this.#stream(video));
    feed(root.querySelector('audio'), this.#stream(playable(replica?.tracks.audio)));
    feed(root.querySelector('.self video'), this.#stream(selfVideo));
    this.#playVoice();
  }

  /** The sentence in the element's language (a translation, the page's own), else this chunk's English. */
  readonly #label = (key: CallLabel): string => {
    const t = this.#translate();
    const full = `call.${key}` as const;
    return t.has(full) ? t(full) : enCall[full];
  };

  /** One stream per track, kept: a new one each render would restart the media. */
  #stream(track: MediaStreamTrack | undefined): MediaStream | undefined {
    if (!track) return undefined;
    let stream = this.#streams.get(track);
    if (!stream) this.#streams.set(track, (stream = new MediaStream([track])));
    return stream;
  }

  get #audio(): HTMLAudioElement | null {
    return this.#root.querySelector('audio');
  }

  #part(name: string): HTMLElement | null {
    return this.#root.querySelector<HTMLElement>(`[part="${name}"]`);
  }

  /** Plays the replica's voice once per stream; a browser that wants a tap first gets the sound button. */
  #playVoice(): void {
    const audio = this.#audio;
    const voice = audio?.srcObject ?? null;
    if (!audio || !voice || voice === this.#played) return;
    this.#played = voice;
    audio.play().then(
      () => this.#soundUnblocked(),
      () => {
        if (audio.srcObject !== voice) return;
        this.#soundBlocked = true;
        this.#render();
      },
    );
  }

  /**
   * The visitor's tap is what the browser waited for: the button goes at once (focus moves on to the controls)
   * and comes back only if the voice still can't play.
   */
  #tapForSound(): void {
    const audio = this.#audio;
    this.#soundBlocked = false;
    this.#render();
    this.#part('mic-button')?.focus();
    audio?.play().catch(() => {
      this.#soundBlocked = audio.srcObject === this.#played;
      this.#render();
    });
  }

  #soundUnblocked(): void {
    if (!this.#soundBlocked) return;
    this.#soundBlocked = false;
    this.#render();
  }

  #toggleMenu(open: boolean): void {
    this.#menuOpen = open;
    if (open) this.#listDevices();
    this.#render();
  }

  #listDevices(): void {
    navigator.mediaDevices?.enumerateDevices().then(
      (devices) => {
        this.#devices = devices;
        this.#render();
      },
      () => undefined,
    );
  }

  /** The microphone, camera and (where the browser can choose one) speaker pickers. */
  #pickers(call: MediaCallAdapter, local: DailyParticipant | undefined): DevicePicker[] {
    const label = this.#label;
    const inUse = (kind: 'audio' | 'video') => local?.tracks[kind].persistentTrack?.getSettings().deviceId ?? '';
    const picker = (kind: MediaDeviceKind, name: CallLabel, selected: string, onPick: (id: string) => unknown): DevicePicker => ({
      label: label(name),
      options: this.#devices
        .filter((device) => device.kind === kind)
        .map((device, index) => ({
          id: device.deviceId,
          label: device.label || `${label(name)} ${index + 1}`,
          selected: device.deviceId === selected,
        })),
      onPick: (id) => void Promise.resolve(onPick(id)).catch(() => undefined),
    });
    return [
      picker('audioinput', 'microphone', inUse('audio'), (id) => call.setInputDevicesAsync({ audioDeviceId: id })),
      picker('videoinput', 'camera', inUse('video'), (id) => call.setInputDevicesAsync({ videoDeviceId: id })),
      ...(canChooseSpeaker()
        ? [
            picker('audiooutput', 'speaker', this.#speaker, (id) => {
              this.#speaker = id;
              // Daily's call object plays nothing itself: the voice's own element must move too.
              return Promise.all([call.setOutputDeviceAsync({ outputDeviceId: id }), this.#audio?.setSinkId(id)]);
            }),
          ]
        : []),
    ];
  }
}
