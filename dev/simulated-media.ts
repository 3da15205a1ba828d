/** Media a simulated call can carry: still pictures drawn on a canvas, and a silent oscillator. */

export interface SimulatedTracks {
  video: MediaStreamTrack;
  audio: MediaStreamTrack;
}

/**
 * A still picture as a live video track: the canvas is painted again four times a second (a canvas only sends a
 * frame when painted), so the video plays while the picture never changes. `stop()` stops painting and the tracks.
 */
export function stillTracks(draw: (context: CanvasRenderingContext2D, width: number, height: number) => void, size: [number, number]): SimulatedTracks & { stop(): void } {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = size;
  const context = canvas.getContext('2d')!;
  const paint = () => draw(context, canvas.width, canvas.height);
  paint();
  const timer = setInterval(paint, 250);
  const [video] = canvas.captureStream(4).getVideoTracks();
  const audio = new AudioContext();
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  // Silent: a voice would be the replica's; this only has to be a live audio track.
  gain.gain.value = 0;
  const destination = audio.createMediaStreamDestination();
  oscillator.connect(gain).connect(destination);
  oscillator.start();
  const [sound] = destination.stream.getAudioTracks();
  return {
    video: video!,
    audio: sound!,
    stop() {
      clearInterval(timer);
      video!.stop();
      sound!.stop();
      void audio.close();
    },
  };
}

/** The simulated replica's picture: a face-like silhouette on a dark backdrop, labelled as simulated. */
export function drawReplica(context: CanvasRenderingContext2D, width: number, height: number): void {
  const backdrop = context.createLinearGradient(0, 0, 0, height);
  backdrop.addColorStop(0, '#3b3a52');
  backdrop.addColorStop(1, '#16151f');
  context.fillStyle = backdrop;
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#8b87b5';
  context.beginPath();
  context.ellipse(width / 2, height * 0.6, height * 0.14, height * 0.17, 0, 0, Math.PI * 2);
  context.fill();
  context.beginPath();
  context.ellipse(width / 2, height * 1.12, height * 0.34, height * 0.32, 0, 0, Math.PI * 2);
  context.fill();
  // Below the self-view's corner, and inside the middle of the frame that a portrait crop keeps.
  context.fillStyle = '#fff';
  context.font = `${Math.round(height / 20)}px system-ui, sans-serif`;
  context.textAlign = 'center';
  context.fillText('Simulated replica', width / 2, height * 0.38);
}

/** The visitor's stand-in camera: a plain silhouette, so that screenshots do not depend on a real camera. */
export function drawVisitor(context: CanvasRenderingContext2D, width: number, height: number): void {
  context.fillStyle = '#5a6b63';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#c9d6cf';
  context.beginPath();
  context.arc(width / 2, height * 0.42, height * 0.2, 0, Math.PI * 2);
  context.fill();
  context.beginPath();
  context.ellipse(width / 2, height * 1.05, height * 0.4, height * 0.38, 0, 0, Math.PI * 2);
  context.fill();
}
