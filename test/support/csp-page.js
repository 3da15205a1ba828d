// @ts-check
/**
 * Serves, on an origin of its own, a page under one of the README's Content-Security-Policy examples, exactly as
 * written there with its placeholders filled in: the CDN is this server (which serves dist/cdn/ at /cdn/), the
 * Tavus API is the mock, the `'sha256-…'` is the hash of the page's import map, the `'nonce-…'` a fresh nonce. The
 * page holds the snippet a test built, and test/support/csp-harness.js, which runs a conversation and reports to
 * the test what the policy refused.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

const root = new URL('../../', import.meta.url);

/** @typedef {'hosts' | 'nonce'} Variant */

/**
 * The policy under `<!-- csp:NAME -->` in the README.
 * @param {Variant} variant
 */
export async function readmePolicy(variant) {
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const policy = new RegExp(`<!-- csp:${variant} -->\\s*\`\`\`\\s*Content-Security-Policy: ([^\\n]+)`).exec(readme)?.[1];
  if (!policy) throw new Error(`README.md has no policy marked <!-- csp:${variant} -->`);
  return policy.trim();
}

/**
 * @param {string} template
 * @param {Record<string, string>} values  each placeholder must occur in the template
 */
function fill(template, values) {
  return Object.entries(values).reduce((text, [placeholder, value]) => {
    if (!text.includes(placeholder)) throw new Error(`The README's policy has no ${placeholder} any more: ${template}`);
    return text.replaceAll(placeholder, value);
  }, template);
}

/**
 * The web-test-runner plugin. A test sends `executeServerCommand('csp-page', { variant, snippet })`, the snippet's
 * script URLs under `{CDN}/`, and gets back the page's URL and the policy it is served with.
 * @param {() => string} mockApiUrl
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function cspPagePlugin(mockApiUrl) {
  /** @type {Map<string, { html: string, policy: string }>} */
  const pages = new Map();
  let origin = '';
  const server = createServer(async (request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://x');
    try {
      if (pathname === '/harness.js' || /^\/cdn\/[\w-]+\.js$/.test(pathname)) {
        const file = pathname === '/harness.js' ? 'test/support/csp-harness.js' : `dist${pathname}`;
        response.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' });
        response.end(await readFile(new URL(file, root)));
        return;
      }
      const page = pages.get(searchParams.get('page') ?? '');
      if (pathname !== '/' || !page) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.policy });
      response.end(page.html);
    } catch {
      response.writeHead(500).end();
    }
  });

  return {
    name: 'csp-page',
    async serverStart() {
      await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
      origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
    },
    async serverStop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
    async executeCommand({ command, payload }) {
      if (command !== 'csp-page') return undefined;
      const { variant, snippet: template } = /** @type {{ variant: Variant, snippet: string }} */ (payload);
      const snippet = template.replaceAll('{CDN}', `${origin}/cdn`);
      const nonce = randomBytes(16).toString('base64');
      const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(snippet)?.[1] ?? '';
      /** @type {Record<string, string>} */
      const values =
        variant === 'hosts'
          ? { "'sha256-…'": `'sha256-${createHash('sha256').update(importMap).digest('base64')}'`, 'https://cdn.jsdelivr.net': origin }
          : { "'nonce-…'": `'nonce-${nonce}'` };
      const policy = fill(await readmePolicy(variant), { ...values, 'https://tavusapi.com': mockApiUrl() });
      const withNonce = (/** @type {string} */ html) => (variant === 'nonce' ? html.replace(/<(script|tavus-deployment)\b/g, `<$1 nonce="${nonce}"`) : html);
      // The harness comes first, as a classic script: its listener hears every violation, and it starts no module
      // loading before the import map is read.
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>${withNonce(
        `<script src="/harness.js"></script>`,
      )}</head><body>${withNonce(snippet)}</body></html>`;
      const id = randomBytes(8).toString('hex');
      pages.set(id, { html, policy });
      return { url: `${origin}/?page=${id}`, policy };
    },
  };
}
