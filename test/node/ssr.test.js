// @ts-check
/**
 * The built element rendered on a server through @lit-labs/ssr (`node --test`, after `npm run build`): whatever
 * its configuration, it renders its start surface into a declarative shadow root and sends no request.
 * Named `.pending`, so `node --test` passes it by, until the element does that; then rename it to `ssr.test.js`.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { test } from 'node:test';
// Before the element: loading Lit through @lit-labs/ssr installs the DOM shim, customElements included.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../dist/npm/define.js';

/**
 * A local Tavus API that records every request it gets. It answers 503, which the element only notes (it would
 * offer Start anyway), so a request fails the test as a request rather than through what the element does next.
 * @param {import('node:test').TestContext} t
 */
async function countingServer(t) {
  /** @type {string[]} */
  const requests = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(503).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { baseUrl: `http://127.0.0.1:${port}`, requests };
}

/** @param {import('lit').TemplateResult} template */
async function renderedSurface(template) {
  const output = await collectResult(render(template));
  assert.match(output, /<tavus-deployment[^>]*>\s*<template shadowroot(mode)?="open"/, 'a declarative shadow root');
  assert.match(output, /part="start-button"/, 'the start surface');
}

/** @type {[string, (baseUrl: string) => import('lit').TemplateResult][]} */
const cases = [
  ['a valid deployment-id', (baseUrl) => html`<tavus-deployment deployment-id="d1" base-url=${baseUrl}></tavus-deployment>`],
  ['an empty deployment-id', (baseUrl) => html`<tavus-deployment deployment-id="" base-url=${baseUrl}></tavus-deployment>`],
  ['a blank deployment-id', (baseUrl) => html`<tavus-deployment deployment-id="   " base-url=${baseUrl}></tavus-deployment>`],
  ['a base-url that is not http(s)', () => html`<tavus-deployment deployment-id="d1" base-url="ftp://x"></tavus-deployment>`],
];

for (const [name, template] of cases) {
  test(`server-side rendering with ${name} shows the start surface and sends nothing`, async (t) => {
    const { baseUrl, requests } = await countingServer(t);
    await renderedSurface(template(baseUrl));
    // Long enough for a request started by the render to arrive.
    await delay(200);
    assert.deepEqual(requests, []);
  });
}
