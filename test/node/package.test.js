// @ts-check
/** The npm package as a consumer meets it: runs in Node (`node --test`) after `npm run build`. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('importing the package for server-side rendering neither throws nor touches window', async () => {
  assert.equal(typeof globalThis.window, 'undefined');
  const main = await import('../../dist/npm/index.js');
  const define = await import('../../dist/npm/define.js');
  assert.equal(typeof main.TavusDeployment, 'function');
  assert.equal(main.TavusDeployment, define.TavusDeployment);
  main.defineTavusDeployment();
  assert.equal(typeof globalThis.window, 'undefined');
});

test('the version in the code is the package version', async () => {
  const { VERSION } = await import('../../dist/npm/index.js');
  assert.equal(VERSION, pkg.version);
});

test('every export points at a file that exists, with types', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (entry.includes('*')) continue;
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files) assert.ok(existsSync(file), `${entry} → ${file}`);
    if (typeof target !== 'string') assert.ok(target.types, `${entry} has types`);
  }
});

test('the tarball holds what users need and no test, demo or config file', () => {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
  const [{ files }] = JSON.parse(output);
  const paths = files.map((/** @type {{ path: string }} */ f) => f.path);
  for (const needed of ['dist/cdn/tavus-deployment.js', 'dist/npm/index.js', 'dist/npm/index.d.ts', 'dist/npm/define.js', 'dist/npm/react.js', 'custom-elements.json', 'README.md', 'package.json']) {
    assert.ok(paths.includes(needed), `${needed} is packed`);
  }
  const stray = paths.filter((/** @type {string} */ p) => /^(test|demo|src|\.ci)\/|^[^/]*config\.|^tsconfig/.test(p));
  assert.deepEqual(stray, []);
});

test('only the registering files are marked as having side effects', () => {
  assert.deepEqual(pkg.sideEffects, ['./dist/npm/define.js', './dist/npm/react.js', './dist/cdn/*.js']);
  const index = readFileSync('dist/npm/index.js', 'utf8');
  assert.doesNotMatch(index, /customElements\.define/);
});
