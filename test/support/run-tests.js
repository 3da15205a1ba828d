// @ts-check
/**
 * `npm test`: lint, type-check, manifest freshness, both builds and the example apps built on them, the package's
 * Node tests, then the browser tests in each engine in turn: Chromium, Firefox and WebKit, or those TEST_ENGINES
 * names (`TEST_ENGINES=firefox npm test`). Arguments go to web-test-runner (`npm test -- --files test/x.test.ts`).
 * Stops at the first failing step; ends with each engine's pass count and time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINE_NAMES, findBrowser } from './browsers.js';

const engines = (process.env['TEST_ENGINES'] ?? ENGINE_NAMES.join(','))
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
for (const engine of engines) {
  if (!ENGINE_NAMES.includes(/** @type {any} */ (engine))) {
    console.error(`TEST_ENGINES names ${engine}; the engines are ${ENGINE_NAMES.join(', ')}.`);
    process.exit(1);
  }
  // Before anything runs: a missing browser is reported with what to install.
  findBrowser(/** @type {import('./browsers.js').EngineName} */ (engine));
}

const summaryDir = mkdtempSync(join(tmpdir(), 'tavus-tests-'));
const summaryFile = join(summaryDir, 'engines.jsonl');
process.on('exit', () => rmSync(summaryDir, { recursive: true, force: true }));

/** @type {[string, string[], Record<string, string>?][]} */
const steps = [
  ['eslint', ['.']],
  ['tsc', ['-p', '.']],
  ['node', ['scripts/check-manifest.js']],
  ['vite', ['build', '--config', 'vite.cdn.config.ts', '--logLevel', 'warn']],
  ['node', ['scripts/clean.js', 'dist/npm']],
  ['tsc', ['-p', 'tsconfig.build.json']],
  ['vite', ['build', '--config', 'demo/vite.pages.config.ts', '--logLevel', 'warn']],
  ['node', ['--test', 'test/node/']],
  ...engines.map((engine) => /** @type {[string, string[], Record<string, string>]} */ ([
    'web-test-runner',
    process.argv.slice(2),
    { TEST_ENGINE: engine, TEST_SUMMARY_FILE: summaryFile },
  ])),
];

/** @type {string[]} */
const timings = [];

function printSummary() {
  let lines = [];
  try {
    lines = readFileSync(summaryFile, 'utf8').trim().split('\n').filter(Boolean);
  } catch {
    return;
  }
  console.log('\nBrowser tests:');
  lines.forEach((line, index) => {
    const { engine, passed, failed, skipped, skippedSuites } = JSON.parse(line);
    console.log(`  ${engine}: ${passed} passed, ${failed} failed, ${skipped} skipped, in ${timings[index]}`);
    for (const suite of skippedSuites) console.log(`    skipped: ${suite}`);
  });
}

for (const [command, args, env] of steps) {
  console.log(`\n> ${env?.['TEST_ENGINE'] ? `TEST_ENGINE=${env['TEST_ENGINE']} ` : ''}${command} ${args.join(' ')}`);
  const bin = command === 'node' ? process.execPath : `node_modules/.bin/${command}`;
  const started = performance.now();
  const { status } = spawnSync(bin, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (env) timings.push(`${Math.round((performance.now() - started) / 1000)} s`);
  if (status !== 0) {
    printSummary();
    console.error(`\n${command} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
}
printSummary();
