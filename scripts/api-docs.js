// @ts-check
/**
 * The README's API tables, generated from custom-elements.json so the docs
 * and the manifest cannot drift. `node scripts/api-docs.js --write`
 * rewrites the README section between the api markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- api:start (generated from custom-elements.json by `npm run docs`) -->';
const END = '<!-- api:end -->';

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

/** @param {string} readme @param {string} section */
export function withApiSection(readme, section) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error('README.md lacks the api markers');
  return readme.slice(0, start) + section + readme.slice(end + END.length);
}

if (process.argv.includes('--write')) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  writeFileSync('README.md', withApiSection(readFileSync('README.md', 'utf8'), apiMarkdown(manifest)));
}
