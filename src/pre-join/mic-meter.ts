/**
 * The microphone's live level, from a WebAudio `AnalyserNode`: measured once per animation frame (so never while
 * the page is hidden) and handed to `draw` as 0–1, until stopped.
 */
export class MicMeter {
  readonly #context = new AudioContext();
  #frame = 0;

  constructor(track: MediaStreamTrack, draw: (level: number) => void) {
    const context = this.#context;
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    context.createMediaStreamSource(new MediaStream([track])).connect(analyser);
    // The Start or Join press lets it run; a context made without one starts suspended.
    void context.resume().catch(() => undefined);
    const samples = new Float32Array(analyser.fftSize);
    const tick = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      // Speech's RMS sits around 0.01–0.2: the square root spreads it over the bar.
      draw(Math.min(1, Math.sqrt(Math.sqrt(sum / samples.length) * 4)));
      this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }

  stop(): void {
    cancelAnimationFrame(this.#frame);
    void this.#context.close().catch(() => undefined);
  }
}
