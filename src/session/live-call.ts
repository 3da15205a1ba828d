import { rendersMedia, type CallAdapter, type CallFactory, type CallMedia, type MediaCallAdapter } from '../call-adapter.js';
import type { ConversationApi } from '../conversation-api.js';
import type { Conversation } from '../deployment-api.js';
import { asTavusError } from '../as-tavus-error.js';
import { TavusError } from '../errors.js';
import type { TavusMediaChangeDetail } from '../events.js';
import { cameraError } from '../media-errors.js';
import { eventType } from '../protocol/decode.js';
import { encodeInteraction, type InteractionName, type Interactions } from '../protocol/encode.js';
import { notConnected } from '../protocol/not-connected.js';
import { ProtocolReader, type ProtocolEvent } from '../protocol/reader.js';
import { withTimeout } from './timeout.js';

/** What a live call tells the session. */
export interface LiveCallListener {
  joined(): void;
  /** The call is over: the visitor left, Daily failed, or Tavus shut the conversation down. */
  over(reason: 'left' | 'shutdown' | 'error', error?: TavusError): void;
  /** The camera or microphone failed in the call (Daily's `camera-error`): the call goes on. */
  mediaFailed(error: TavusError): void;
  /** What an app-message from the conversation means to the page. */
  protocol(event: ProtocolEvent): void;
  /** The visitor's microphone or camera went on or off, whoever asked. */
  mediaChanged(media: TavusMediaChangeDetail): void;
}

/**
 * Destroys calls without ever waiting long: `destroy()` can hang while Daily's
 * frame loads. Counts the ones still going, since the page's call is not free
 * until the last one is gone.
 */
export class CallTeardown {
  #pending = 0;
  readonly #timeoutMs: number;
  readonly #released: () => void;

  constructor(timeoutMs: number, released: () => void) {
    this.#timeoutMs = timeoutMs;
    this.#released = released;
  }

  get pending(): number {
    return this.#pending;
  }

  destroy(call: CallAdapter): Promise<void> {
    let destroying: Promise<void>;
    try {
      // Called now, not later: the call must be on its way out before anyone hears the conversation ended.
      destroying = call.destroy();
    } catch {
      destroying = Promise.resolve();
    }
    this.#pending += 1;
    return withTimeout(destroying, this.#timeoutMs)
      .catch(() => undefined)
      .then(() => {
        this.#pending -= 1;
        this.#released();
      });
  }
}

/** One created conversation and its call, from join to teardown. */
export class LiveCall {
  readonly api: ConversationApi;
  readonly conversation: Conversation;
  #call: CallAdapter | undefined;
  #joined = false;
  #closed = false;
  #watchdog: ReturnType<typeof setTimeout> | undefined;
  /** The microphone and camera as last reported, from the join on. */
  #media: TavusMediaChangeDetail | undefined;
  readonly #reader = new ProtocolReader((...result) => this.send('sendToolResult', ...result));
  readonly #listener: LiveCallListener;
  readonly #teardown: CallTeardown;

  constructor(api: ConversationApi, conversation: Conversation, listener: LiveCallListener, teardown: CallTeardown) {
    this.api = api;
    this.conversation = conversation;
    this.#listener = listener;
    this.#teardown = teardown;
  }

  get conversationId(): string {
    return this.conversation.conversationId;
  }

  /**
   * Makes the call in `mount` and joins it; a failure is reported as the call being over. A call that has not
   * joined `joinTimeoutMs` after the conversation exists is over too: blocked Daily hosts otherwise leave the
   * visitor before a blank box for over a minute while the conversation bills.
   */
  async open(
    factory: CallFactory,
    mount: () => HTMLElement | Promise<HTMLElement>,
    joinTimeoutMs: number,
    media?: CallMedia,
  ): Promise<void> {
    this.#watchdog = setTimeout(() => {
      if (!this.#closed) this.#listener.over('error', new TavusError('join-timeout'));
    }, joinTimeoutMs);
    try {
      const call = await factory.create(await mount(), media);
      if (this.#closed) {
        void this.#teardown.destroy(call);
        return;
      }
      this.#call = call;
      this.#listen(call);
      const { conversationUrl: url, meetingToken: token } = this.conversation;
      // daily-js rejects `token: undefined`: the key must be absent when the room is open.
      await call.join(token ? { url, token } : { url });
    } catch (error) {
      if (!this.#closed) this.#listener.over('error', asTavusError(error, 'call-failed'));
    }
  }

  /** The call, when the element renders its media (Daily's call object), until it is let go of. */
  get media(): MediaCallAdapter | undefined {
    const call = this.#call;
    return !this.#closed && rendersMedia(call) ? call : undefined;
  }

  /**
   * Turns the visitor's microphone or camera on or off. Throws `InvalidStateError` unless joined, and
   * `NotSupportedError` in a call whose own UI has those controls (Daily Prebuilt).
   */
  setMedia({ microphone, camera }: Partial<TavusMediaChangeDetail>): void {
    if (!this.#joined || this.#closed) throw notConnected();
    const call = this.media;
    if (!call) throw new DOMException('Daily Prebuilt has its own microphone and camera buttons.', 'NotSupportedError');
    if (microphone !== undefined) call.setLocalAudio(microphone);
    if (camera !== undefined) call.setLocalVideo(camera);
    this.#reportMedia(call);
  }

  /**
   * Sends an Interactions Protocol message to everyone in the call. Throws
   * `InvalidStateError` unless joined, and what the encoder throws for bad
   * arguments; either way nothing is sent.
   */
  send<K extends InteractionName>(name: K, ...args: Parameters<Interactions[K]>): void {
    const call = this.#call;
    if (!call || !this.#joined || this.#closed) throw notConnected();
    for (const message of encodeInteraction(this.conversationId, name, args)) call.sendAppMessage(message, '*');
  }

  /** Lets go of the call; resolves once it is destroyed (or given up on). Events after this mean nothing. */
  close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#watchdog);
    return this.#call ? this.#teardown.destroy(this.#call) : Promise.resolve();
  }

  #listen(call: CallAdapter): void {
    // Events from a call we have already let go of (destroy() makes Daily say left-meeting) mean nothing.
    const on: CallAdapter['on'] = (event, handler) =>
      call.on(event, (payload) => {
        if (!this.#closed) handler(payload);
      });
    const listener = this.#listener;
    on('joined-meeting', () => {
      clearTimeout(this.#watchdog);
      this.#joined = true;
      if (rendersMedia(call)) this.#media = mediaOf(call);
      listener.joined();
    });
    on('left-meeting', () => listener.over('left'));
    // Any participant but the visitor is the replica: once it has gone, nobody is left to talk to.
    on('participant-left', ({ participant }) => {
      if (!participant.local) listener.over('left');
    });
    on('participant-updated', ({ participant }) => {
      if (participant.local && rendersMedia(call)) this.#reportMedia(call);
    });
    on('error', (event) => listener.over('error', new TavusError('call-failed', { detail: event.errorMsg })));
    on('camera-error', (event) => listener.mediaFailed(cameraError(event)));
    on('app-message', ({ data }) => {
      // A listener may end the conversation on any of them: what follows then means nothing.
      for (const event of this.#reader.read(data)) if (!this.#closed) listener.protocol(event);
      if (eventType(data) === 'system.shutdown') listener.over('shutdown');
    });
  }

  /** Tells of a change of the microphone or the camera once, however many ways it was heard of. */
  #reportMedia(call: MediaCallAdapter): void {
    const last = this.#media;
    const media = mediaOf(call);
    if (!last || (last.microphone === media.microphone && last.camera === media.camera)) return;
    this.#media = media;
    this.#listener.mediaChanged(media);
  }
}

const mediaOf = (call: MediaCallAdapter): TavusMediaChangeDetail => ({
  microphone: call.localAudio(),
  camera: call.localVideo(),
});
