// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { startMockApi } from './dev/mock-api/server.js';
import { CHROMIUM_ARGS, findChromium } from './test/support/chromium.js';

/** @type {Awaited<ReturnType<typeof startMockApi>> | undefined} */
let mock;

const TURNSTILE = /^https:\/\/challenges\.cloudflare\.com\//;

/** What the routed Turnstile script does: define a fake that passes at once, fail to load, or never answer. */
const FAKE_TURNSTILE_API = `(() => {
  const widgets = new Map();
  let next = 0;
  const answer = (id) => setTimeout(() => widgets.get(id)?.callback?.('XXXX.DUMMY.TOKEN.XXXX'));
  window.turnstile = {
    ready: (callback) => callback(),
    render(container, params) {
      const id = 'routed-' + (next += 1);
      widgets.set(id, params);
      container.textContent = 'Turnstile (routed fake)';
      answer(id);
      return id;
    },
    reset: (id) => answer(id),
    remove: (id) => widgets.delete(id),
    execute() {},
    getResponse: () => undefined,
    isExpired: () => false,
  };
})();`;

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 300_000,
  // Dev-mode Lit in tests is deliberate: it reports misuse. Its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    // test/visual.test.ts: baselines are committed; a differing screenshot and its diff go to the ignored failed/.
    visualRegressionPlugin({
      update: process.env['UPDATE_VISUAL_BASELINES'] === '1',
      baseDir: 'test/visual',
      getBaselineName: ({ name }) => `baselines/${name}`,
      getFailedName: ({ name }) => `failed/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      // The same Chromium on the same kind of machine renders identically; a few pixels allow for antialiasing.
      failureThresholdType: 'pixel',
      failureThreshold: 20,
    }),
    esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
    {
      // Tests re-route Cloudflare's script per page: `executeServerCommand('route-turnstile', { mode })`.
      name: 'route-turnstile',
      async executeCommand({ command, payload, session }) {
        if (command !== 'route-turnstile') return undefined;
        const mode = /** @type {{ mode: 'fake' | 'fail' | 'hang' }} */ (payload).mode;
        const page = /** @type {import('playwright').Page} */ (
          /** @type {any} */ (session.browser).getPage(session.id)
        );
        await page.unroute(TURNSTILE);
        await page.route(TURNSTILE, (route) => {
          if (mode === 'fake') return route.fulfill({ contentType: 'text/javascript', body: FAKE_TURNSTILE_API });
          if (mode === 'fail') return route.abort('failed');
          return undefined;
        });
        return true;
      },
    },
    {
      // The role and name Chromium gives an element (ElementInternals included, which Playwright's own
      // snapshot cannot see): `executeServerCommand('accessible-node', { selector })`. Chromium only (CDP).
      name: 'accessible-node',
      async executeCommand({ command, payload, session }) {
        if (command !== 'accessible-node') return undefined;
        const { selector } = /** @type {{ selector: string }} */ (payload);
        const page = /** @type {import('playwright').Page} */ (
          /** @type {any} */ (session.browser).getPage(session.id)
        );
        const cdp = await page.context().newCDPSession(page);
        const { root } = await cdp.send('DOM.getDocument');
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
        await cdp.detach();
        return { role: nodes[0]?.role?.value, name: nodes[0]?.name?.value };
      },
    },
    {
      // The mock Tavus API runs on its own port: every test request is cross-origin, as in production.
      name: 'mock-tavus-api',
      async serverStart() {
        mock = await startMockApi();
      },
      async serverStop() {
        await mock?.close();
      },
    },
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><title>tavus-deployment tests</title></head>
      <body>
        <script>window.MOCK_API_URL = ${JSON.stringify(mock?.url)};</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
      async createPage({ context }) {
        const page = await context.newPage();
        // Daily's hosts and the public CDN fail fast instead of hanging on a closed network.
        await page.route(/^https:\/\/([a-z0-9-]+\.)*daily\.co\//, (route) => route.abort('internetdisconnected'));
        await page.route(/^https:\/\/cdn\.jsdelivr\.net\//, (route) => route.abort('internetdisconnected'));
        await page.route(TURNSTILE, (route) => route.abort('internetdisconnected'));
        return page;
      },
    }),
  ],
};
