import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { mockTavusApi } from './demo/mock-api/vite-plugin.js';

const MOCK_API_PORT = Number(process.env['MOCK_API_PORT'] ?? 4010);

export default defineConfig({
  // `npm start` serves the demo; `npm run build` builds the CDN script from src/.
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  plugins: [mockTavusApi({ port: MOCK_API_PORT })],
  server: { port: 5173, open: !process.env['CI'] },
  build: {
    outDir: fileURLToPath(new URL('./dist/cdn', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Not lib mode: lib mode leaves ES output unminified, and the CDN file is what visitors download.
    copyPublicDir: false,
    modulePreload: false,
    rolldownOptions: {
      input: fileURLToPath(new URL('./src/define.ts', import.meta.url)),
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        entryFileNames: 'tavus-deployment.js',
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
});
