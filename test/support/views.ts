/**
 * Drives a `<tavus-deployment>` into each of its views, the one place the
 * visual, layout, contrast and copy tests get them from. Each view is reached
 * the way a visitor reaches it (mock scenarios, the simulated call, a fake
 * Turnstile the test answers), never by poking the element's internals.
 */
import { ENGINE } from './engine.js';
import { installFakeTurnstile } from './fake-turnstile.js';
import { mount, type Mounted } from './element.js';
import { until } from './mock-api.js';

export const VIEWS = [
  'idle',
  'poster',
  'password',
  'wrong-password',
  'pre-join',
  'permission-denied',
  'captcha',
  'progress',
  'joining',
  'connected',
  'ended',
  'failed',
  'rate-limited',
  'setup',
  'invalid-config',
  'unavailable',
  'join-timeout',
] as const;
export type ViewName = (typeof VIEWS)[number];

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

/** The container widths of the issue: a desktop card, a 390 px phone, the narrowest supported container. */
export const WIDTHS = { wide: 720, phone: 390, narrow: 320 } as const;
export type WidthName = keyof typeof WIDTHS;

export interface ShownView extends Mounted {
  /** Shows the same view in another theme and container width. */
  set: (theme: Theme, width: number) => Promise<void>;
  /** Ends whatever the view left running (a start, a call), removes the element and puts the page's clock back. */
  dispose: () => Promise<void>;
}

/** The page's Turnstile: left unanswered, so the captcha view waits for the visitor. */
const turnstile = installFakeTurnstile();
turnstile.mode = 'manual';

const realNow = Date.now;

interface Recipe {
  scenario: string;
  attributes?: Record<string, string | null>;
  /** `false`: the simulated call never joins. */
  joinAfterMs?: number | false;
  act?: (m: Mounted) => Promise<void>;
  /** The view is on screen: its state, plus what arrives after it (the later views, the poster). */
  state: string;
  ready?: (m: Mounted) => unknown;
}

const start = async (m: Mounted) => {
  void m.el.startConversation();
};

/** The pre-join check, where the test helper would skip it. */
const WITH_PRE_JOIN = { 'skip-pre-join': null };

/**
 * The fake camera's picture and the microphone's level move: hidden, the view holds still for a screenshot (the
 * box and the track stay). Only Chromium has fake devices: elsewhere the check is shown as the browser leaves it
 * (still asking, or refused).
 */
function stillPreview(m: Mounted): boolean {
  if (ENGINE !== 'chromium') return !!m.part('pre-join');
  const root = m.el.shadowRoot!;
  const video = root.querySelector<HTMLVideoElement>('[part~="preview"]');
  if (!video || video.readyState < 2) return false;
  video.style.visibility = 'hidden';
  root.querySelector<HTMLElement>('.mic-level span')!.style.visibility = 'hidden';
  return true;
}

/** getUserMedia refuses, as when the visitor said no, until the view is up. */
let refuseMedia: (() => void) | undefined;

const RECIPES: Record<ViewName, Recipe> = {
  idle: { scenario: 'demo', state: 'idle', ready: (m) => m.part('start-button') },
  poster: {
    scenario: 'preview',
    state: 'idle',
    ready: async (m) => {
      const img = m.part<HTMLImageElement>('poster');
      if (!img?.complete || img.naturalWidth === 0) return false;
      await img.decode();
      return true;
    },
  },
  password: { scenario: 'password', act: start, state: 'awaiting-password', ready: (m) => m.part('password-input') },
  'wrong-password': {
    scenario: 'password',
    act: async (m) => {
      void m.el.startConversation();
      await m.waitForState('awaiting-password');
      const input = await until(() => m.part<HTMLInputElement>('password-input'), 'the password field');
      input.value = 'not-the-password';
      m.part<HTMLFormElement>('password-form')!.requestSubmit();
      await until(() => m.part('password-error'), 'the wrong-password message');
    },
    state: 'awaiting-password',
    ready: (m) => m.part('password-error'),
  },
  'pre-join': { scenario: 'demo', attributes: WITH_PRE_JOIN, act: start, state: 'pre-join', ready: stillPreview },
  'permission-denied': {
    scenario: 'demo',
    attributes: WITH_PRE_JOIN,
    act: async (m) => {
      const devices = navigator.mediaDevices;
      const real = devices.getUserMedia;
      devices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      refuseMedia = () => (devices.getUserMedia = real);
      await start(m);
    },
    state: 'pre-join',
    ready: (m) => m.part('recovery') && (refuseMedia?.(), true),
  },
  captcha: {
    scenario: 'captcha',
    act: start,
    state: 'awaiting-captcha',
    ready: (m) => m.part('captcha')?.textContent?.includes('Turnstile') && m.part('cancel-button'),
  },
  // The mock answers this start only after ten minutes; the test cancels long before.
  progress: { scenario: 'slow-600000', act: start, state: 'starting', ready: (m) => m.part('cancel-button') },
  joining: { scenario: 'demo', joinAfterMs: false, act: start, state: 'joining', ready: (m) => m.part('cancel-button') },
  // The simulated replica is a still picture: the call looks the same in every screenshot once its video plays.
  connected: {
    scenario: 'demo',
    joinAfterMs: 10,
    act: start,
    state: 'connected',
    ready: (m) => m.part('replica-video') && !m.part('connecting'),
  },
  ended: {
    scenario: 'demo',
    joinAfterMs: 10,
    act: async (m) => {
      await m.el.startConversation();
      await m.waitForState('connected');
      await m.el.endConversation();
    },
    state: 'ended',
    ready: (m) => m.part('start-button'),
  },
  failed: { scenario: 'status-500', act: (m) => m.el.startConversation(), state: 'error', ready: (m) => m.part('retry-button') },
  'rate-limited': {
    scenario: 'ratelimited-30',
    act: async (m) => {
      // The countdown reads the clock: stopped, it shows "30 s" however long the test takes.
      const frozen = realNow();
      Date.now = () => frozen;
      await m.el.startConversation();
    },
    state: 'error',
    ready: (m) => m.part('retry-button'),
  },
  setup: { scenario: 'origin-blocked', state: 'error', ready: (m) => m.part('error-message') },
  'invalid-config': { scenario: 'demo', attributes: { 'deployment-id': '' }, state: 'error', ready: (m) => m.part('error-message') },
  unavailable: { scenario: 'unavailable-busy', state: 'unavailable', ready: (m) => m.part('recheck-button') },
  'join-timeout': {
    scenario: 'demo',
    joinAfterMs: false,
    act: async (m) => {
      m.el.joinTimeout = 1;
      await m.el.startConversation();
    },
    state: 'error',
    ready: (m) => m.part('retry-button'),
  },
};

/**
 * Mounts an element and brings it into `view`. The element stays on the page until `dispose()`, across tests, so
 * one view serves every theme and width: the progress view's start holds one of the browser's six connections to
 * the mock for as long as the page lives (a cancelled start still waits for its answer, to end what it created).
 */
export async function showView(view: ViewName, theme: Theme = 'light', width: number = WIDTHS.wide): Promise<ShownView> {
  const recipe = RECIPES[view];
  const container = document.createElement('div');
  const m = await mount(recipe.scenario, { theme, ...recipe.attributes }, { joinAfterMs: recipe.joinAfterMs ?? 50 }, async (el) => {
    container.append(el);
    document.body.append(container);
  });
  container.style.width = `${width}px`;
  await recipe.act?.(m);
  await m.waitForState(recipe.state, 10_000);
  await until(() => (recipe.ready ? recipe.ready(m) : true), `the ${view} view`, 10_000);
  await m.el.updateComplete;
  return {
    ...m,
    set: async (next, nextWidth) => {
      m.el.setAttribute('theme', next);
      container.style.width = `${nextWidth}px`;
      await m.el.updateComplete;
    },
    dispose: async () => {
      Date.now = realNow;
      await m.el.endConversation();
      container.remove();
    },
  };
}

/** A `describe` per view, whose element is brought into the view once for all its tests: `shown()` is that element. */
export function describeViews(tests: (view: ViewName, shown: () => ShownView) => void): void {
  for (const view of VIEWS) {
    describe(view, () => {
      let shown: ShownView | undefined;
      before(async () => {
        shown = await showView(view);
      });
      after(() => shown?.dispose());
      tests(view, () => shown!);
    });
  }
}

/**
 * The element's controls: what a visitor can press or type in, in its shadow root, the call UI's included (a call
 * with a UI of its own, as Daily Prebuilt's frame or the simulated stand-in for it, is not the element's).
 */
export function controls(el: HTMLElement & { state: string }): HTMLElement[] {
  const root = el.shadowRoot!;
  return [...root.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex="0"]')].filter(
    (control) => control.getClientRects().length > 0 && !control.closest('[data-simulated-call]'),
  );
}

