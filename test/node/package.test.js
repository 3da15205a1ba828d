// @ts-check
/** The npm package as a consumer meets it: runs in Node (`node --test`) after `npm run build`. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import semver from 'semver';

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

test('the tarball holds what users need and no test, demo, dev fixture, script, config file or declaration map', () => {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
  const [{ files }] = JSON.parse(output);
  const paths = files.map((/** @type {{ path: string }} */ f) => f.path);
  for (const needed of ['LICENSE', 'dist/cdn/THIRD-PARTY-NOTICES.txt', 'dist/cdn/integrity.json', 'dist/cdn/tavus-deployment.js', 'dist/npm/index.js', 'dist/npm/index.d.ts', 'dist/npm/define.js', 'dist/npm/react.js', 'custom-elements.json', 'README.md', 'package.json']) {
    assert.ok(paths.includes(needed), `${needed} is packed`);
  }
  const stray = paths.filter(
    (/** @type {string} */ p) => /^(test|demo|dev|scripts|src|\.ci)\/|^[^/]*config\.|^tsconfig/.test(p) || p.endsWith('.d.ts.map'),
  );
  assert.deepEqual(stray, []);
});

test('custom-elements.json names the modules the package ships, not their sources', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  /** @type {string[]} */
  const modules = [];
  const visit = (/** @type {any} */ value) => {
    if (!value || typeof value !== 'object') return;
    // A reference with a `package` (`lit`) is to another package's module.
    if (typeof value.module === 'string' && value.package === undefined) modules.push(value.module);
    Object.values(value).forEach(visit);
  };
  for (const module of manifest.modules) {
    modules.push(module.path);
    visit(module);
  }
  for (const path of new Set(modules)) {
    assert.match(path, /^dist\/npm\//);
    assert.ok(existsSync(path), `${path} exists`);
  }
});

test('only the registering files are marked as having side effects', () => {
  assert.deepEqual(pkg.sideEffects, ['./dist/npm/define.js', './dist/npm/react.js', './dist/cdn/*.js']);
  const index = readFileSync('dist/npm/index.js', 'utf8');
  assert.doesNotMatch(index, /customElements\.define/);
});

test('the manifest documents exactly the events the element fires', async () => {
  const { TAVUS_EVENT_NAMES } = await import('../../dist/npm/index.js');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const element = manifest.modules.flatMap((/** @type {any} */ m) => m.declarations ?? []).find((/** @type {any} */ d) => d.tagName === 'tavus-deployment');
  assert.deepEqual(element.events.map((/** @type {{ name: string }} */ e) => e.name).sort(), [...TAVUS_EVENT_NAMES].sort());
});

const CDN = 'dist/cdn';
const cdnScripts = () => readdirSync(CDN).filter((file) => file.endsWith('.js'));

/** @param {string} name */
const licenceText = (name) => {
  const dir = join('node_modules', name);
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  return readFileSync(join(dir, /** @type {string} */ (file)), 'utf8').trim();
};

test('every CDN file opens with a licence banner naming what it inlines, whose licences the notices file carries', () => {
  const notices = readFileSync(join(CDN, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  for (const file of cdnScripts()) {
    const [banner = ''] = readFileSync(join(CDN, file), 'utf8').split('\n', 1);
    assert.match(banner, new RegExp(`^/\\*! ${pkg.name} ${pkg.version.replace(/\./g, '\\.')} \\(${pkg.license}\\)`), file);
    /** @type {Set<string>} */
    const inlined = new Set();
    if (existsSync(join(CDN, `${file}.map`))) {
      const { sources } = JSON.parse(readFileSync(join(CDN, `${file}.map`), 'utf8'));
      for (const source of sources) {
        const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
        if (name) inlined.add(name);
      }
    } else {
      // Only daily-js's chunk goes without a map: daily-js is published minified, without one.
      assert.match(file, /^daily-esm-/);
      inlined.add('@daily-co/daily-js');
    }
    for (const name of inlined) {
      assert.ok(banner.includes(name), `${file}'s banner names ${name}`);
      assert.ok(notices.includes(`${name} (`) && notices.includes(licenceText(name)), `the notices carry ${name}'s licence`);
    }
    if (inlined.size > 0) assert.ok(banner.includes('THIRD-PARTY-NOTICES.txt'), `${file}'s banner names the notices file`);
  }
});

test('integrity.json holds the Subresource Integrity hash of every CDN script', () => {
  const hashes = JSON.parse(readFileSync(join(CDN, 'integrity.json'), 'utf8'));
  const actual = Object.fromEntries(
    cdnScripts().map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(join(CDN, file))).digest('base64')}`]),
  );
  assert.deepEqual(hashes, actual);
});

test('every runtime dependency accepts the Node versions package.json engines names', () => {
  const floor = semver.minVersion(pkg.engines.node);
  for (const name of Object.keys(pkg.dependencies)) {
    const wanted = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')).engines?.node;
    if (wanted) assert.ok(semver.satisfies(/** @type {semver.SemVer} */ (floor), wanted), `${name} wants Node ${wanted}`);
  }
});
