// @ts-check
/** Fails when custom-elements.json, the framework typings in types/ or the README's API tables are older than the JSDoc in src/. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { apiMarkdown, withApiSection } from './api-docs.js';

const outdir = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  // The analyzer resolves --outdir against the working directory, even an absolute one.
  const run = spawnSync('node_modules/.bin/custom-elements-manifest', ['analyze', '--outdir', relative(process.cwd(), outdir)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the analyzer failed:\n${run.stderr}`);
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  if (fresh !== readFileSync('custom-elements.json', 'utf8')) {
    throw new Error('custom-elements.json is out of date: run `npm run docs` and commit the result.');
  }
  for (const typings of ['types/jsx.d.ts', 'types/vue.d.ts']) {
    if (readFileSync(join(outdir, typings), 'utf8') !== readFileSync(typings, 'utf8')) {
      throw new Error(`${typings} is out of date: run \`npm run docs\` and commit the result.`);
    }
  }
  const readme = readFileSync('README.md', 'utf8');
  if (withApiSection(readme, apiMarkdown(JSON.parse(fresh))) !== readme) {
    throw new Error("README.md's API tables are out of date: run `npm run docs` and commit the result.");
  }
  console.log('custom-elements.json, types/ and the README API tables are up to date.');
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exitCode = 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
