/**
 * The simulated replica's voice: a soft, muffled tone whose loudness, pitch and brightness rise and fall in
 * syllables and pause between "words", like speech heard through a wall. It runs in WebAudio on its own clock,
 * so it keeps talking in a hidden tab; {@link ReplicaVoice.level} and {@link ReplicaVoice.rhythm} tell the
 * face how far to open its mouth for what is being heard right now.
 */
export interface ReplicaVoice {
  readonly track: MediaStreamTrack;
  /** Fades the voice in or out. */
  setSpeaking(on: boolean): void;
  /** How far the voice has faded in: 0 (quiet) to 1 (speaking). */
  level(): number;
  /** The syllable being sounded at this moment, 0 (a pause) to 1; heard only as far as {@link level} allows. */
  rhythm(): number;
  stop(): void;
}

/** The syllable rhythm: sines (Hz, weight) summed with an offset; where the sum is below 0, a pause. */
const RHYTHM = [
  [4.1, 0.62],
  [1.3, 0.5],
  [0.37, 0.18],
] as const;
const RHYTHM_OFFSET = 0.15;
/** The greatest the rhythm's sum can be, which the wave shaper's input is scaled by. */
const RHYTHM_RANGE = RHYTHM.reduce((sum, [, weight]) => sum + weight, RHYTHM_OFFSET);
/** How fast the voice fades in and out, in seconds (a time constant). */
const FADE_S = 0.04;
/** Loud enough to hear, quiet enough not to annoy. */
const VOLUME = 0.05;
const PITCH_HZ = 150;

/** The loudness of a syllable for the rhythm's sum `x`: silent below 0, rounded towards 1. */
function syllable(x: number): number {
  return x <= 0 ? 0 : Math.min(1, x) ** 0.8;
}

/** The rhythm at `t` seconds after the voice began, exactly as the audio graph computes it. */
function rhythmAt(t: number): number {
  let x = RHYTHM_OFFSET;
  for (const [hz, weight] of RHYTHM) x += weight * Math.sin(2 * Math.PI * hz * t);
  return syllable(x);
}

/** {@link syllable} over the wave shaper's input range, -1 to 1 standing for ±{@link RHYTHM_RANGE}. */
function syllableCurve(): Float32Array<ArrayBuffer> {
  const curve = new Float32Array(1025);
  for (let i = 0; i < curve.length; i += 1) curve[i] = syllable(((i / (curve.length - 1)) * 2 - 1) * RHYTHM_RANGE);
  return curve;
}

export function createReplicaVoice(): ReplicaVoice {
  const context = new AudioContext();
  // Created after the visitor pressed Start, it may run at once; otherwise it waits, silent, for the visitor's next
  // gesture, and may be closed before that comes.
  context.resume().catch(() => undefined);
  const begin = context.currentTime;
  const beganAt = performance.now();

  // The rhythm: summed sines through a wave shaper give the envelope every other part follows.
  const sum = new GainNode(context, { gain: 1 / RHYTHM_RANGE });
  const sources: AudioScheduledSourceNode[] = RHYTHM.map(([hz, weight]) => {
    const sine = new OscillatorNode(context, { frequency: hz });
    sine.connect(new GainNode(context, { gain: weight })).connect(sum);
    return sine;
  });
  const offset = new ConstantSourceNode(context, { offset: RHYTHM_OFFSET });
  offset.connect(sum);
  sources.push(offset);
  const envelope = sum.connect(new WaveShaperNode(context, { curve: syllableCurve() }));

  // The voice: a buzz, its pitch drifting as a sentence's does and rising on stressed syllables, brighter when open.
  const buzz = new OscillatorNode(context, { type: 'sawtooth', frequency: PITCH_HZ });
  const intonation = new OscillatorNode(context, { frequency: 0.33 });
  intonation.connect(new GainNode(context, { gain: 18 })).connect(buzz.frequency);
  envelope.connect(new GainNode(context, { gain: 25 })).connect(buzz.frequency);
  sources.push(buzz, intonation);
  const mouth = new BiquadFilterNode(context, { type: 'lowpass', frequency: 450, Q: 5 });
  envelope.connect(new GainNode(context, { gain: 1100 })).connect(mouth.frequency);
  const loudness = new GainNode(context, { gain: 0 });
  envelope.connect(loudness.gain);
  const gate = new GainNode(context, { gain: 0 });
  const destination = new MediaStreamAudioDestinationNode(context);
  const track = destination.stream.getAudioTracks()[0]!;
  buzz
    .connect(mouth)
    .connect(loudness)
    .connect(gate)
    .connect(new GainNode(context, { gain: VOLUME }))
    .connect(destination);
  for (const source of sources) source.start(begin);

  // The gate's fade, followed on the same clock, so the mouth closes as the sound fades.
  let from = 0;
  let to = 0;
  let since = 0;
  /** Seconds since the voice began: the audio clock once it runs; until then, the page's. */
  const now = () => (context.state === 'running' ? context.currentTime - begin : (performance.now() - beganAt) / 1000);
  const gateAt = (t: number) => to + (from - to) * Math.exp(-(t - since) / FADE_S);

  return {
    track,
    setSpeaking(on) {
      const t = now();
      from = gateAt(t);
      to = on ? 1 : 0;
      since = t;
      gate.gain.setTargetAtTime(to, context.currentTime, FADE_S);
    },
    level: () => gateAt(now()),
    rhythm: () => rhythmAt(now()),
    stop() {
      track.stop();
      void context.close();
    },
  };
}
