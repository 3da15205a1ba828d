import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { SimulatedMediaCall } from '../dev/simulated-call.js';
import type { CallEventMap } from '../src/call-adapter.js';
import { enLater } from '../src/strings/en-later.js';
import type { TavusDeployment } from '../src/tavus-deployment.js';
import { click, mount, type Mounted } from './support/element.js';
import { onlyIn } from './support/engine.js';
import { settledLedger, until } from './support/mock-api.js';
import { speaking, streamed, userUtterance } from './support/protocol-fixtures.js';
import { withoutTransitions } from './support/transitions.js';

/** A conversation with the simulated call object, joined, its call UI shown. */
async function inCall(attributes: Record<string, string> = {}): Promise<Mounted & { call: SimulatedMediaCall }> {
  const m = await mount('open', attributes, { joinAfterMs: 10 });
  void m.el.startConversation();
  await m.waitForState('connected');
  await until(() => m.part('controls'), 'the call UI');
  return { ...m, call: m.factory.last! };
}

const pressed = (m: Mounted, part: string) => m.part(part)!.getAttribute('aria-pressed');
/** The captions' lines, one after the other. */
const captionText = (m: Mounted) =>
  [...m.part('captions')!.querySelectorAll('p')].map((line) => line.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
const tavusSays = (call: SimulatedMediaCall, data: unknown) => call.emit('app-message', { data, fromId: 'replica' });

describe('the call UI (call-ui="custom")', () => {
  it('plays the replica’s video once it plays, its voice in an <audio>, and the visitor’s own camera mirrored in a corner', async () => {
    const m = await inCall();
    const video = m.part<HTMLVideoElement>('replica-video')!;
    await until(() => !m.part('connecting'), 'the connecting view to give way to the replica');
    expect(video.paused).to.equal(false);
    expect(video.readyState).to.be.at.least(HTMLMediaElement.HAVE_CURRENT_DATA);
    const { local, replica } = m.call.participants() as Record<string, { tracks: { video: { persistentTrack?: MediaStreamTrack }; audio: { persistentTrack?: MediaStreamTrack } } }>;
    expect((video.srcObject as MediaStream).getVideoTracks()[0]!.id).to.equal(replica!.tracks.video.persistentTrack!.id);
    const audio = m.el.shadowRoot!.querySelector('audio')!;
    expect((audio.srcObject as MediaStream).getAudioTracks()[0]!.id).to.equal(replica!.tracks.audio.persistentTrack!.id);
    const self = m.part('self-view')!.querySelector('video')!;
    expect((self.srcObject as MediaStream).getVideoTracks()[0]!.id).to.equal(local!.tracks.video.persistentTrack!.id);
    expect(getComputedStyle(self).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(getComputedStyle(video).objectFit).to.equal('cover');
    // No pre-join: the call was made with the defaults.
    expect(m.call.media).to.equal(undefined);
    await m.el.endConversation();
  });

  it('rings the self-view while the visitor speaks', async () => {
    const m = await inCall();
    tavusSays(m.call, speaking('user', 'started'));
    await until(() => m.part('self-view')!.classList.contains('speaking'), 'the speaking ring');
    tavusSays(m.call, speaking('user', 'stopped'));
    await until(() => !m.part('self-view')!.classList.contains('speaking'), 'the ring to go');
    await m.el.endConversation();
  });

  it('toggles the microphone and camera, with aria-pressed, and tells the page of every change, from the page too', async () => {
    const m = await inCall();
    expect([pressed(m, 'mic-button'), pressed(m, 'camera-button')]).to.deep.equal(['true', 'true']);

    await click(m, 'mic-button');
    expect(m.call.localAudio()).to.equal(false);
    await until(() => pressed(m, 'mic-button') === 'false', 'the microphone button to show it off');

    await click(m, 'camera-button');
    expect(m.call.localVideo()).to.equal(false);
    await until(() => pressed(m, 'camera-button') === 'false', 'the camera button to show it off');
    expect(m.part('self-view')!.querySelector('video') === null).to.equal(true);

    m.el.setMicrophoneEnabled(true);
    await until(() => pressed(m, 'mic-button') === 'true', 'the page’s change in the button');
    // No change, no event.
    m.el.setMicrophoneEnabled(true);
    m.el.setCameraEnabled(true);
    expect(m.call.localVideo()).to.equal(true);

    expect(m.log.of('tavus:media-change')).to.deep.equal([
      { microphone: false, camera: true },
      { microphone: false, camera: false },
      { microphone: true, camera: false },
      { microphone: true, camera: true },
    ]);
    await m.el.endConversation();
  });

  it('setMicrophoneEnabled() and setCameraEnabled() throw InvalidStateError outside a call', async () => {
    const m = await mount('open');
    const thrown = (act: () => void) => {
      try {
        act();
      } catch (error) {
        return (error as DOMException).name;
      }
      return 'nothing';
    };
    expect(thrown(() => m.el.setMicrophoneEnabled(false))).to.equal('InvalidStateError');
    expect(thrown(() => m.el.setCameraEnabled(false))).to.equal('InvalidStateError');
  });

  it('captions what the replica says as it says it, and what the visitor said, by who spoke; then clears them', async () => {
    const m = await inCall({ captions: '' });
    expect(m.el.captions).to.equal(true);
    expect(pressed(m, 'captions-button')).to.equal('true');
    expect(m.part('captions')!.getAttribute('aria-live')).to.equal('polite');
    tavusSays(m.call, userUtterance('What is the weather?'));
    await until(() => captionText(m) === 'You What is the weather?', 'the visitor’s words');
    tavusSays(m.call, streamed('It is', 0, 'inf-7'));
    await until(() => captionText(m) === 'You What is the weather? AI It is', 'the replica’s first words');
    tavusSays(m.call, streamed('It is sunny', 1, 'inf-7'));
    await until(() => captionText(m).endsWith('AI It is sunny'), 'the next words');
    // Cut off: the caption stops where the replica was.
    tavusSays(m.call, streamed('It is sunny', 2, 'inf-7', { final: true, is_interrupted: true }));
    await until(() => captionText(m) === '', 'the captions to clear a moment after the final chunk', 8_000);
    await m.el.endConversation();
  });

  it('hidden captions render nothing per word; the button shows them, reflected in the captions attribute', async () => {
    const m = await inCall();
    const captions = m.part('captions')!;
    expect(captions.hidden).to.equal(true);
    expect(pressed(m, 'captions-button')).to.equal('false');
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(captions, { subtree: true, childList: true, characterData: true, attributes: true });
    const words = ['Hello', 'Hello there', 'Hello there, how', 'Hello there, how are you?'];
    words.forEach((text, index) => tavusSays(m.call, streamed(text, index, 'inf-9')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(mutations).to.have.length(0);

    await click(m, 'captions-button');
    expect(m.el.hasAttribute('captions')).to.equal(true);
    await until(() => !captions.hidden && captionText(m) === 'AI Hello there, how are you?', 'the words so far');
    expect(pressed(m, 'captions-button')).to.equal('true');
    m.el.captions = false;
    await until(() => captions.hidden, 'the page to hide them');
    await m.el.endConversation();
  });

  it('shows a banner while the network is bad, gone when it recovers', async () => {
    const m = await inCall();
    expect(m.part('network-banner') === null).to.equal(true);
    m.call.emit('network-quality-change', { networkState: 'bad' });
    await until(() => m.part('network-banner'), 'the banner');
    m.call.emit('network-quality-change', { networkState: 'good' });
    await until(() => !m.part('network-banner'), 'the banner to go');
    await m.el.endConversation();
  });

  describe('autoplay', () => {
    onlyIn(['chromium', 'firefox'], 'a trusted click (sendMouse), which WebKit’s WebDriver cannot send');
    it('offers "Tap to turn on sound" when the browser refuses to play the replica’s voice, and plays it on the tap', async () => {
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        return this instanceof HTMLAudioElement
          ? Promise.reject(new DOMException('Autoplay is blocked', 'NotAllowedError'))
          : play.call(this);
      };
      let m: Awaited<ReturnType<typeof inCall>>;
      try {
        m = await inCall();
        await until(() => m.part('sound-button'), 'the sound button');
      } finally {
        HTMLMediaElement.prototype.play = play;
      }
      expect(m.part('sound-button')!.textContent).to.contain('Tap to turn on sound');
      // A real click: the user activation the browser waited for.
      const button = m.part('sound-button')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(button.x + button.width / 2), Math.round(button.y + button.height / 2)] });
      await m.el.updateComplete;
      expect(m.part('sound-button') === null).to.equal(true);
      expect(m.el.shadowRoot!.querySelector('audio')!.paused).to.equal(false);
      // Not lost to <body> with the button.
      expect(m.el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('mic-button');
      await m.el.endConversation();
    });
  });

  it('shows each of Daily’s camera errors as its own sentence over the call, with its code, and the call goes on', async () => {
    const m = await inCall();
    const cases: [CallEventMap['camera-error']['error'], keyof typeof enLater][] = [
      [{ type: 'permissions', blockedBy: 'user', blockedMedia: ['video'], msg: '' }, 'error.permission-denied'],
      [{ type: 'permissions', blockedBy: 'browser', blockedMedia: ['audio'], msg: '' }, 'error.permission-blocked'],
      [{ type: 'not-found', missingMedia: ['video'], msg: '' }, 'error.device-not-found'],
      [{ type: 'cam-mic-in-use', msg: '' }, 'error.device-in-use'],
      [{ type: 'unknown', msg: '' }, 'error.media-blocked'],
    ] as never;
    for (const [error, key] of cases) {
      m.call.emit('camera-error', { error });
      await until(() => m.part('notice')?.textContent?.includes(enLater[key]), key);
      expect(m.log.of('tavus:error').at(-1)!.code).to.equal(key.slice('error.'.length));
      expect(m.el.state).to.equal('connected');
    }
    await m.el.endConversation();
  });

  describe('device menu', () => {
    it('lists the microphones and cameras in a labelled device menu that Escape closes, and switches devices', async () => {
      const m = await inCall();
      const button = m.part('devices-button')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(m.part('device-menu')!.hidden).to.equal(true);
      await click(m, 'devices-button');
      const menu = m.part('device-menu')!;
      expect(menu.hidden).to.equal(false);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const selects = await until(() => {
        const found = [...menu.querySelectorAll('select')];
        return found.length >= 2 && found[0]!.options.length > 0 && found;
      }, 'the pickers');
      const labels = selects.map((select) => menu.querySelector(`label[for="${select.id}"]`)!.textContent);
      expect(labels.slice(0, 2)).to.deep.equal(['Microphone', 'Camera']);
      const microphone = selects[0]!;
      microphone.value = microphone.options[microphone.options.length - 1]!.value;
      microphone.dispatchEvent(new Event('change'));
      expect(m.call.deviceChanges).to.deep.equal([{ audioDeviceId: microphone.value }]);
      microphone.focus();
      microphone.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await m.el.updateComplete;
      await until(() => menu.hidden, 'the menu to close');
      expect(m.el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('devices-button');
      expect(m.el.state).to.equal('connected');
      await m.el.endConversation();
    });
  });

  it('Leave ends the conversation exactly once, with reason user', async () => {
    const m = await inCall();
    await click(m, 'leave-button');
    await m.waitForState('ended');
    expect(m.log.of('tavus:conversation-ended').map((detail) => detail.reason)).to.deep.equal(['user']);
    const report = await settledLedger(m.id);
    expect(report.conversations[0]!.endCalls).to.equal(1);
    expect(m.part('controls') === null).to.equal(true);
  });

  it('the replica leaving the room ends the conversation, as left-meeting does', async () => {
    const m = await inCall();
    m.call.replicaLeaves();
    await m.waitForState('ended');
    expect(m.log.of('tavus:conversation-ended').map((detail) => detail.reason)).to.deep.equal(['left']);
    const report = await settledLedger(m.id);
    expect(report.conversations[0]!.endCalls).to.equal(1);
  });

  it('every control is a labelled button reachable by keyboard', async () => {
    const m = await inCall();
    const buttons = [...m.part('controls')!.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.getClientRects().length > 0);
    expect(buttons.map((b) => b.getAttribute('part'))).to.deep.equal([
      'mic-button',
      'camera-button',
      'devices-button',
      'captions-button',
      'leave-button',
    ]);
    for (const button of buttons) {
      expect(button.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
      expect(button.tabIndex).to.equal(0);
      button.focus();
      expect(m.el.shadowRoot!.activeElement === button).to.equal(true);
    }
    await m.el.endConversation();
  });

  describe('axe', () => {
    withoutTransitions();
    for (const theme of ['light', 'dark']) {
      it(`passes in the ${theme} theme, captions and the device menu open`, async () => {
        const m = await inCall({ theme, captions: '' });
        tavusSays(m.call, userUtterance('Hello'));
        m.call.emit('network-quality-change', { networkState: 'bad' });
        await click(m, 'devices-button');
        await until(() => m.part('network-banner') && captionText(m) !== '', 'the banner and a caption');
        await expect(m.el).to.be.accessible();
        await (m.el as TavusDeployment).endConversation();
      });
    }
  });
});
