import { createReplicaFace, type ReplicaFace } from '../dev/replica-face.js';
import { SimulatedCallFactory, type SimulatedCallOptions } from '../dev/simulated-call.js';

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
  };
  return new SimulatedCallFactory(withReplica);
}
