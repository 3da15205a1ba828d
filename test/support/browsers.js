// @ts-check
/**
 * The three browser engines the tests run in, each the system's own build (Debian: `chromium`, `firefox-esr`,
 * `webkit2gtk-driver` with `xvfb`): where each is found, what to install when it is missing, and how
 * web-test-runner drives it. Nothing here downloads a browser.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { FAKE_TURNSTILE_API } from './third-party-proxy.js';

/** @typedef {'chromium' | 'firefox' | 'webkit'} EngineName */
/** @typedef {Awaited<ReturnType<typeof import('./third-party-proxy.js').startThirdPartyProxy>>} ThirdPartyProxy */
/** @typedef {import('./third-party-proxy.js').TurnstileMode} TurnstileMode */

const TURNSTILE_URL = /^https:\/\/challenges\.cloudflare\.com\//;

/** @type {EngineName[]} */
export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'];

/** Flags for a headless Chromium on a machine with no outside network and no sandbox support as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
];

/** MiniBrowser comes with Debian's libwebkit2gtk under an architecture-specific directory. */
function miniBrowsers() {
  const lib = '/usr/lib';
  return readdirSync(lib).flatMap((dir) => ['4.1', '4.0'].map((api) => `${lib}/${dir}/webkit2gtk-${api}/MiniBrowser`));
}

/** Per engine: the files it needs (each the first candidate that exists) and the Debian packages that provide them. */
const REQUIREMENTS = {
  chromium: { files: { browser: [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'] }, packages: 'chromium' },
  firefox: {
    files: { browser: [process.env['FIREFOX_PATH'], '/usr/bin/firefox-esr', '/usr/bin/firefox'], openssl: ['/usr/bin/openssl'] },
    packages: 'firefox-esr openssl',
  },
  webkit: {
    files: { driver: ['/usr/bin/WebKitWebDriver'], browser: miniBrowsers(), display: ['/usr/bin/Xvfb'], openssl: ['/usr/bin/openssl'] },
    packages: 'webkit2gtk-driver xvfb openssl',
  },
};

/**
 * The paths an engine needs, or exits with what to install: the tests never download a browser.
 * @template {EngineName} E
 * @param {E} engine
 * @returns {Record<keyof (typeof REQUIREMENTS)[E]['files'], string>}
 */
export function findBrowser(engine) {
  const { files, packages } = REQUIREMENTS[engine];
  const found = Object.fromEntries(
    Object.entries(files).map(([role, candidates]) => [role, candidates.find((path) => path && existsSync(path))]),
  );
  if (Object.values(found).every(Boolean)) return /** @type {any} */ (found);
  const override = engine === 'chromium' ? 'CHROME_PATH' : engine === 'firefox' ? 'FIREFOX_PATH' : undefined;
  console.error(
    [
      `No ${engine} found for the browser tests.`,
      `Install it (Debian/Ubuntu: \`sudo apt-get install -y ${packages}\`)${override ? `, or point ${override} at an existing binary` : ''},`,
      `or leave ${engine} out: \`TEST_ENGINES=${ENGINE_NAMES.filter((e) => e !== engine).join(',')} npm test\`.`,
    ].join('\n'),
  );
  process.exit(1);
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** @param {number} port */
async function untilListening(port) {
  for (let tries = 0; tries < 200; tries += 1) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Nothing listens on port ${port}`);
}

/**
 * An X display for MiniBrowser, which has no headless mode: Xvfb picks a free display number and says which.
 * @param {string} xvfb
 * @returns {Promise<{ display: string, process: import('node:child_process').ChildProcess }>}
 */
function startXvfb(xvfb) {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before opening a display`)));
    /** @type {import('node:stream').Readable} */ (child.stdio[3]).on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve({ display: `:${output.trim()}`, process: child });
    });
  });
}

/**
 * WebKitGTK's MiniBrowser over classic WebDriver, on an Xvfb display. Third-party hosts go through the proxy;
 * Cloudflare's answer is reset before each test file, as Chromium's routes are per page.
 */
class WebKitLauncher extends WebdriverLauncher {
  #stopChildren = () => {};
  #options;
  #proxy;

  /** @param {ThirdPartyProxy} proxy */
  constructor(proxy) {
    const { browser } = findBrowser('webkit');
    const options = {
      hostname: '127.0.0.1',
      // Set once the driver listens (initialize()); the launcher reads it only when it opens the session.
      port: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        // Without it webdriverio asks for a BiDi session, which WebKitWebDriver refuses.
        'wdio:enforceWebDriverClassic': true,
        acceptInsecureCerts: true,
        'webkitgtk:browserOptions': { binary: browser, args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true'] },
      },
    };
    super(/** @type {any} */ (options));
    this.#options = options;
    this.#proxy = proxy;
  }

  /**
   * @override
   * @param {import('@web/test-runner-core').TestRunnerCoreConfig} config
   */
  async initialize(config) {
    const { driver, display } = findBrowser('webkit');
    const xvfb = await startXvfb(display);
    const port = await freePort();
    // Its own process group, so that stopping it also stops the MiniBrowser it starts.
    const webDriver = spawn(driver, [`--port=${port}`], {
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        DISPLAY: xvfb.display,
        // WebKitGTK takes its proxy from the environment (the WebDriver proxy capability is not applied).
        http_proxy: `http://${this.#proxy.address}`,
        https_proxy: `http://${this.#proxy.address}`,
        no_proxy: '127.0.0.1,localhost',
      },
    });
    this.#stopChildren = () => {
      for (const pid of [webDriver.pid && -webDriver.pid, xvfb.process.pid]) {
        try {
          if (pid) process.kill(pid);
        } catch {
          // Already gone.
        }
      }
    };
    // A run that is interrupted or killed takes its display, driver and browser with it.
    process.once('exit', this.#stopChildren);
    process.once('SIGTERM', () => process.exit(143));
    await untilListening(port);
    this.#options.port = port;
    return super.initialize(config);
  }

  /**
   * @override
   * @param {string} id
   * @param {string} url
   */
  async startSession(id, url) {
    this.#proxy.routeTurnstile('fail');
    return super.startSession(id, url);
  }

  /** @override */
  async stop() {
    await super.stop();
    this.#stopChildren();
  }
}

/**
 * How one engine runs the suite.
 * - `concurrency`: test files at once: one everywhere. Firefox throttles the timers of a background tab; WebKit's
 *   proxy has a single Turnstile mode for one test file at a time; and in Chromium the floating layout's test
 *   (its panel in the top layer, focus moving in and out) hung twice in full runs beside another file, never alone.
 * - `routeTurnstile`: makes Cloudflare's script load a fake, fail or hang for the test file of `session`.
 * @param {EngineName} engine
 * @param {ThirdPartyProxy | undefined} proxy  required by Firefox and WebKit
 */
export function engineFor(engine, proxy) {
  if (engine === 'chromium') {
    return {
      concurrency: 1,
      launcher: playwrightLauncher({
        product: 'chromium',
        launchOptions: { executablePath: findBrowser('chromium').browser, headless: true, args: CHROMIUM_ARGS },
        async createPage({ context }) {
          const page = await context.newPage();
          // Daily's hosts and the public CDN fail fast instead of hanging on a closed network.
          await page.route(/^https:\/\/([a-z0-9-]+\.)*daily\.co\//, (route) => route.abort('internetdisconnected'));
          await page.route(/^https:\/\/cdn\.jsdelivr\.net\//, (route) => route.abort('internetdisconnected'));
          await page.route(TURNSTILE_URL, (route) => route.abort('internetdisconnected'));
          return page;
        },
      }),
      /** @param {import('@web/test-runner-core').TestSession} session @param {TurnstileMode} mode */
      async routeTurnstile(session, mode) {
        const page = /** @type {import('playwright').Page} */ (/** @type {any} */ (session.browser).getPage(session.id));
        await page.unroute(TURNSTILE_URL);
        await page.route(TURNSTILE_URL, (route) => {
          if (mode === 'fake') return route.fulfill({ contentType: 'text/javascript', body: FAKE_TURNSTILE_API });
          if (mode === 'fail') return route.abort('failed');
          return undefined;
        });
      },
    };
  }
  if (!proxy) throw new Error(`${engine} reaches third-party hosts through the proxy`);
  /** @param {unknown} _session @param {TurnstileMode} mode */
  const routeTurnstile = async (_session, mode) => proxy.routeTurnstile(mode);
  if (engine === 'firefox') {
    return {
      concurrency: 1,
      launcher: puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: findBrowser('firefox').browser,
          headless: true,
          acceptInsecureCerts: true,
          extraPrefsFirefox: {
            'network.proxy.type': 1,
            'network.proxy.http': '127.0.0.1',
            'network.proxy.http_port': proxy.port,
            'network.proxy.ssl': '127.0.0.1',
            'network.proxy.ssl_port': proxy.port,
            // Firefox's own fake camera and microphone, granted without a prompt: as Chromium's flags above.
            'media.navigator.streams.fake': true,
            'media.navigator.permission.disabled': true,
          },
        },
        async createPage({ browser }) {
          proxy.routeTurnstile('fail');
          return browser.newPage();
        },
      }),
      routeTurnstile,
    };
  }
  return { concurrency: 1, launcher: new WebKitLauncher(proxy), routeTurnstile };
}
