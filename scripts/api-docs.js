// @ts-check
/**
 * The README's generated tables, so the docs cannot drift from the code: the API, from custom-elements.json, and
 * the visitor's sentences, from the English string tables. `node scripts/api-docs.js --write` rewrites the README
 * sections between their markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const START = '<!-- api:start (generated from custom-elements.json by `npm run docs`) -->';
const END = '<!-- api:end -->';
const STRINGS_START = '<!-- strings:start (generated from src/strings/en.ts, en-later.ts, en-prejoin.ts, en-floating.ts and en-call.ts by `npm run docs`) -->';
const STRINGS_END = '<!-- strings:end -->';
const STRING_TABLES = ['src/strings/en.ts', 'src/strings/en-later.ts', 'src/strings/en-prejoin.ts', 'src/strings/en-floating.ts', 'src/strings/en-call.ts'];

/** @param {string | undefined} text */
const cell = (text) => (text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/**
 * @param {string[]} header
 * @param {(string | undefined)[][]} rows
 */
function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** @param {any} manifest */
export function apiMarkdown(manifest) {
  const element = manifest.modules
    .flatMap((/** @type {any} */ m) => m.declarations ?? [])
    .find((/** @type {any} */ d) => d.tagName === 'tavus-deployment');
  const code = (/** @type {string | undefined} */ s) => (s ? `\`${s}\`` : '');
  // The manifest holds public members only (custom-elements-manifest.config.js); statics are not the element's API.
  const members = element.members.filter((/** @type {any} */ m) => !m.static);
  return [
    START,
    '',
    '### Attributes and properties',
    '',
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      element.attributes.map((/** @type {any} */ a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        `${members.some((/** @type {any} */ m) => m.name === a.fieldName && m.readonly) ? '(read-only property) ' : ''}${a.description ?? ''}`,
      ]),
    ),
    '',
    'Properties without an attribute:',
    '',
    table(
      ['Property', 'Type', 'Description'],
      members
        .filter((/** @type {any} */ m) => m.kind === 'field' && !element.attributes.some((/** @type {any} */ a) => a.fieldName === m.name))
        .map((/** @type {any} */ m) => [code(m.name), code(m.type?.text), `${m.readonly ? '(read-only) ' : ''}${m.description ?? ''}`]),
    ),
    '',
    '### Methods',
    '',
    table(
      ['Method', 'Returns', 'Description'],
      members
        .filter((/** @type {any} */ m) => m.kind === 'method')
        .map((/** @type {any} */ m) => [code(`${m.name}()`), code(m.return?.type?.text), m.description]),
    ),
    '',
    '### Events',
    '',
    table(
      ['Event', 'Detail', 'Description'],
      element.events.map((/** @type {any} */ e) => [code(e.name), code(e.type?.text.replace(/^CustomEvent<(.*)>$/, '$1')), e.description]),
    ),
    '',
    '### CSS parts',
    '',
    table(['Part', 'Description'], element.cssParts.map((/** @type {any} */ p) => [code(p.name), p.description])),
    '',
    '### CSS custom properties',
    '',
    table(
      ['Property', 'Default (light)', 'Description'],
      element.cssProperties.map((/** @type {any} */ p) => [code(p.name), code(p.default), p.description]),
    ),
    '',
    END,
  ].join('\n');
}

/**
 * Every key of an English string table with its sentence, read from the source (`export const x = {…} as const`)
 * without running it.
 * @param {string} path
 * @returns {[string, string][]}
 */
function englishSentences(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  /** @type {[string, string][]} */
  const sentences = [];
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isPropertyAssignment(node) && ts.isStringLiteralLike(node.initializer)) {
      const name = ts.isIdentifier(node.name) || ts.isStringLiteralLike(node.name) ? node.name.text : undefined;
      if (name) sentences.push([name, node.initializer.text]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sentences;
}

/** The README's table of every sentence a visitor can read, for `strings` overrides and translators. */
export function stringsMarkdown() {
  const code = (/** @type {string} */ s) => `\`${s}\``;
  return [
    STRINGS_START,
    '',
    table(
      ['Key', 'English'],
      STRING_TABLES.flatMap(englishSentences).map(([key, text]) => [code(key), text.replace(/\{(\w+)\}/g, '`{$1}`')]),
    ),
    '',
    STRINGS_END,
  ].join('\n');
}

/** @param {string} readme @param {string} start @param {string} end @param {string} section */
function withSection(readme, start, end, section) {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`README.md lacks the markers ${start} … ${end}`);
  return readme.slice(0, from) + section + readme.slice(to + end.length);
}

/** The README with both generated sections made from `manifest` and the string tables. @param {string} readme @param {any} manifest */
export function withGeneratedSections(readme, manifest) {
  return withSection(withSection(readme, START, END, apiMarkdown(manifest)), STRINGS_START, STRINGS_END, stringsMarkdown());
}

if (process.argv.includes('--write')) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  writeFileSync('README.md', withGeneratedSections(readFileSync('README.md', 'utf8'), manifest));
}
