import { createReplicaFace, type ReplicaFace } from '../dev/replica-face.js';
import type { CallMedia } from '../src/call-adapter.js';
import { SimulatedCallFactory, type SimulatedCallOptions } from '../dev/simulated-call.js';
import type { SimulatedTracks } from '../dev/simulated-media.js';

/**
 * The demo's simulated calls: a replica with a drawn face that moves its mouth while it speaks, that greets the
 * visitor once the call has joined and then has a short scripted exchange with them, for the captions. One call
 * at a time per factory (the demo gives each element its own): the face that talks is the latest call's.
 */
export function replicaCallFactory(options: SimulatedCallOptions): SimulatedCallFactory {
  let face: ReplicaFace | undefined;
  const withReplica: SimulatedCallOptions = {
    ...options,
    replicaMedia: () => (face = createReplicaFace()),
    replica: { scripted: true, onSpeakingChange: (speaking) => face?.setSpeaking(speaking) },
    localMedia: visitorMedia,
  };
  return new SimulatedCallFactory(withReplica);
}

/**
 * The visitor's own camera and microphone in the self-view, from the devices the pre-join check chose, as Daily
 * would take them; none (the call keeps its still picture) when the browser refuses either.
 */
async function visitorMedia(media: CallMedia | undefined): Promise<SimulatedTracks | undefined> {
  const device = (id: string | undefined) => (id ? { deviceId: { exact: id } } : true);
  const stream = await navigator.mediaDevices
    ?.getUserMedia({ audio: device(media?.audioDeviceId), video: device(media?.videoDeviceId) })
    .catch(() => undefined);
  const [audio] = stream?.getAudioTracks() ?? [];
  const [video] = stream?.getVideoTracks() ?? [];
  return audio && video ? { audio, video } : undefined;
}
