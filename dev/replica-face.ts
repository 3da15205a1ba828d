import { ReplicaPainter, REST_POSE, type FacePose } from './replica-painter.js';
import { createReplicaVoice } from './replica-voice.js';

/** The simulated replica's camera and microphone: a drawn face and a voice, for a call that has no real replica. */
export interface ReplicaFace {
  readonly video: MediaStreamTrack;
  readonly audio: MediaStreamTrack;
  /** Talks (the voice sounds and the mouth moves with it) or falls quiet. */
  setSpeaking(on: boolean): void;
  /** Ends both tracks and releases the drawing loop and the audio context. Stopping the video track does too. */
  stop(): void;
}

export interface ReplicaFaceOptions {
  /** Frames drawn and captured per second. */
  fps?: number;
  /** Told how long each frame took to draw, in ms: the bench's figure. */
  measure?: (drawMs: number) => void;
}

const BLINK_S = 0.16;

const between = (low: number, high: number) => low + Math.random() * (high - low);
const wave = (t: number, hz: number) => Math.sin(2 * Math.PI * hz * t);

export function createReplicaFace({ fps = 30, measure }: ReplicaFaceOptions = {}): ReplicaFace {
  const canvas = document.createElement('canvas');
  const painter = new ReplicaPainter(canvas);
  const video = canvas.captureStream(fps).getVideoTracks()[0]!;
  const voice = createReplicaVoice();
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const pose: FacePose = { ...REST_POSE };
  const frameMs = 1000 / fps;
  let nextBlink = between(1, 3);
  let blinkAt = -1;
  let nextGlance = between(1, 3);
  let lookX = 0;
  let lookY = 0;
  let lastDraw = 0;
  let frame = 0;
  let stopped = false;

  /** Where everything is at `t` seconds; `dt` since the last frame eases the eyes towards where they look. */
  const move = (t: number, dt: number) => {
    const still = reducedMotion.matches;
    if (t >= nextBlink) {
      blinkAt = t;
      nextBlink = t + between(2.5, 6);
    }
    const blink = (t - blinkAt) / BLINK_S;
    pose.eyes = blink >= 0 && blink < 1 ? 1 - Math.sin(Math.PI * blink) : 1;
    if (t >= nextGlance) {
      lookX = still ? 0 : between(-1, 1);
      lookY = still ? 0 : between(-0.6, 0.6);
      nextGlance = t + between(1.5, 4);
    }
    const ease = Math.min(1, dt * 8);
    pose.gazeX += (lookX - pose.gazeX) * ease;
    pose.gazeY += (lookY - pose.gazeY) * ease;
    const level = voice.level();
    const rhythm = voice.rhythm();
    const sway = still ? 0 : 1;
    // Reduced motion: no swaying, and a mouth held open while speaking that moves only a little.
    pose.mouth = still ? level * (0.3 + 0.15 * rhythm) : level * rhythm;
    pose.brows = 0.4 * level;
    pose.headX = sway * 5 * wave(t, 0.11);
    pose.headY = sway * (3 * wave(t, 0.25) - 2 * pose.mouth);
    pose.tilt = sway * (0.025 * wave(t, 0.16) + 0.02 * pose.mouth);
  };

  // requestAnimationFrame already pauses while the tab is hidden; frames in between are skipped to keep `fps`.
  const tick = (now: number) => {
    if (video.readyState === 'ended') {
      face.stop();
      return;
    }
    frame = requestAnimationFrame(tick);
    if (now - lastDraw < frameMs - 2) return;
    const dt = Math.min(0.1, (now - lastDraw) / 1000);
    lastDraw = now;
    const started = measure ? performance.now() : 0;
    move(now / 1000, dt);
    painter.paint(pose);
    if (measure) measure(performance.now() - started);
  };

  const face: ReplicaFace = {
    video,
    audio: voice.track,
    setSpeaking: (on) => voice.setSpeaking(on),
    stop() {
      if (stopped) return;
      stopped = true;
      cancelAnimationFrame(frame);
      video.stop();
      voice.stop();
    },
  };
  painter.paint(pose);
  frame = requestAnimationFrame(tick);
  return face;
}
