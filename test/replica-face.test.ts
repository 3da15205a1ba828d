import { expect } from '@open-wc/testing';
import { createReplicaFace, type ReplicaFace } from '../dev/replica-face.js';
import { FACE_HEIGHT, FACE_WIDTH, ReplicaPainter, REST_POSE, type FacePose } from '../dev/replica-painter.js';
import { createReplicaVoice } from '../dev/replica-voice.js';
import { until } from './support/mock-api.js';

/** How many white (teeth) pixels a pose shows between the nose and the chin, painted on a canvas of its own. */
function teethShown(pose: FacePose): number {
  const canvas = document.createElement('canvas');
  new ReplicaPainter(canvas).paint(pose);
  const { data } = canvas.getContext('2d')!.getImageData(FACE_WIDTH / 2 - 45, 330, 90, 110);
  let white = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! > 235 && data[i + 1]! > 235 && data[i + 2]! > 235) white += 1;
  return white;
}

describe("the demo's replica face", () => {
  let face: ReplicaFace | undefined;
  afterEach(() => face?.stop());

  it('paints the mouth open (teeth showing) or closed, as the pose says', () => {
    expect(teethShown(REST_POSE)).to.equal(0);
    expect(teethShown({ ...REST_POSE, mouth: 1 })).to.be.above(100);
  });

  it('its video track plays as a 16:9 picture, beside a live audio track', async () => {
    face = createReplicaFace();
    expect([face.video.kind, face.video.readyState]).to.deep.equal(['video', 'live']);
    expect([face.audio.kind, face.audio.readyState]).to.deep.equal(['audio', 'live']);
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = new MediaStream([face.video]);
    await video.play();
    await until(() => video.videoWidth > 0, 'a frame');
    expect([video.videoWidth, video.videoHeight]).to.deep.equal([FACE_WIDTH, FACE_HEIGHT]);
    face.stop();
    expect([face.video.readyState, face.audio.readyState]).to.deep.equal(['ended', 'ended']);
  });

  it('stopping its video track, as a call that ends does, releases the rest', async () => {
    face = createReplicaFace();
    face.video.stop();
    await until(() => face!.audio.readyState === 'ended', 'the audio track to end with the video');
  });

  it('its voice fades in while speaking and out when not', async () => {
    const voice = createReplicaVoice();
    try {
      expect(voice.level()).to.equal(0);
      voice.setSpeaking(true);
      await until(() => voice.level() > 0.9, 'the voice to fade in');
      voice.setSpeaking(false);
      await until(() => voice.level() < 0.1, 'the voice to fade out');
    } finally {
      voice.stop();
    }
  });
});
