import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, normalizePath, type Plugin } from 'vite';
import { cdnIntegrity } from './scripts/cdn-integrity.js';
import { cdnNotices } from './scripts/cdn-notices.js';
import { collapseTemplateIndentation, minifyCss } from './scripts/minify-css.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * daily-js is published minified, with no source map of its own: a map of its chunk would only lead back to that
 * minified file, and weighs twice the chunk. The chunks of this package's own code keep theirs.
 */
function noMapOfPublishedMinifiedCode(): Plugin {
  const published = /[\\/]node_modules[\\/]@daily-co[\\/]daily-js[\\/]/;
  return {
    name: 'no-map-of-published-minified-code',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.every((id) => published.test(id))) continue;
        chunk.code = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
        delete bundle[`${chunk.fileName}.map`];
      }
    },
  };
}

const pkg = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { name: string; version: string; license: string };

/** `npm run build`: the self-registering CDN script, from src/define.ts into dist/cdn/. */
export default defineConfig({
  plugins: [
    minifyCss(normalizePath(here('./src/'))),
    collapseTemplateIndentation((file) => !file.startsWith('daily-esm-')),
    noMapOfPublishedMinifiedCode(),
    cdnNotices(pkg),
    cdnIntegrity(),
  ],
  build: {
    outDir: here('./dist/cdn'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    copyPublicDir: false,
    // Library mode: no Vite preload helper in the output. It would leave ES output unminified, so rolldown minifies.
    lib: {
      entry: here('./src/define.ts'),
      formats: ['es'],
      fileName: () => 'tavus-deployment.js',
    },
    rolldownOptions: {
      // Lets code the lazy chunks share with the first script live in it (they import it from there), not in a chunk of its own.
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, chunkFileNames: '[name]-[hash].js' },
    },
  },
});
