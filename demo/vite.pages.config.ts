import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Alias, type PluginOption } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The examples import the package by name, as an app would. Built, the name is the npm build (dist/npm/, whose
 * `sideEffects` keep `./define`); served by `npm start`, it is the sources, so edits show at once.
 */
export const packageAlias = (target: 'npm' | 'src'): Alias => ({
  find: /^tavus-deployment\/(define|react)$/,
  replacement: target === 'npm' ? here('../dist/npm/$1.js') : here('../src/$1.ts'),
});

/** Vue must leave `<tavus-deployment>` to the browser instead of resolving it as a Vue component. */
export const vuePlugin = (): PluginOption =>
  vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tavus-') } } });

/**
 * `vite build --config demo/vite.pages.config.ts`: the example apps and the snippet builder, built into dist/
 * next to dist/cdn/ (the snippet builder loads the CDN build from `../cdn/`), for the tests. `npm start` serves
 * the same pages from the sources through the main config.
 */
export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [vuePlugin()],
  resolve: { alias: [packageAlias('npm')] },
  // A development build: React StrictMode double-runs effects only there, and that is what the tests check.
  mode: 'development',
  define: { 'process.env.NODE_ENV': JSON.stringify('development') },
  build: {
    outDir: here('../dist'),
    // dist/ also holds the CDN and npm builds.
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    rolldownOptions: {
      input: {
        html: here('examples/html/index.html'),
        react: here('examples/react/index.html'),
        vue: here('examples/vue/index.html'),
        snippet: here('snippet/index.html'),
      },
    },
  },
});
