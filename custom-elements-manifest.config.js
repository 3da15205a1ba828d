// @ts-check
/**
 * `npm run analyze`: the public API, read from JSDoc in src/, into custom-elements.json, and from that the
 * JSX and Vue typings in types/ (shipped as `tavus-deployment/jsx` and `tavus-deployment/vue`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

// The typings go wherever the manifest goes, so check-manifest's `--outdir <tmp>` run leaves the repo alone.
const { outdir = '' } = parseArgs({ options: { outdir: { type: 'string' } }, strict: false, allowPositionals: true }).values;
const typesDir = join(String(outdir), 'types');
// From types/ to the built package's entry point, which exports the element class and every event detail type.
const globalTypePath = '../dist/npm/index.js';

/**
 * Links each attribute documented on the class (`state`, `nonce`) to the property of the same name, as the
 * analyzer does for declared fields: unlinked, both generators type it through a property named `undefined`.
 * @param {any} manifest
 */
function linkClassAttributes(manifest) {
  for (const declaration of manifest.modules.flatMap((/** @type {any} */ m) => m.declarations ?? [])) {
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
  for (const declaration of manifest.modules.flatMap((/** @type {any} */ m) => m.declarations ?? [])) {
    for (const event of declaration.events ?? []) {
      const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
      if (detail) event.type.text = detail;
    }
  }
  return manifest;
}

/**
 * Runs a generator plugin on an adjusted copy of the manifest; custom-elements.json stays as analyzed.
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
    withAdjustedManifest(jsxTypesPlugin({ outdir: typesDir, fileName: 'jsx.d.ts', globalTypePath }), linkClassAttributes),
    // After the JSX generator: it patches the file that one writes.
    objectRefs,
    withAdjustedManifest(
      customElementVuejsPlugin({ outdir: typesDir, fileName: 'vue.d.ts', globalTypePath, hideLogs: true }),
      (manifest) => eventTypesAsDetails(linkClassAttributes(manifest)),
    ),
  ],
};
