import type { ReactiveController, ReactiveElement } from 'lit';
import type { CallFactory } from '../call-adapter.js';
import { configProblem, type DeploymentConfig } from '../config.js';
import { DeploymentApi, type DeploymentApiOptions, type DeploymentInfo } from '../deployment-api.js';
import { isRetryable, TavusError, type TavusErrorCode } from '../errors.js';
import { emit } from '../events.js';
import { canStart, isBusy, inCall, type EndReason, type SessionState } from '../session/session-state.js';
import { Session, type SessionNotice, type SessionOptions } from '../session/session.js';
import { errorKey, type Translate } from '../strings/localize.js';
import type { LiveCall } from '../session/live-call.js';
import { loadEngine, type SessionEngine } from '../session/load-engine.js';
import type { TurnstileGate } from '../turnstile-gate.js';
import { CountdownController } from './countdown-controller.js';
import { DeploymentInfoController } from './deployment-info-controller.js';
import { PageExitController } from './page-exit-controller.js';

/** What the controller reads from its element: the attributes that shape a conversation. */
export interface ConversationHost extends ReactiveElement {
  deploymentId: string;
  baseUrl: string;
  conversationalContext: string;
  customGreeting: string;
  memoryStores: string[];
  palId: string;
  turnstileSiteKey: string;
  callFactory: CallFactory;
}

export interface ConversationControllerOptions extends Pick<SessionOptions, 'endGuard' | 'startTimeoutMs' | 'teardownTimeoutMs'> {
  /** The container the call mounts in. */
  callContainer(): HTMLElement;
  /** The container the Turnstile widget renders in. */
  captchaContainer(): HTMLElement;
  /** The visitor's sentences. */
  translate(): Translate;
  /** Hears every state change, after the session made it. */
  stateChanged?(state: SessionState): void;
  /** How the API client reaches the network; the browser's own by default. */
  network?: Pick<DeploymentApiOptions, 'fetch' | 'sendBeacon'>;
}

/** Answers that mean Start can't work from this page for this deployment; other `/init` failures still offer Start. */
const FINAL_INIT_ERRORS: ReadonlySet<TavusErrorCode> = new Set<TavusErrorCode>(['not-found', 'origin-not-allowed']);

/**
 * Where a Start the visitor asked for stands before the session takes it: it
 * waits for `/init` (whose answer decides the gates) and for the session's
 * engine, and any later request (another start, an end, the page going away)
 * supersedes it.
 */
type StartPhase = { name: 'ready' } | { name: 'preparing'; config: DeploymentConfig };

const READY: StartPhase = { name: 'ready' };

/**
 * The one place the element's conversation is wired: it owns the
 * {@link Session}, reads `/init`, decides when a start may go out, ends the
 * conversation when the deployment changes or the page goes away, and turns
 * what the session says into `tavus:*` events.
 */
export class ConversationController implements ReactiveController {
  /** A non-fatal problem shown over the call (blocked camera or microphone). */
  notice: TavusError | undefined;
  readonly #host: ConversationHost;
  readonly #options: ConversationControllerOptions;
  readonly #session: Session;
  readonly #countdown: CountdownController;
  readonly #deployment: DeploymentInfoController;
  #gate: TurnstileGate | undefined;
  #phase: StartPhase = READY;
  /** The deployment and API the element was last set up for. */
  #applied: string | undefined;
  #readyFor: string | undefined;

  constructor(host: ConversationHost, options: ConversationControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.#session = new Session({ ...options, notify: (notice) => this.#onNotice(notice) });
    this.#countdown = new CountdownController(host);
    this.#deployment = new DeploymentInfoController(host, (result) => this.#onDeploymentRead(result));
    new PageExitController(host, (exit) => {
      void this.end(exit);
      if (exit === 'removed') this.#gate?.remove();
    });
    host.addController(this);
  }

  get state(): SessionState {
    return this.#session.state;
  }

  /** What `/init` said about the deployment, once it has. */
  get info(): DeploymentInfo | undefined {
    return this.#deployment.info;
  }

  /** The created conversation's call, while there is one: what the page's protocol messages go through. */
  get live(): LiveCall | undefined {
    return this.#session.live;
  }

  /** Seconds left before Retry-After allows another try. */
  get retryIn(): number {
    return this.#countdown.remaining;
  }

  /** Starts a conversation once `/init` has answered, unless something later supersedes this request. */
  async start(): Promise<void> {
    const config = this.#config;
    const problem = configProblem(config);
    if (problem) {
      this.#session.fail(new TavusError('invalid-config', { reason: problem }));
      return;
    }
    if (!this.#mayStart()) return;
    const phase: StartPhase = { name: 'preparing', config };
    this.#phase = phase;
    // Both are usually here long before the click (the engine is fetched on hover or focus).
    const [info, engine] = await Promise.all([this.#deployment.settled(), loadEngine().catch(() => undefined)]);
    if (this.#phase !== phase) return;
    this.#phase = READY;
    // The click was for that deployment: if the page switched to another meanwhile, it was not for this one.
    if (configKey(config) !== configKey(this.#config) || !this.#mayStart()) return;
    if (!engine) {
      this.#session.fail(new TavusError('network'));
      return;
    }
    const { conversationalContext, customGreeting, memoryStores, palId } = this.#host;
    const detail = { conversationalContext, customGreeting, memoryStores: [...memoryStores] };
    // The page's last word on what is sent, and whether. A listener that removed the element leaves nobody to end it.
    if (!emit(this.#host, 'tavus:before-start', detail, true) || !this.#host.isConnected) return;
    const gate = this.#gateFrom(engine);
    const api = this.#api(config);
    await this.#session.start({
      engine,
      api,
      request: engine.startRequest(detail, palId),
      callFactory: this.#host.callFactory,
      mount: () => this.#host.updateComplete.then(() => this.#options.callContainer()),
      passwordRequired: info?.hasPassword ?? false,
      ...(info?.captcha ? { captcha: gate.for(info) } : {}),
      discoverCaptcha: async () => gate.for(await this.#deployment.load(api, true)),
    });
  }

  /** Ends the conversation, cancels a start, or closes a prompt; a start still waiting on `/init` never goes out. */
  end(reason: EndReason = 'user'): Promise<void> {
    this.#phase = READY;
    return this.#session.end(reason);
  }

  submitPassword(password: string): void {
    void this.#session.submitPassword(password);
  }

  /** Visitor intent (hover, focus, press on Start): fetch what the start will need while they decide. */
  intent(): void {
    this.#host.callFactory.preload?.();
    void Promise.all([this.#deployment.settled(), loadEngine()])
      .then(([info, engine]) => this.#gateFrom(engine).preload(info))
      .catch(() => undefined);
  }

  /** The sentence shown for an error, in the visitor's language. */
  sentence(error: TavusError): string {
    return this.#options.translate()(errorKey(error));
  }

  hostConnected(): void {
    this.#host.setAttribute('state', this.state.name);
  }

  hostUpdate(): void {
    const key = configKey(this.#config);
    if (key === this.#applied) return;
    this.#applied = key;
    this.#applyConfig();
  }

  hostUpdated(): void {
    const { deploymentId } = this.#host;
    if (!configProblem(this.#config) && this.#readyFor !== deploymentId) {
      this.#readyFor = deploymentId;
      emit(this.#host, 'tavus:ready', { deploymentId });
    }
  }

  #gateFrom(engine: SessionEngine): TurnstileGate {
    const host = this.#host;
    return (this.#gate ??= new engine.TurnstileGate({
      siteKey: () => host.turnstileSiteKey,
      nonce: () => host.nonce ?? '',
      language: () => host.closest<HTMLElement>('[lang]')?.lang || 'auto',
      container: this.#options.captchaContainer,
    }));
  }

  /**
   * No start while one is under way or Retry-After runs, nor where this deployment can't be started from this
   * page, nor from a detached element.
   */
  #mayStart(): boolean {
    // Removed while /init was read: nobody would be left to end what a start creates.
    if (!this.#host.isConnected) return false;
    const { state } = this.#session;
    if (!canStart(state) || this.#countdown.remaining > 0) return false;
    return !(state.name === 'error' && FINAL_INIT_ERRORS.has(state.error.code));
  }

  #applyConfig(): void {
    if (isBusy(this.#session.state)) {
      // The conversation belongs to the old deployment: end it, then offer the new one from the start surface.
      void this.end().then(() => {
        this.#session.reset();
        this.#applyConfig();
      });
      return;
    }
    const problem = configProblem(this.#config);
    const current = this.#session.state;
    if (problem) {
      this.#session.fail(new TavusError('invalid-config', { reason: problem }));
    } else if (current.name === 'unavailable' || (current.name === 'error' && !isRetryable(current.error.code))) {
      // A new deployment deserves a fresh look: what was final for the old one says nothing of it.
      this.#session.reset();
    }
    void this.#deployment.load(problem ? undefined : this.#api(this.#config));
  }

  #onDeploymentRead(result: DeploymentInfo | TavusError): void {
    if (result instanceof TavusError) {
      if (FINAL_INIT_ERRORS.has(result.code)) this.#session.fail(result);
      return;
    }
    if (!result.isAvailable) this.#session.fail(new TavusError('unavailable', { reason: result.unavailableReason }));
    else if (this.#session.state.name === 'unavailable') this.#session.reset();
  }

  #api(config: DeploymentConfig): DeploymentApi {
    return new DeploymentApi({ ...config, ...this.#options.network });
  }

  get #config(): DeploymentConfig {
    return { deploymentId: this.#host.deploymentId ?? '', baseUrl: this.#host.baseUrl ?? '' };
  }

  #onNotice(notice: SessionNotice): void {
    const host = this.#host;
    switch (notice.type) {
      case 'state':
        this.#onStateChange(notice.state, notice.previous);
        break;
      case 'created':
        emit(host, 'tavus:conversation-created', {
          conversationId: notice.conversationId,
          conversationUrl: notice.conversationUrl,
        });
        break;
      case 'started':
        emit(host, 'tavus:conversation-started', { conversationId: notice.conversationId });
        break;
      case 'ended':
        emit(host, 'tavus:conversation-ended', { conversationId: notice.conversationId, reason: notice.reason });
        break;
      case 'error':
        if (notice.error.code === 'media-blocked') {
          this.notice = notice.error;
          host.requestUpdate();
        }
        emit(host, 'tavus:error', notice.error.toDetail(this.sentence(notice.error)));
        break;
      case 'protocol':
        emit(host, notice.event.name, notice.event.detail);
        break;
      case 'call-released':
        // Daily owns the call container's children until its destroy() is done; then drop whatever a hung one left.
        if (!inCall(this.#session.state)) this.#options.callContainer()?.replaceChildren();
        break;
    }
  }

  #onStateChange(state: SessionState, previous: SessionState): void {
    this.#options.stateChanged?.(state);
    if (state.name === 'error' && state.error.retryAfter) this.#countdown.start(state.error.retryAfter);
    else this.#countdown.stop();
    if (!inCall(state)) this.notice = undefined;
    if (this.#host.isConnected) this.#host.setAttribute('state', state.name);
    this.#host.requestUpdate();
    emit(this.#host, 'tavus:state-change', { state: state.name, previous: previous.name });
  }
}

const configKey = ({ deploymentId, baseUrl }: DeploymentConfig) => `${baseUrl} ${deploymentId}`;
