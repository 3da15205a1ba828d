// @ts-check
/**
 * `npm test`: lint, type-check, manifest freshness, both builds and the example
 * apps built on them, the package's Node tests, then the browser tests in the
 * system Chromium. Stops at the first failing step.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.js';

findChromium();

/** @type {[string, string[]][]} */
const steps = [
  ['eslint', ['.']],
  ['tsc', ['-p', '.']],
  ['node', ['scripts/check-manifest.js']],
  ['vite', ['build', '--config', 'vite.cdn.config.ts', '--logLevel', 'warn']],
  ['tsc', ['-p', 'tsconfig.build.json']],
  ['vite', ['build', '--config', 'demo/vite.pages.config.ts', '--logLevel', 'warn']],
  ['node', ['--test', 'test/node/']],
  ['web-test-runner', process.argv.slice(2)],
];

for (const [command, args] of steps) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const bin = command === 'node' ? process.execPath : `node_modules/.bin/${command}`;
  const { status } = spawnSync(bin, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n${command} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
}
