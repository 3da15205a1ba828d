// @ts-check
/**
 * The packed package's types as a TypeScript consumer meets them: test/consumer compiled against the tarball, under
 * the bundler, node16 and node10 module resolutions, with only the dependencies a consumer would have (linked from
 * this repo's node_modules, no network).
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Our dependencies, the peers test/consumer uses, and everything those depend on, as installed here. */
function consumerDependencies() {
  const queue = [...Object.keys(pkg.dependencies), 'react', '@types/react', 'vue', '@angular/core'];
  const found = new Set();
  for (const name of queue) {
    // Absent from the top level means nested inside a package already linked, or an optional peer.
    if (found.has(name) || !existsSync(join('node_modules', name, 'package.json'))) continue;
    found.add(name);
    const manifest = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8'));
    queue.push(...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }));
  }
  return found;
}

/** @param {string} project */
function typeCheck(project) {
  return new Promise((done) => {
    execFile(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], (error, stdout, stderr) => {
      done(error ? `tsc -p ${project} failed:\n${stdout}${stderr}` : '');
    });
  });
}

/** How TypeScript may find the package: each entry's types must resolve under all three. */
const RESOLUTIONS = {
  bundler: { module: 'ESNext', moduleResolution: 'bundler' },
  node16: { module: 'node16', moduleResolution: 'node16' },
  // `moduleResolution: node` of older projects, which reads no `exports`: typesVersions serves it. Such a project
  // needs esModuleInterop for React's types whatever it imports (@lit/react default-imports React).
  node10: { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true },
};

test('test/consumer type-checks against the packed package under every module resolution', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'tavus-consumer-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  const packed = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8' });
  const [{ filename }] = JSON.parse(packed);
  const installed = join(dir, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', installed, '--strip-components=1']);

  for (const name of consumerDependencies()) {
    const link = join(dir, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(resolve('node_modules', name), link, 'dir');
  }
  cpSync('test/consumer', dir, { recursive: true });
  // An ES module app, as node16 reads it (node10 and bundler resolution ignore the type).
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));

  // Programs apart, as the JSX and the Vue typings both claim the global JSX namespace (no project needs both), and
  // Angular's own types need `exports` (Angular projects resolve as bundlers do), so Angular skips node10.
  const projects = Object.entries(RESOLUTIONS).flatMap(([resolution, compilerOptions]) =>
    ['tsconfig.json', 'tsconfig.vue.json', 'tsconfig.angular.json']
      .filter((base) => !(resolution === 'node10' && base === 'tsconfig.angular.json'))
      .map((base) => {
        const project = join(dir, `${resolution}.${base}`);
        writeFileSync(project, JSON.stringify({ extends: `./${base}`, compilerOptions }));
        return project;
      }),
  );
  const failures = await Promise.all(projects.map(typeCheck));
  assert.equal(failures.join(''), '');
});
