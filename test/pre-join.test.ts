import { expect } from '@open-wc/testing';
import type { CallMedia } from '../src/call-adapter.js';
import { enLater } from '../src/strings/en-later.js';
import { enPreJoin } from '../src/strings/en-prejoin.js';
import { click, mount, type Mounted } from './support/element.js';
import { onlyIn } from './support/engine.js';
import { ledger, MOCK_API_URL, requestsTo, until } from './support/mock-api.js';

const english: Record<string, string> = { ...enLater, ...enPreJoin };

/** An element with the pre-join check on (the test helper skips it by default), brought to it by Start. */
async function atPreJoin(scenario = 'open', attributes: Record<string, string> = {}): Promise<Mounted> {
  const m = await mount(scenario, { 'skip-pre-join': null, ...attributes });
  void m.el.startConversation();
  await m.waitForState('pre-join');
  return m;
}

const video = (m: Mounted) => m.part<HTMLVideoElement>('preview');

/** The preview's picture is moving: the camera (Chromium's fake one) really plays. */
const playing = (m: Mounted) =>
  until(() => {
    const v = video(m);
    return !!v && v.readyState >= 2 && !v.paused && v.videoWidth > 0 && v;
  }, 'the camera preview to play');

const liveTracks = (stream: MediaStream) => stream.getTracks().filter((track) => track.readyState === 'live');

/** What the mock heard for this deployment: the human check and the start only follow Join. */
const startsSent = async (m: Mounted) => requestsTo(await ledger(m.id), 'start').length;

/**
 * Replaces `getUserMedia` until restored: `refuse` names the DOMException to reject a request with, or nothing to
 * let the real (fake-device) one answer.
 */
function stubGetUserMedia(refuse: (constraints: MediaStreamConstraints) => DOMException | undefined) {
  const devices = navigator.mediaDevices;
  const real = devices.getUserMedia.bind(devices);
  const asked: MediaStreamConstraints[] = [];
  devices.getUserMedia = (constraints = {}) => {
    asked.push(constraints);
    const error = refuse(constraints);
    return error ? Promise.reject(error) : real(constraints);
  };
  return {
    asked,
    restore: () => {
      devices.getUserMedia = real;
    },
  };
}

/**
 * The Permissions API's camera and microphone statuses, as the browser's own settings UI would change them: each
 * `query` answers with the state `set()` last gave. (CDP's Browser.setPermission can't stand in: under
 * --use-fake-ui-for-media-stream the page goes on reading `granted`.)
 */
function stubPermissions(initial: PermissionState) {
  const permissions = navigator.permissions;
  const real = permissions.query.bind(permissions);
  let state = initial;
  permissions.query = (descriptor) => {
    if (descriptor.name !== 'camera' && descriptor.name !== 'microphone') return real(descriptor);
    return Promise.resolve({ name: descriptor.name, state, onchange: null } as unknown as PermissionStatus);
  };
  return {
    set(next: PermissionState) {
      state = next;
    },
    restore: () => {
      // The stub shadowed the prototype's method on the instance.
      delete (permissions as Partial<Permissions>).query;
    },
  };
}

describe('pre-join check', () => {
  onlyIn(['chromium', 'webkit'], 'fake camera and microphone (Chromium’s flags, WebKit’s mock capture devices) feed the preview and the level (Firefox’s fake microphone left the meter still)');

  it('shows the visitor’s camera mirrored, a moving microphone level and their devices, and sends nothing', async () => {
    const m = await atPreJoin();
    const preview = await playing(m);
    // The attribute: Firefox has no `playsInline` property.
    expect(preview.muted && preview.hasAttribute('playsinline') && preview.autoplay).to.equal(true);
    expect(getComputedStyle(preview).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const meter = m.part('mic-level')!;
    await until(() => Number(meter.getAttribute('aria-valuenow')) > 0, 'the microphone level to move');
    expect(Number(getComputedStyle(meter).getPropertyValue('--level'))).to.be.above(0);
    const pickers = [...m.el.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part~="device-picker"]')];
    const listed = Object.fromEntries(pickers.map((s) => [s.dataset['kind'], [...s.options].map((o) => o.textContent)]));
    // The engine's own fake devices, by the names it gives them.
    const names = (kind: MediaDeviceKind) =>
      navigator.mediaDevices.enumerateDevices().then((all) => all.filter((d) => d.kind === kind).map((d) => d.label));
    expect(listed['videoinput']).to.deep.equal(await names('videoinput'));
    expect(listed['audioinput']).to.deep.equal(await names('audioinput'));
    expect(m.part('join-button')!.textContent!.trim()).to.equal(english['prejoin.join']);
    expect(await startsSent(m)).to.equal(0);
    expect(m.factory.calls).to.have.length(0);
    await m.el.endConversation();
  });

  it('hands the toggles and devices to the call, after letting go of the preview', async () => {
    const m = await atPreJoin();
    const stream = (await playing(m)).srcObject as MediaStream;
    const camera = m.el.shadowRoot!.querySelector<HTMLSelectElement>('[data-kind="videoinput"]')!.value;
    expect(m.part('mic-toggle')!.getAttribute('aria-pressed')).to.equal('true');
    await click(m, 'mic-toggle');
    expect(m.part('mic-toggle')!.getAttribute('aria-pressed')).to.equal('false');
    expect(m.part('camera-toggle')!.getAttribute('aria-pressed')).to.equal('true');
    // The microphone is let go of at once; the camera comes back alone.
    await until(() => stream.getAudioTracks().every((t) => t.readyState === 'ended'), 'the microphone to be let go of');
    const alone = ((await playing(m)).srcObject as MediaStream);
    expect(alone.getAudioTracks()).to.have.length(0);
    await click(m, 'join-button');
    await m.waitForState('connected');
    expect(liveTracks(alone)).to.deep.equal([]);
    const media = m.factory.media[0] as CallMedia;
    expect(media).to.include({ audio: false, video: true, videoDeviceId: camera });
    expect(await startsSent(m)).to.equal(1);
    await m.el.endConversation();
  });

  it('takes the page’s setMicrophoneEnabled() / setCameraEnabled() as the toggles, telling every change', async () => {
    const m = await atPreJoin();
    await playing(m);
    m.el.setMicrophoneEnabled(false);
    await m.el.updateComplete;
    expect(m.part('mic-toggle')!.getAttribute('aria-pressed')).to.equal('false');
    // Already off: no news.
    m.el.setMicrophoneEnabled(false);
    await click(m, 'camera-toggle');
    m.el.setCameraEnabled(true);
    expect(m.log.of('tavus:media-change')).to.deep.equal([
      { microphone: false, camera: true },
      { microphone: false, camera: false },
      { microphone: false, camera: true },
    ]);
    await click(m, 'join-button');
    await m.waitForState('connected');
    expect(m.factory.media[0]).to.include({ audio: false, video: true });
    await m.el.endConversation();
    expect(() => m.el.setCameraEnabled(false)).to.throw(DOMException).with.property('name', 'InvalidStateError');
  });

  it('after a password refused by the start, asks for it again and goes straight to the start', async () => {
    const m = await mount('password', { 'skip-pre-join': null });
    void m.el.startConversation();
    await m.waitForState('awaiting-password');
    const submit = async (password: string) => {
      const input = await until(() => m.part<HTMLInputElement>('password-input'), 'the password field');
      input.value = password;
      m.part<HTMLFormElement>('password-form')!.requestSubmit();
    };
    await submit('not-the-password');
    await m.waitForState('pre-join');
    await playing(m);
    await click(m, 'camera-toggle');
    await click(m, 'join-button');
    await until(() => m.part('password-error'), 'the wrong-password message');
    await submit('tavus-demo');
    await m.waitForState('connected');
    const states = m.log.of('tavus:state-change').map((d) => d.state);
    // The check once; after the refused password, straight to the start.
    expect(states.filter((state) => state === 'pre-join')).to.have.length(1);
    expect(states.slice(-4)).to.deep.equal(['awaiting-password', 'starting', 'joining', 'connected']);
    expect(m.factory.media[0]).to.include({ audio: true, video: false });
    await m.el.endConversation();
  });

  describe('a visitor who walks away creates nothing and keeps no device', () => {
    const ways: [string, (m: Mounted) => void | Promise<void>][] = [
      ['Cancel', (m) => click(m, 'cancel-button')],
      ['Escape', (m) => void m.part('join-button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }))],
      ['removal', (m) => m.el.remove()],
      [
        'another deployment',
        async (m) => {
          m.el.setAttribute('deployment-id', `${m.id}-next`);
          await m.el.updateComplete;
        },
      ],
    ];
    for (const [way, leave] of ways) {
      it(way, async () => {
        const m = await atPreJoin();
        const stream = (await playing(m)).srcObject as MediaStream;
        await leave(m);
        await until(() => m.el.state === 'idle', 'idle');
        await until(() => liveTracks(stream).length === 0, 'every track stopped');
        // Long enough for a start that was going to go out to have gone.
        await new Promise((resolve) => setTimeout(resolve, 300));
        const report = await ledger(m.id);
        expect(report.summary.created).to.equal(0);
        expect(requestsTo(report, 'start')).to.deep.equal([]);
        expect(m.factory.calls).to.have.length(0);
      });
    }
  });

  it('skip-pre-join goes straight from Start to the conversation', async () => {
    const m = await mount('open');
    await m.el.startConversation();
    await m.waitForState('connected');
    expect(m.log.of('tavus:state-change').map((d) => d.state)).to.not.include('pre-join');
    expect(m.factory.media).to.deep.equal([undefined]);
    expect(m.el.skipPreJoin).to.equal(true);
    m.el.skipPreJoin = false;
    expect(m.el.hasAttribute('skip-pre-join')).to.equal(false);
    await m.el.endConversation();
  });
});

describe('permission recovery at the pre-join check', () => {
  onlyIn(['chromium'], 'Chromium’s fake devices answer what the stub lets through, and CDP sets the permissions');

  let stub: ReturnType<typeof stubGetUserMedia> | undefined;
  afterEach(() => stub?.restore());

  const CASES: [name: string, message: string, code: string, steps: string | undefined][] = [
    ['NotAllowedError', 'Permission denied', 'permission-denied', 'allow.chromium'],
    ['NotAllowedError', 'Permission denied by system', 'permission-blocked', 'system.other'],
    ['NotFoundError', 'Requested device not found', 'device-not-found', undefined],
    ['OverconstrainedError', '', 'device-not-found', undefined],
    ['NotReadableError', 'Could not start video source', 'device-in-use', undefined],
    ['AbortError', '', 'device-in-use', undefined],
    ['NotSupportedError', '', 'media-blocked', undefined],
  ];
  for (const [name, message, code, steps] of CASES) {
    it(`${name}${message ? ` (“${message}”)` : ''} → ${code}, with Retry`, async () => {
      stub = stubGetUserMedia(() => new DOMException(message, name));
      const m = await atPreJoin();
      const shown = await until(() => m.part('recovery-message')?.textContent, 'the recovery view');
      expect(m.el.state).to.equal('pre-join');
      expect(m.part('preview')).to.equal(null);
      expect(m.part('recovery-title')!.textContent!.trim()).to.equal(english[`recovery.${code}`]);
      const [error] = m.log.of('tavus:error');
      expect(error).to.include({ code, message: shown });
      expect(m.part('recovery-steps')?.textContent ?? undefined).to.equal(steps && english[steps]);
      // The microphone alone failed too: nothing to go on with but Retry.
      expect(m.part('without-camera-button')).to.equal(null);
      await expect(m.el).to.be.accessible();
      stub.restore();
      await click(m, 'retry-button');
      await playing(m);
      await m.el.endConversation();
    });
  }

  it('offers to go on without the camera when only the camera fails, and the call gets audio only', async () => {
    stub = stubGetUserMedia((constraints) => (constraints.video ? new DOMException('', 'NotReadableError') : undefined));
    const m = await atPreJoin();
    await until(() => m.part('without-camera-button'), 'Continue without camera');
    expect(m.log.of('tavus:error').map((e) => e.code)).to.deep.equal(['device-in-use']);
    await click(m, 'without-camera-button');
    expect(m.part('recovery')).to.equal(null);
    expect(m.part('camera-toggle')!.getAttribute('aria-pressed')).to.equal('false');
    expect(m.part('mic-toggle')!.getAttribute('aria-pressed')).to.equal('true');
    await until(() => Number(m.part('mic-level')!.getAttribute('aria-valuenow')) > 0, 'the microphone level');
    await click(m, 'join-button');
    await m.waitForState('connected');
    expect(m.factory.media[0]).to.include({ audio: true, video: false });
    await m.el.endConversation();
  });

  it('recovers when access is allowed in the browser’s own settings, without Retry', async () => {
    const permissions = stubPermissions('denied');
    stub = stubGetUserMedia(() => new DOMException('Permission denied', 'NotAllowedError'));
    try {
      const m = await atPreJoin();
      await until(() => m.part('recovery'), 'the recovery view');
      expect(m.log.of('tavus:error').map((e) => e.code)).to.deep.equal(['permission-denied']);
      stub.restore();
      permissions.set('granted');
      await playing(m);
      expect(Boolean(m.part('recovery')), 'the recovery view').to.equal(false);
      await m.el.endConversation();
    } finally {
      permissions.restore();
    }
  });

  it('explains why before the browser asks, unless access is already granted', async () => {
    const permissions = stubPermissions('prompt');
    // Held unanswered, as while the browser's prompt is up.
    let answer: (() => void) | undefined;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const devices = navigator.mediaDevices;
    const real = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      await held;
      return real(constraints);
    };
    try {
      const m = await atPreJoin();
      await until(() => m.el.shadowRoot!.querySelector('.preview-note')?.textContent === english['prejoin.why'], 'why');
      answer!();
      await playing(m);
      await m.el.endConversation();
      permissions.set('granted');
      permissions.restore();
      const again = stubPermissions('granted');
      void m.el.startConversation();
      await m.waitForState('pre-join');
      expect(m.el.shadowRoot!.querySelector('.preview-note')?.textContent).to.not.equal(english['prejoin.why']);
      await playing(m);
      again.restore();
      await m.el.endConversation();
    } finally {
      devices.getUserMedia = real;
      permissions.restore();
    }
  });

  it('tells the visitor, and the site owner how to fix it, when an iframe without `allow` holds the element', async () => {
    // Another origin (the same server by its IP), as an embedding site would be: camera and microphone are then
    // off inside unless the iframe allows them.
    const frame = document.createElement('iframe');
    const id = `open--frame-${Math.random().toString(36).slice(2)}`;
    frame.src = `http://127.0.0.1:${location.port}/test/support/pre-join-frame.html?api=${encodeURIComponent(MOCK_API_URL)}&id=${id}`;
    const report = new Promise<{ code: string; hint: string; message: string; shown: string; asked: number }>((resolve) =>
      window.addEventListener('message', ({ data }) => data?.code && resolve(data), { once: true }),
    );
    document.body.append(frame);
    try {
      const { code, hint, message, shown, asked } = await report;
      expect(code).to.equal('iframe-not-allowed');
      expect(message).to.equal(shown);
      expect(hint).to.contain('allow="camera; microphone; autoplay"');
      expect(asked, 'getUserMedia calls').to.equal(0);
    } finally {
      frame.remove();
    }
  });
});
