import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DeploymentApi, DeploymentInfo } from '../deployment-api.js';
import { TavusError } from '../errors.js';

/** One `/init` read per deployment per page, shared by every element that shows it. Failures are not kept. */
const reads = new Map<string, Promise<DeploymentInfo>>();

function read(api: DeploymentApi, fresh: boolean): Promise<DeploymentInfo> {
  const key = api.initUrl;
  const cached = reads.get(key);
  if (cached && !fresh) return cached;
  const pending = api.init();
  reads.set(key, pending);
  pending.catch(() => {
    if (reads.get(key) === pending) reads.delete(key);
  });
  return pending;
}

/**
 * Knows what `/init` said about the host's deployment: its gates, its
 * availability and its copy. A failed read leaves `info` undefined, and the
 * element falls back to learning the gates from start's answers.
 */
export class DeploymentInfoController implements ReactiveController {
  info: DeploymentInfo | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #onRead: (result: DeploymentInfo | TavusError) => void;
  #api: DeploymentApi | undefined;
  #settled: Promise<DeploymentInfo | undefined> = Promise.resolve(undefined);

  /** `onRead` hears what each read found: the info, or why there is none. */
  constructor(host: ReactiveControllerHost, onRead: (result: DeploymentInfo | TavusError) => void) {
    this.#host = host;
    this.#onRead = onRead;
    host.addController(this);
  }

  /** Reads `/init` for this deployment (`undefined`: the config is unusable, forget what we knew). */
  load(api: DeploymentApi | undefined, fresh = false): Promise<DeploymentInfo | undefined> {
    this.#api = api;
    this.info = undefined;
    if (!api) return (this.#settled = Promise.resolve(undefined));
    this.#settled = read(api, fresh).then(
      (info) => this.#take(api, info),
      (error: unknown) => {
        if (this.#api === api && error instanceof TavusError) this.#onRead(error);
        return undefined;
      },
    );
    return this.#settled;
  }

  /** What `/init` said, once the read in flight settles; `undefined` if it could not say. */
  settled(): Promise<DeploymentInfo | undefined> {
    return this.#settled;
  }

  hostConnected(): void {
    if (this.#api && !this.info) void this.load(this.#api);
  }

  #take(api: DeploymentApi, info: DeploymentInfo): DeploymentInfo | undefined {
    if (this.#api !== api) return undefined;
    this.info = info;
    this.#onRead(info);
    this.#host.requestUpdate();
    return info;
  }
}
