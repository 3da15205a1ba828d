// @ts-check
import { startDevMockApi } from './server.js';

/**
 * Runs the mock Tavus API next to Vite's dev server, on its own port, so the
 * demo page talks to it cross-origin exactly as a site talks to tavusapi.com.
 * @returns {import('vite').Plugin}
 */
export function mockTavusApi() {
  /** @type {string | undefined} */
  let url;
  return {
    name: 'mock-tavus-api',
    apply: 'serve',
    async configureServer(server) {
      const mock = await startDevMockApi();
      url = mock.url;
      server.config.logger.info(`  Mock Tavus API: ${mock.url}  (ledger: ${mock.url}/__ledger)`);
      server.httpServer?.once('close', () => void mock.close());
    },
    transformIndexHtml(html) {
      return html.replaceAll('%MOCK_API_URL%', String(url));
    },
  };
}
