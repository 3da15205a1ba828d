import { fileURLToPath } from 'node:url';
import { defineConfig, normalizePath } from 'vite';
import { cdnIntegrity } from './scripts/cdn-integrity.js';
import { minifyCss } from './scripts/minify-css.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** `npm run build`: the self-registering CDN script, from src/define.ts into dist/cdn/. */
export default defineConfig({
  plugins: [minifyCss(normalizePath(here('./src/'))), cdnIntegrity()],
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
