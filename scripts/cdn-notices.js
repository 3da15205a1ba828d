// @ts-check
/**
 * The CDN build's licence notices. Every file it writes opens with a banner naming this package's licence and the
 * third-party packages inlined in that file; THIRD-PARTY-NOTICES.txt, written beside them and named by the banners,
 * holds each of those packages' licence text. daily-js is published pre-bundled, with its own dependencies inlined
 * in its one file, so the packages it depends on count as inlined wherever it is.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

/** Packages whose published file already inlines their dependency tree. */
const PREBUNDLED = new Set(['@daily-co/daily-js']);

/**
 * @typedef {object} BundledPackage
 * @property {string} name
 * @property {string} version
 * @property {string} license
 * @property {string} text  the licence file, verbatim
 * @property {string} [inlinedBy]  the pre-bundled package that carries it (its own version may differ from the one installed)
 */

/** @param {string} dir */
function manifest(dir) {
  return /** @type {{ name: string, version: string, license?: string, dependencies?: Record<string, string> }} */ (
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  );
}

/** The installed directory of `name` as Node resolves it from `from`: the nearest node_modules up the tree. */
function packageDir(/** @type {string} */ name, /** @type {string} */ from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed (looked up from ${from})`);
  }
}

/**
 * @param {string} dir
 * @param {string} [inlinedBy]
 * @returns {BundledPackage}
 */
function describe(dir, inlinedBy) {
  const { name, version, license = 'UNKNOWN' } = manifest(dir);
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  if (!file) throw new Error(`${name} ships no licence file to reproduce`);
  return { name, version, license, text: readFileSync(join(dir, file), 'utf8').trim(), ...(inlinedBy ? { inlinedBy } : {}) };
}

/**
 * The third-party packages a chunk's modules come from, with what the pre-bundled ones inline.
 * @param {string[]} moduleIds
 * @returns {BundledPackage[]}
 */
export function bundledPackages(moduleIds) {
  /** @type {Map<string, BundledPackage>} */
  const found = new Map();
  for (const id of moduleIds) {
    // The last node_modules segment names the package; nested installs sit deeper in the path.
    const match = [...id.matchAll(/[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/g)].at(-1);
    if (!match?.[1]) continue;
    const dir = id.slice(0, (match.index ?? 0) + match[0].length);
    const pkg = describe(dir);
    if (found.has(pkg.name)) continue;
    found.set(pkg.name, pkg);
    if (!PREBUNDLED.has(pkg.name)) continue;
    const queue = [dir];
    for (const from of queue) {
      for (const dependency of Object.keys(manifest(from).dependencies ?? {})) {
        if (found.has(dependency)) continue;
        const dependencyDir = packageDir(dependency, from);
        found.set(dependency, describe(dependencyDir, pkg.name));
        queue.push(dependencyDir);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * `/*! … *\/`, kept by minifiers: this package's licence, and the inlined packages grouped by licence.
 * @param {{ name: string, version: string, license: string }} self
 * @param {BundledPackage[]} packages
 */
export function banner(self, packages) {
  const own = `${self.name} ${self.version} (${self.license})`;
  if (packages.length === 0) return `/*! ${own} */`;
  /** @type {Map<string, string[]>} */
  const byLicense = new Map();
  for (const { name, license } of packages) byLicense.set(license, [...(byLicense.get(license) ?? []), name]);
  const inlined = [...byLicense].map(([license, names]) => `${names.join(', ')} (${license})`).join('; ');
  return `/*! ${own}. Inlines ${inlined}: licences in ${NOTICES_FILE} */`;
}

/**
 * @param {{ name: string, version: string }} self
 * @param {Map<string, BundledPackage[]>} packagesByFile
 */
export function noticesText(self, packagesByFile) {
  /** @type {Map<string, { pkg: BundledPackage, files: string[] }>} */
  const entries = new Map();
  for (const [file, packages] of packagesByFile) {
    for (const pkg of packages) {
      const entry = entries.get(pkg.name) ?? { pkg, files: [] };
      entry.files.push(file);
      entries.set(pkg.name, entry);
    }
  }
  const sections = [...entries.values()]
    .sort((a, b) => a.pkg.name.localeCompare(b.pkg.name))
    .map(({ pkg, files }) => {
      const origin = pkg.inlinedBy ? `inlined in ${pkg.inlinedBy}'s own build` : `version ${pkg.version}`;
      return [`${pkg.name} (${pkg.license}), ${origin}`, `In: ${files.sort().join(', ')}`, '', pkg.text].join('\n');
    });
  const rule = '-'.repeat(78);
  return [`Third-party software in the CDN build of ${self.name} ${self.version}, and its licences.`, ...sections]
    .join(`\n\n${rule}\n\n`)
    .concat('\n');
}

/**
 * The Vite plugin: a banner on every chunk, after minification (the minifier would drop it; Rolldown shifts the
 * source maps for it), and the notices file beside them.
 * @param {{ name: string, version: string, license: string }} self  this package
 * @returns {import('vite').Plugin}
 */
export function cdnNotices(self) {
  return {
    name: 'cdn-notices',
    apply: 'build',
    outputOptions(options) {
      return { ...options, postBanner: (chunk) => banner(self, bundledPackages(chunk.moduleIds)) };
    },
    generateBundle(_options, bundle) {
      /** @type {Map<string, BundledPackage[]>} */
      const packagesByFile = new Map();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') packagesByFile.set(chunk.fileName, bundledPackages(chunk.moduleIds));
      }
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: noticesText(self, packagesByFile) });
    },
  };
}
