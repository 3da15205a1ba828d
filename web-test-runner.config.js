// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { startMockApi } from './demo/mock-api/server.js';
import { CHROMIUM_ARGS, findChromium } from './test/support/chromium.js';

/** @type {Awaited<ReturnType<typeof startMockApi>> | undefined} */
let mock;

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
    esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
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
        // Daily's hosts fail fast instead of hanging on a closed network.
        await page.route(/^https:\/\/([a-z0-9-]+\.)*daily\.co\//, (route) => route.abort('internetdisconnected'));
        return page;
      },
    }),
  ],
};
