// @ts-check
/**
 * Firefox and WebKit reach every host but this machine through this proxy (Chromium uses Playwright's
 * `page.route` instead): third-party hosts (Daily, jsDelivr, Sentry) fail at once rather than hang on a closed
 * network, and Cloudflare's Turnstile host answers as the running test asked, with a fake script (tunnelled to a
 * local TLS server with a throwaway certificate the browser is told to accept), a failure or silence. The mode
 * is one per browser: those engines run one test file at a time (see web-test-runner.config.js).
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { connect } from 'node:net';

const TURNSTILE_HOST = 'challenges.cloudflare.com';

/** What the routed Turnstile script does: define a fake that passes at once. */
export const FAKE_TURNSTILE_API = `(() => {
  const widgets = new Map();
  let next = 0;
  const answer = (id) => setTimeout(() => widgets.get(id)?.callback?.('XXXX.DUMMY.TOKEN.XXXX'));
  window.turnstile = {
    ready: (callback) => callback(),
    render(container, params) {
      const id = 'routed-' + (next += 1);
      widgets.set(id, params);
      container.textContent = 'Turnstile (routed fake)';
      answer(id);
      return id;
    },
    reset: (id) => answer(id),
    remove: (id) => widgets.delete(id),
    execute() {},
    getResponse: () => undefined,
    isExpired: () => false,
  };
})();`;

/** @typedef {'fake' | 'fail' | 'hang'} TurnstileMode */

/** A key and a certificate for Cloudflare's host alone, made by openssl for this run (it prints both). */
function throwawayCertificate() {
  const pem = execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-noenc', '-keyout', '-', '-days', '2',
      '-subj', `/CN=${TURNSTILE_HOST}`, '-addext', `subjectAltName=DNS:${TURNSTILE_HOST}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return { key: pem, cert: pem };
}

/**
 * @param {import('node:http').Server} server
 * @returns {Promise<number>}
 */
function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port)));
}

export async function startThirdPartyProxy() {
  /** @type {TurnstileMode} */
  let turnstile = 'fail';
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();

  const cloudflare = createTlsServer(throwawayCertificate(), (request, response) => {
    if (!request.url?.startsWith('/turnstile/v0/api.js')) {
      response.writeHead(404).end();
      return;
    }
    // Neither cached nor kept alive: a later test file in the same browser must meet the answer its own mode gives.
    response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store', Connection: 'close' }).end(FAKE_TURNSTILE_API);
  });
  const cloudflarePort = await listen(cloudflare);

  // Plain-HTTP requests through the proxy: no test needs one to succeed.
  const proxy = createServer((_request, response) => response.writeHead(502).end());
  proxy.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  proxy.on('connect', (request, socket, head) => {
    const host = (request.url ?? '').replace(/:\d+$/, '');
    socket.on('error', () => socket.destroy());
    if (host !== TURNSTILE_HOST || turnstile === 'fail') {
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    // Silence: the request stays open until the browser gives up on it.
    if (turnstile === 'hang') return;
    const upstream = connect(cloudflarePort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
  });
  const port = await listen(proxy);

  return {
    /** `host:port`, for a browser's proxy settings. */
    address: `127.0.0.1:${port}`,
    port,
    /** @param {TurnstileMode} mode */
    routeTurnstile(mode) {
      turnstile = mode;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      cloudflare.closeAllConnections();
      await Promise.all([proxy, cloudflare].map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
