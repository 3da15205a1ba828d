// @ts-check
/**
 * `npm run analyze`: the public API, read from JSDoc in src/, into custom-elements.json (which names the built
 * modules in dist/npm/), and from that the JSX and Vue typings in types/ (shipped as `tavus-deployment/jsx` and
 * `tavus-deployment/vue`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

// The typings go wherever the manifest goes, so check-manifest's `--outdir <tmp>` run leaves the repo alone.
const { outdir = '' } = parseArgs({ options: { outdir: { type: 'string' } }, strict: false, allowPositionals: true }).values;
const typesDir = join(String(outdir), 'types');
// From types/ to the built package's entry point, which exports the element class and every event detail type.
const globalTypePath = '../dist/npm/index.js';

/** @param {any} manifest @returns {any[]} */
const declarations = (manifest) => manifest.modules.flatMap((/** @type {any} */ m) => m.declarations ?? []);

/**
 * The module a package user imports, not its source: tsconfig.build.json compiles `src/x.ts` to `dist/npm/x.js`.
 * @param {string} path
 */
function shippedPath(path) {
  const shipped = path.replace(/^src\/(.+)\.[jt]s$/, 'dist/npm/$1.js');
  if (shipped === path) throw new Error(`${path} is not under src/, so the package does not ship it`);
  return shipped;
}

/**
 * Module paths and every reference to a module of this package (`src/x.ts`, `/src/x.js`, or `./x.js` relative
 * to the referring module) as shipped paths; references to other packages (`lit`) keep theirs.
 * @param {any} manifest
 */
function shippedModules(manifest) {
  for (const module of manifest.modules) {
    const dir = posix.dirname(module.path);
    const visit = (/** @type {any} */ value) => {
      if (!value || typeof value !== 'object') return;
      if (typeof value.module === 'string' && value.package === undefined) {
        const path = value.module.startsWith('.') ? posix.join(dir, value.module) : value.module.replace(/^\//, '');
        value.module = shippedPath(path);
      }
      Object.values(value).forEach(visit);
    };
    visit(module.declarations);
    visit(module.exports);
    module.path = shippedPath(module.path);
  }
}

/**
 * Only the public API: `#private`, `private` and `protected` members are the element's own business (the analyzer
 * already leaves out Lit's lifecycle overrides).
 * @param {any} manifest
 */
function publicMembersOnly(manifest) {
  for (const declaration of declarations(manifest)) {
    if (!declaration.members) continue;
    const hidden = new Set(
      declaration.members.filter((/** @type {any} */ m) => (m.privacy ?? 'public') !== 'public').map((/** @type {any} */ m) => m.name),
    );
    declaration.members = declaration.members.filter((/** @type {any} */ m) => !hidden.has(m.name));
    // An attribute watched through a protected field is the platform's own (`lang`): its property is the browser's.
    for (const attribute of declaration.attributes ?? []) if (hidden.has(attribute.fieldName)) delete attribute.fieldName;
  }
}

/** @param {string} source a JS expression @returns {string | undefined} its value, if it is a string literal */
function stringLiteralValue(source) {
  const { statements } = ts.createSourceFile('default.ts', source, ts.ScriptTarget.Latest);
  const [statement] = statements;
  if (statements.length !== 1 || !ts.isExpressionStatement(statement)) return undefined;
  return ts.isStringLiteralLike(statement.expression) ? statement.expression.text : undefined;
}

/**
 * The schema makes an attribute's default the attribute's text, where the analyzer copies the field's JS source
 * (`'https://tavusapi.com'`). A default that is no string literal (`[]`) has no such text, so it goes; fields keep
 * their JS source, as the schema wants.
 * @param {any} manifest
 */
function attributeDefaultsAsText(manifest) {
  for (const attribute of declarations(manifest).flatMap((d) => d.attributes ?? [])) {
    if (attribute.default === undefined) continue;
    const text = stringLiteralValue(attribute.default);
    if (text === undefined) delete attribute.default;
    else attribute.default = text;
  }
}

/** What custom-elements.json describes: the shipped modules' public API. Runs before the generators. */
const publicManifest = {
  name: 'public-manifest',
  packageLinkPhase: (/** @type {any} */ { customElementsManifest }) => {
    shippedModules(customElementsManifest);
    publicMembersOnly(customElementsManifest);
    attributeDefaultsAsText(customElementsManifest);
    linkClassAttributes(customElementsManifest);
  },
};

/**
 * Links each attribute documented on the class (`state`, `nonce`, `position`) to the property of the same name, as
 * the analyzer does for declared fields: unlinked, the API tables list both apart, and both generators type the
 * attribute through a property named `undefined`.
 * @param {any} manifest
 */
function linkClassAttributes(manifest) {
  for (const declaration of declarations(manifest)) {
    for (const attribute of declaration.attributes ?? []) {
      // A hyphenated name is no property name.
      if (attribute.fieldName || attribute.name.includes('-')) continue;
      attribute.fieldName = attribute.name;
      const member = declaration.members?.find((/** @type {any} */ m) => m.name === attribute.name);
      if (member) member.attribute = attribute.name;
    }
  }
  return manifest;
}

/**
 * The Vue generator reads an event's type as its `detail` and wraps it in `CustomEvent<…>` itself, where the
 * manifest holds the whole event type (`CustomEvent<TavusErrorDetail>`).
 * @param {any} manifest
 */
function eventTypesAsDetails(manifest) {
  for (const declaration of declarations(manifest)) {
    for (const event of declaration.events ?? []) {
      const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
      if (detail) event.type.text = detail;
    }
  }
  return manifest;
}

/**
 * Leaves out what can't be set, with the attribute linked to it: React 19 and Vue assign a prop to the element's
 * property of that name, and assigning the read-only `state` throws (its attribute is only ever written by the element).
 * @param {any} manifest
 */
function settableOnly(manifest) {
  for (const declaration of declarations(manifest)) {
    if (!declaration.members) continue;
    const readonly = new Set(
      declaration.members.filter((/** @type {any} */ m) => m.readonly).map((/** @type {any} */ m) => m.name),
    );
    declaration.members = declaration.members.filter((/** @type {any} */ m) => !readonly.has(m.name));
    declaration.attributes = declaration.attributes?.filter((/** @type {any} */ a) => !readonly.has(a.fieldName));
  }
  return manifest;
}

/**
 * Leaves out attributes without a property (`launcher-label`): both generators type an attribute through its
 * property, and would name one `undefined`. JSX and Vue templates take such hyphenated attributes untyped.
 * @param {any} manifest
 */
function attributesWithProperties(manifest) {
  for (const declaration of declarations(manifest)) {
    declaration.attributes = declaration.attributes?.filter((/** @type {any} */ a) => a.fieldName);
  }
  return manifest;
}

/**
 * Runs a generator plugin on an adjusted copy of the manifest; custom-elements.json is left as it was.
 * @param {any} plugin
 * @param {(manifest: any) => any} adjust
 */
function withAdjustedManifest(plugin, adjust) {
  return {
    ...plugin,
    packageLinkPhase: (/** @type {any} */ phase) =>
      plugin.packageLinkPhase({ ...phase, customElementsManifest: adjust(structuredClone(phase.customElementsManifest)) }),
  };
}

/**
 * The generated `ref` takes the element or a callback, not a ref object, so React 19's `ref={useRef(null)}`
 * fails to type-check; no option changes it. Throws once the generator's line changes, to be looked at again.
 */
const objectRefs = {
  name: 'jsx-object-refs',
  packageLinkPhase() {
    const file = join(typesDir, 'jsx.d.ts');
    const generated = 'ref?: (T | ((e: T) => void)) | undefined;';
    const source = readFileSync(file, 'utf8');
    if (!source.includes(generated)) throw new Error(`${file}: the generated ref type changed; revisit the jsx-object-refs fix`);
    writeFileSync(file, source.replace(generated, 'ref?: (T | ((e: T) => void) | { current: T | null }) | undefined;'));
  },
};

export default {
  // The public modules only: internals (session, API client) would churn the manifest on every change.
  globs: ['src/tavus-deployment.ts', 'src/registration.ts', 'src/define.ts', 'src/index.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    publicManifest,
    withAdjustedManifest(jsxTypesPlugin({ outdir: typesDir, fileName: 'jsx.d.ts', globalTypePath }), (manifest) =>
      settableOnly(attributesWithProperties(manifest)),
    ),
    // After the JSX generator: it patches the file that one writes.
    objectRefs,
    withAdjustedManifest(
      customElementVuejsPlugin({ outdir: typesDir, fileName: 'vue.d.ts', globalTypePath, hideLogs: true }),
      (manifest) => eventTypesAsDetails(settableOnly(attributesWithProperties(manifest))),
    ),
  ],
};
