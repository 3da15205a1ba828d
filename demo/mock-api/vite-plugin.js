// @ts-check
import { startMockApi } from './server.js';

/**
 * Runs the mock Tavus API next to Vite's dev server, on its own port, so the
 * demo page talks to it cross-origin exactly as a site talks to tavusapi.com.
 * @param {{ port: number }} options
 * @returns {import('vite').Plugin}
 */
export function mockTavusApi({ port }) {
  return {
    name: 'mock-tavus-api',
    apply: 'serve',
    async configureServer(server) {
      const mock = await startMockApi({ port }).catch((/** @type {Error} */ error) => {
        throw new Error(`The mock Tavus API could not listen on port ${port} (${error.message}). Set MOCK_API_PORT to a free port.`);
      });
      server.config.logger.info(`  Mock Tavus API: ${mock.url}  (ledger: ${mock.url}/__ledger)`);
      server.httpServer?.once('close', () => void mock.close());
    },
    transformIndexHtml(html) {
      return html.replaceAll('%MOCK_API_URL%', `http://127.0.0.1:${port}`);
    },
  };
}
