// @ts-check
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { startMockApi } from './dev/mock-api/server.js';
import { ENGINE_NAMES, engineFor } from './test/support/browsers.js';
import { cspPagePlugin } from './test/support/csp-page.js';
import { startThirdPartyProxy } from './test/support/third-party-proxy.js';

/** One engine per run, chromium unless TEST_ENGINE names another: `npm test` runs each in turn. */
const ENGINE = /** @type {import('./test/support/browsers.js').EngineName} */ (process.env['TEST_ENGINE'] ?? 'chromium');
if (!ENGINE_NAMES.includes(ENGINE)) throw new Error(`TEST_ENGINE must be one of ${ENGINE_NAMES.join(', ')}, not ${ENGINE}`);

const proxy = ENGINE === 'chromium' ? undefined : await startThirdPartyProxy();
const engine = engineFor(ENGINE, proxy);

/** @type {Awaited<ReturnType<typeof startMockApi>> | undefined} */
let mock;

/** Suites that `onlyIn()` (test/support/engine.ts) skipped in this engine, and why. */
const skippedSuites = new Set();

/** @typedef {{ name: string, passed: boolean, skipped: boolean }} TestResult */
/** @typedef {{ tests: TestResult[], suites: SuiteResult[] }} SuiteResult */

/** @param {SuiteResult | undefined} suite @returns {TestResult[]} */
const testsIn = (suite) => (suite ? [...suite.tests, ...suite.suites.flatMap(testsIn)] : []);

/**
 * One line per run: this engine's pass, fail and skip counts, then every skipped suite with its reason. With
 * TEST_SUMMARY_FILE set (`npm test` sets it), the counts are also appended to it as a JSON line.
 * @type {import('@web/test-runner').Reporter}
 */
const engineSummary = {
  onTestRunFinished({ sessions }) {
    const tests = sessions.flatMap((session) => testsIn(/** @type {SuiteResult | undefined} */ (session.testResults)));
    const errors = sessions.filter((session) => session.errors.length > 0).length;
    const counts = {
      engine: ENGINE,
      passed: tests.filter((t) => t.passed && !t.skipped).length,
      failed: tests.filter((t) => !t.passed && !t.skipped).length + errors,
      skipped: tests.filter((t) => t.skipped).length,
    };
    console.log(`\n${ENGINE}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    for (const line of skippedSuites) console.log(`  skipped in ${ENGINE}: ${line}`);
    const file = process.env['TEST_SUMMARY_FILE'];
    if (file) appendFileSync(file, `${JSON.stringify({ ...counts, skippedSuites: [...skippedSuites] })}\n`);
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: engine.concurrency,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 300_000,
  reporters: [defaultReporter(), engineSummary],
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
      // Tests re-route Cloudflare's script: `executeServerCommand('route-turnstile', { mode })`.
      name: 'route-turnstile',
      async executeCommand({ command, payload, session }) {
        if (command !== 'route-turnstile') return undefined;
        await engine.routeTurnstile(session, /** @type {{ mode: 'fake' | 'fail' | 'hang' }} */ (payload).mode);
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
      name: 'skipped-suites',
      executeCommand({ command, payload, session }) {
        if (command !== 'skipped-suite') return undefined;
        const { suite, reason } = /** @type {{ suite: string, reason: string }} */ (payload);
        skippedSuites.add(`${session.testFile.replace(`${process.cwd()}/`, '')} › ${suite}: ${reason}`);
        return true;
      },
    },
    {
      // test/subresource-integrity.test.ts loads the CDN build with one file altered: /__tampered/<that file>/<file>.
      name: 'tampered-cdn-build',
      async serve({ path }) {
        const match = /^\/__tampered\/([\w.-]+)\/([\w.-]+\.js)$/.exec(path);
        if (!match) return undefined;
        const [, victim, file] = match;
        const body = await readFile(new URL(`./dist/cdn/${file}`, import.meta.url), 'utf8');
        return { body: file === victim ? `${body}\nwindow.tampered = ${JSON.stringify(file)};\n` : body, type: 'js' };
      },
    },
    cspPagePlugin(() => mock?.url ?? ''),
    {
      // The mock Tavus API runs on its own port: every test request is cross-origin, as in production.
      name: 'mock-tavus-api',
      async serverStart() {
        mock = await startMockApi();
      },
      async serverStop() {
        await mock?.close();
        await proxy?.close();
      },
    },
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><title>tavus-deployment tests</title></head>
      <body>
        <script>window.MOCK_API_URL = ${JSON.stringify(mock?.url)}; window.TEST_ENGINE = ${JSON.stringify(ENGINE)};</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  browsers: [engine.launcher],
};
