import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { packageAlias, vuePlugin } from './demo/vite.pages.config.js';
import { mockTavusApi } from './demo/mock-api/vite-plugin.js';

/**
 * The stylesheet is a css`` literal, so no CSS minifier sees it; it has no
 * expressions, so collapsing its whitespace and comments is safe.
 */
function minifyStyles(): Plugin {
  return {
    name: 'minify-styles',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('/src/styles.ts')) return null;
      const minified = code.replace(/css`([^`]*)`/, (_, sheet: string) => {
        const compact = sheet
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${compact}\``;
      });
      // The stylesheet has no useful line mapping to keep.
      return { code: minified, map: null };
    },
  };
}

/** `npm start` builds dist/cdn/ first; the snippet builder previews and hashes that file at /cdn/. */
function serveCdnBuild(): Plugin {
  const dir = fileURLToPath(new URL('./dist/cdn/', import.meta.url));
  return {
    name: 'serve-cdn-build',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/cdn', (request, response, next) => {
        const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1);
        // Plain file names, not decoded: nothing outside dist/cdn/ can be asked for.
        if (!/^[\w.-]+\.js(\.map)?$/.test(name)) return next();
        readFile(dir + name).then(
          (body) => {
            response.setHeader('Content-Type', name.endsWith('.js') ? 'text/javascript' : 'application/json');
            response.end(body);
          },
          () => next(),
        );
      });
    },
  };
}

const MOCK_API_PORT = Number(process.env['MOCK_API_PORT'] ?? 4010);

export default defineConfig({
  // `npm start` serves the demo; `npm run build` builds the CDN script from src/.
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  plugins: [mockTavusApi({ port: MOCK_API_PORT }), minifyStyles(), vuePlugin(), serveCdnBuild()],
  // The example apps under demo/examples/ import the package by name.
  resolve: { alias: [packageAlias('src')] },
  server: { port: 5173, open: !process.env['CI'] },
  // Pre-bundled up front: discovered at the first Start, daily-js would make Vite reload the demo mid-call.
  optimizeDeps: { include: ['lit', '@daily-co/daily-js', '@lit/react', 'react', 'react-dom/client', 'vue'] },
  build: {
    outDir: fileURLToPath(new URL('./dist/cdn', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    copyPublicDir: false,
    // Library mode: no Vite preload helper in the output. It would leave ES output unminified, so rolldown minifies.
    lib: {
      entry: fileURLToPath(new URL('./src/define.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'tavus-deployment.js',
    },
    rolldownOptions: {
      output: { minify: true, chunkFileNames: '[name]-[hash].js' },
    },
  },
});
