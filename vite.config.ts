import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { packageAlias, vuePlugin } from './demo/vite.pages.config.js';
import { mockTavusApi } from './dev/mock-api/vite-plugin.js';

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

export default defineConfig({
  // `npm start` serves the demo; vite.cdn.config.ts builds the CDN script.
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  plugins: [mockTavusApi(), vuePlugin(), serveCdnBuild()],
  // The example apps under demo/examples/ import the package by name.
  resolve: { alias: [packageAlias('src')] },
  server: { port: 5173, open: !process.env['CI'] },
  // Pre-bundled up front: discovered at the first Start, daily-js would make Vite reload the demo mid-call.
  optimizeDeps: { include: ['lit', '@daily-co/daily-js', '@lit/react', 'react', 'react-dom/client', 'vue'] },
});
