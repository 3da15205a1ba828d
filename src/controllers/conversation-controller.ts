import type { ReactiveController, ReactiveElement } from 'lit';
import type { CallFactory, CallMedia } from '../call-adapter.js';
import { configProblem, type DeploymentConfig } from '../config.js';
import { DeploymentApi, type DeploymentApiOptions, type DeploymentInfo } from '../deployment-api.js';
import { TavusError, type TavusErrorCode } from '../errors.js';
import { emit } from '../events.js';
import { canStart, isBusy, inCall, type EndReason, type SessionState } from '../session/session-state.js';
import { Session, type SessionNotice, type SessionOptions } from '../session/session.js';
import { errorKey, type Translate } from '../strings/localize.js';
import type { LiveCall } from '../session/live-call.js';
import { loadEngine, type SessionEngine } from '../session/load-engine.js';
import type { TurnstileGate } from '../turnstile-gate.js';
import type { CountdownController } from './countdown-controller.js';
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
  /** Seconds the call may take to join once the conversation exists. */
  joinTimeout: number;
  /** Straight from Start to the conversation, without the pre-join check. */
  skipPreJoin: boolean;
  /** The call UI: ours on Daily's call object (`custom`), or Daily Prebuilt's. */
  callUi: string;
  /** A call of the page's own; unset, `callUi` chooses Daily's. */
  callFactory: CallFactory | undefined;
}

export interface ConversationControllerOptions extends Pick<SessionOptions, 'endGuard' | 'startTimeoutMs' | 'teardownTimeoutMs'> {
  /** The container the call mounts in. */
  callContainer(): HTMLElement;
  /** The container the Turnstile widget renders in. */
  captchaContainer(): HTMLElement;
  /** The visitor's sentences. */
  translate(): Translate;
  /** Hears every state change, after the session made it; `visitor` when it follows a visitor's (or the page's) request. */
  stateChanged?(state: SessionState, visitor: boolean): void;
  /** Fetches what the element itself needs once a start is coming (its later views); a start waits for it. */
  prepare?(): Promise<unknown>;
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
  /** A non-fatal problem shown over the call (the camera or the microphone failed). */
  notice: TavusError | undefined;
  readonly #host: ConversationHost;
  readonly #options: ConversationControllerOptions;
  readonly #session: Session;
  /** Retry-After's countdown: only a start meets one, so it comes with the engine. */
  #countdown: CountdownController | undefined;
  readonly #deployment: DeploymentInfoController;
  #gate: TurnstileGate | undefined;
  #engine: SessionEngine | undefined;
  #phase: StartPhase = READY;
  /** The deployment and API the element was last set up for. */
  #applied: string | undefined;
  #readyFor: string | undefined;
  /** The visitor (or the page) asked for something since the element was set up: errors are news to announce. */
  #acting = false;
  /** Hints already logged: each is said once per element. */
  readonly #hinted = new Set<string>();

  constructor(host: ConversationHost, options: ConversationControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.#session = new Session({ ...options, notify: (notice) => this.#onNotice(notice) });
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

  /** The current error follows a visitor's request, so it is announced at once (`role="alert"`). */
  get alerting(): boolean {
    return this.#acting;
  }

  /** The created conversation's call, while there is one: what the page's protocol messages go through. */
  get live(): LiveCall | undefined {
    return this.#session.live;
  }

  /** Seconds left before Retry-After allows another try. */
  get retryIn(): number {
    return this.#countdown?.remaining ?? 0;
  }

  /** Starts a conversation once `/init` has answered, unless something later supersedes this request. */
  async start(): Promise<void> {
    this.#acting = true;
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
    const [info, engine] = await Promise.all([this.#deployment.settled(), this.#loadEngine().catch(() => undefined)]);
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
    const api = new engine.ConversationApi({ ...config, ...this.#options.network });
    await this.#session.start({
      engine,
      api,
      request: engine.startRequest(detail, palId),
      callFactory: engine.callFactoryFor(this.#host),
      mount: () => this.#host.updateComplete.then(() => this.#options.callContainer()),
      passwordRequired: info?.hasPassword ?? false,
      ...(info?.captcha ? { captcha: gate.for(info) } : {}),
      discoverCaptcha: async () => gate.for(await this.#deployment.load(api, true)),
      joinTimeoutMs: this.#host.joinTimeout * 1000,
      preJoin: !this.#host.skipPreJoin,
    });
  }

  /** Ends the conversation, cancels a start, or closes a prompt; a start still waiting on `/init` never goes out. */
  end(reason: EndReason = 'user'): Promise<void> {
    if (reason === 'user') this.#acting = true;
    this.#phase = READY;
    return this.#session.end(reason);
  }

  submitPassword(password: string): void {
    this.#acting = true;
    void this.#session.submitPassword(password);
  }

  /** The visitor pressed Join at the pre-join check (their Start already made errors news): the start goes out. */
  join(media: CallMedia): void {
    void this.#session.join(media);
  }

  /** Reads `/init` again (an unavailable deployment may have become available). */
  recheck(): void {
    this.#acting = true;
    const problem = configProblem(this.#config);
    if (!problem) void this.#deployment.load(this.#api(this.#config), true);
  }

  /** Puts the notice over the call away. */
  dismissNotice(): void {
    this.notice = undefined;
    this.#host.requestUpdate();
  }

  /** Visitor intent (hover, focus, press on Start): fetch what the start will need while they decide. */
  intent(): void {
    void Promise.all([this.#deployment.settled(), this.#loadEngine()])
      .then(([info, engine]) => {
        engine.callFactoryFor(this.#host).preload?.();
        this.#gateFrom(engine).preload(info);
      })
      .catch(() => undefined);
  }

  /** The sentence shown for an error, in the visitor's language. */
  sentence(error: TavusError): string {
    const t = this.#options.translate();
    // The deployment's own words for why it is unavailable, when its owner wrote some.
    const own = error.code === 'unavailable' ? this.info?.unavailableCopy.description : undefined;
    return own ?? t(errorKey(error, t));
  }

  hostConnected(): void {
    this.#host.setAttribute('state', this.state.name);
  }

  hostUpdate(): void {
    const key = configKey(this.#config);
    if (key === this.#applied) return;
    // A Start still waiting on /init for another deployment was not for this one, even if the page switches back.
    const phase = this.#phase;
    if (phase.name === 'preparing' && configKey(phase.config) !== key) this.#phase = READY;
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

  /** The page's call, else Daily's for the chosen UI (its factories come with the engine). */
  /** The session engine and the element's own later parts, fetched together. */
  async #loadEngine(): Promise<SessionEngine> {
    const [engine] = await Promise.all([loadEngine(), this.#options.prepare?.()]);
    this.#countdown ??= new engine.CountdownController(this.#host);
    return (this.#engine = engine);
  }

  #gateFrom(engine: SessionEngine): TurnstileGate {
    const host = this.#host;
    return (this.#gate ??= new engine.TurnstileGate({
      siteKey: () => host.turnstileSiteKey,
      nonce: () => host.nonce ?? '',
      language: () => this.#options.translate().lang,
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
    if (!canStart(state) || this.retryIn > 0) return false;
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
    this.#acting = false;
    const problem = configProblem(this.#config);
    const current = this.#session.state;
    if (problem) {
      this.#session.fail(new TavusError('invalid-config', { reason: problem }));
    } else if (current.name === 'unavailable' || current.name === 'error' || current.name === 'ended') {
      // A new deployment deserves a fresh look: the old one's errors and Retry-After say nothing of it.
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
      case 'error':
        // In a call, an error that did not end it is about the camera or the microphone.
        if (inCall(this.#session.state)) {
          this.notice = notice.error;
          host.requestUpdate();
        }
        this.report(notice.error);
        break;
      case 'event':
        emit(host, notice.event.name, notice.event.detail);
        break;
      case 'call-released':
        // Daily owns the call container's children until its destroy() is done; then drop whatever a hung one left.
        if (!inCall(this.#session.state)) this.#options.callContainer()?.replaceChildren();
        break;
    }
  }

  /**
   * Fires `tavus:error`, with the site owner's fix (logged the first time this element meets it). The fixes come
   * with the engine: an error met before any start (the attributes, `/init`) waits for it, a few milliseconds.
   */
  report(error: TavusError): void {
    const fire = (engine?: SessionEngine) =>
      emit(this.#host, 'tavus:error', error.toDetail(this.sentence(error), engine && this.#hint(engine, error)));
    if (this.#engine) fire(this.#engine);
    else loadEngine().then(fire, () => fire());
  }

  #hint(engine: SessionEngine, error: TavusError): string | undefined {
    const hint = engine.hintFor(error, { origin: location.origin, joinTimeout: this.#host.joinTimeout });
    if (hint && !this.#hinted.has(hint)) {
      this.#hinted.add(hint);
      console.warn(`<tavus-deployment deployment-id="${this.#host.deploymentId}">: ${hint}`);
    }
    return hint;
  }

  #onStateChange(state: SessionState, previous: SessionState): void {
    this.#options.stateChanged?.(state, this.#acting);
    if (state.name === 'error' && state.error.retryAfter) this.#countdown?.start(state.error.retryAfter);
    else this.#countdown?.stop();
    if (!inCall(state)) this.notice = undefined;
    if (this.#host.isConnected) this.#host.setAttribute('state', state.name);
    this.#host.requestUpdate();
    emit(this.#host, 'tavus:state-change', { state: state.name, previous: previous.name });
  }
}

const configKey = ({ deploymentId, baseUrl }: DeploymentConfig) => `${baseUrl} ${deploymentId}`;
