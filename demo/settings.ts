import { replicaCallFactory } from './replica-call.js';

/**
 * What the example apps and the snippet preview talk to: the project's mock Tavus API and a labelled
 * simulated call with a simulated replica (no real Daily room exists offline). `?api=` and `?deployment=`
 * override the defaults, so the tests can point each example at their own scenario.
 */
const query = new URLSearchParams(location.search);

export const settings = {
  baseUrl: query.get('api') ?? 'http://127.0.0.1:4010',
  deploymentId: query.get('deployment') ?? 'demo',
  callFactory: replicaCallFactory({ joinAfterMs: 400, replicaStepMs: 150 }),
};
