// @ts-check
/**
 * Fails when custom-elements.json breaks the official schema, or when it, the framework typings in types/ or the
 * README's API and string tables are older than the JSDoc and the English string tables in src/.
 */
import Ajv from 'ajv';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { withGeneratedSections } from './api-docs.js';

// The package's main export is its schema.json.
const schema = createRequire(import.meta.url)('custom-elements-manifest');
// The schema types `deprecated` as string or boolean, which Ajv's strict mode only takes when told.
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true }).addSchema(schema, 'schema');
const validateManifest = /** @type {import('ajv').ValidateFunction} */ (ajv.getSchema('schema'));
const validateElement = ajv.compile({ $ref: 'schema#/definitions/CustomElementDeclaration' });

/**
 * Throws unless the manifest matches the schema. A declaration with broken custom-element fields still matches the
 * schema as a plain class, so each custom element is checked as one too.
 * @param {any} manifest
 */
function schemaCheck(manifest) {
  /** @param {import('ajv').ValidateFunction} validate @param {unknown} data @param {string} where */
  const check = (validate, data, where) => {
    if (validate(data)) return;
    const errors = ajv.errorsText(validate.errors, { dataVar: where, separator: '\n' });
    throw new Error(`custom-elements.json does not match the custom-elements-manifest schema:\n${errors}`);
  };
  check(validateManifest, manifest, 'manifest');
  manifest.modules.forEach((/** @type {any} */ module, /** @type {number} */ i) => {
    (module.declarations ?? []).forEach((/** @type {any} */ declaration, /** @type {number} */ j) => {
      if (declaration.customElement) check(validateElement, declaration, `manifest/modules/${i}/declarations/${j}`);
    });
  });
}

const outdir = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  schemaCheck(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
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
  if (withGeneratedSections(readme, JSON.parse(fresh)) !== readme) {
    throw new Error("README.md's API or string tables are out of date: run `npm run docs` and commit the result.");
  }
  console.log("custom-elements.json is valid; it, types/ and the README's generated tables are up to date.");
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exitCode = 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
