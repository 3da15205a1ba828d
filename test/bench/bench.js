// @ts-check
/**
 * `npm run bench`: figures, not assertions. Builds the CDN script, serves it
 * beside the mock Tavus API, and drives it in headless Chromium with the real
 * daily-js chunk (Daily's hosts are cut off, so join() is called but never
 * completes). The last line printed is one JSON object, for comparing runs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { startMockApi } from '../../dev/mock-api/server.js';
import { CHROMIUM_ARGS, findBrowser } from '../support/browsers.js';

const RUNS = 15;
/** How long the demo's simulated replica speaks while its drawing is timed. */
const FACE_SECONDS = 10;
const START_DELAY_MS = 300;
const DIST = 'dist/cdn';

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] ?? NaN : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
/** @param {number} value */
const round = (value) => Math.round(value * 100) / 100;

const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const [packed] = JSON.parse(
  spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }).stdout,
);
const tarballBytes = packed.size;
console.log(`npm tarball: ${tarballBytes} bytes packed, ${packed.unpackedSize} unpacked, ${packed.entryCount} files`);
// Every shipped file's gzip size; source maps, which only debuggers fetch, as one total.
let mapGzipBytes = 0;
for (const { path } of /** @type {{ path: string }[]} */ (packed.files)) {
  const gzip = gzipSync(readFileSync(path)).length;
  if (path.endsWith('.map')) mapGzipBytes += gzip;
  else console.log(`  ${path}: ${gzip} gzip`);
}
console.log(`  source maps: ${mapGzipBytes} gzip in all`);

const files = readdirSync(DIST).filter((f) => f.endsWith('.js'));
const gzipOf = (/** @type {string} */ file) => gzipSync(readFileSync(join(DIST, file))).length;
const dailyChunk = files.find((f) => f.startsWith('daily-esm-'));
if (!dailyChunk) throw new Error('no daily-js chunk in dist/cdn');
const initialGzipBytes = gzipOf('tavus-deployment.js');
const dailyChunkGzipBytes = gzipOf(dailyChunk);

const engineChunk = files.find((f) => f.startsWith('engine-'));
if (!engineChunk) throw new Error('no engine chunk in dist/cdn');

// The page instruments fetch before the element loads, and wraps the element's own (Daily) call factory, taken from
// the engine chunk the element itself loads (one module instance, one daily-js). Odd runs skip the pre-join check.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script>
  window.marks = {};
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const isStart = String(input).endsWith('/start');
    if (isStart) marks.request = performance.now();
    const response = realFetch(input, init);
    if (isStart) response.then(() => { marks.response = performance.now(); }, () => {});
    return response;
  };
  document.addEventListener('click', (event) => { marks.click = event.timeStamp; }, true);
</script>
<script type="module">
  import '/tavus-deployment.js';
  const params = new URLSearchParams(location.search);
  const el = document.createElement('tavus-deployment');
  const engine = import('/${engineChunk}');
  el.callFactory = {
    preload: () => void engine.then(({ callFactoryFor }) => callFactoryFor({}).preload()),
    async create(mount, media) {
      const call = await (await engine).callFactoryFor({}).create(mount, media);
      return {
        join: (properties) => { marks.join = performance.now(); return call.join(properties); },
        destroy: () => call.destroy(),
        sendAppMessage: (data, to) => call.sendAppMessage(data, to),
        on: (event, handler) => call.on(event, handler),
      };
    },
  };
  el.setAttribute('base-url', params.get('api'));
  el.setAttribute('deployment-id', params.get('id'));
  el.toggleAttribute('skip-pre-join', params.has('skip'));
  document.body.append(el);
  // First paint of the element: its first render, then the frame that shows it (from navigation start).
  el.updateComplete.then(() => requestAnimationFrame(() => { marks.firstPaint = performance.now(); }));
</script></head><body></body></html>`;

// Leaks: listeners on window/document are counted by wrapping add/removeEventListener before the element loads;
// call adapters by a factory that counts what it creates and what gets destroyed.
const LEAK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>leaks</title>
<script>
  const listeners = new Set();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const key = (target, type, listener) => (target === window || target === document) && listener ? [target === window ? 'window' : 'document', type, listener] : null;
  const find = (k) => [...listeners].find((e) => e[0] === k[0] && e[1] === k[1] && e[2] === k[2]);
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const k = key(this, type, listener);
    if (k && !find(k)) listeners.add(k);
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const k = key(this, type, listener);
    const found = k && find(k);
    if (found) listeners.delete(found);
    return remove.call(this, type, listener, options);
  };
  window.leak = { listeners, adapters: 0 };
</script>
<script type="module">
  import '/tavus-deployment.js';
  const factory = {
    create(mount) {
      const handlers = {};
      leak.adapters += 1;
      return {
        join() { setTimeout(() => handlers['joined-meeting']?.({ action: 'joined-meeting' })); return Promise.resolve(); },
        destroy() { leak.adapters -= 1; return Promise.resolve(); },
        sendAppMessage() {},
        on(event, handler) { handlers[event] = handler; },
      };
    },
  };
  const until = (check) => new Promise((resolve) => { const poll = () => (check() ? resolve() : setTimeout(poll, 2)); poll(); });
  window.cycle = async (api, id) => {
    const el = document.createElement('tavus-deployment');
    el.callFactory = factory;
    el.setAttribute('base-url', api);
    el.setAttribute('deployment-id', id);
    document.body.append(el);
    await el.updateComplete;
    // Through the pre-join check, as a visitor: its camera, microphone, meter and watchers must go too.
    await el.startConversation();
    await until(() => el.shadowRoot.querySelector('[part~="join-button"]'));
    el.shadowRoot.querySelector('[part~="join-button"]').click();
    await until(() => el.state === 'connected');
    await el.endConversation();
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 5));
  };
  window.heap = async () => {
    for (let i = 0; i < 3; i += 1) { gc(); await new Promise((resolve) => setTimeout(resolve, 50)); }
    return performance.memory.usedJSHeapSize;
  };
  window.ready = true;
</script></head><body></body></html>`;

// The demo's simulated replica, playing in a <video> as the call UI shows it: the time from creating it to its
// video playing, then, while it speaks, each frame's drawing time and the page's long tasks.
const FACE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>face</title>
<script type="module">
  import { createReplicaFace } from '/replica-face.js';
  window.measureFace = async (seconds) => {
    let draws = [];
    const longTasks = [];
    const created = performance.now();
    const face = createReplicaFace({ measure: (ms) => draws.push(ms) });
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = new MediaStream([face.video]);
    document.body.append(video);
    await video.play();
    const setupMs = performance.now() - created;
    draws = [];
    const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry.duration); });
    observer.observe({ type: 'longtask' });
    face.setSpeaking(true);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    face.stop();
    observer.disconnect();
    return { setupMs, draws, longTasks };
  };
</script></head><body></body></html>`;

/** dev/replica-face.ts and what it imports, as one module for the face page. */
const faceBuild = /** @type {import('vite').Rolldown.RolldownOutput[]} */ (
  await viteBuild({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: 'dev/replica-face.ts', formats: ['es'], fileName: 'replica-face' } },
  })
);
const faceModule = faceBuild[0]?.output[0].code;

const site = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://bench').pathname;
  if (path === '/' || path === '/leak' || path === '/face') {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end(path === '/' ? PAGE : path === '/leak' ? LEAK_PAGE : FACE_PAGE);
    return;
  }
  if (path === '/replica-face.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' });
    response.end(faceModule);
    return;
  }
  try {
    const body = readFileSync(join(DIST, path.replace(/^\/+/, '').replace(/\.\.+/g, '')));
    response.writeHead(200, { 'Content-Type': 'text/javascript' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => site.listen(0, '127.0.0.1', () => resolve(undefined)));
const siteAddress = site.address();
const siteUrl = `http://127.0.0.1:${typeof siteAddress === 'object' && siteAddress ? siteAddress.port : 0}`;

const mock = await startMockApi();
const browser = await chromium.launch({
  executablePath: findBrowser('chromium').browser,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const LEAK_CYCLES = 200;
/** @type {{ heapBefore: number, heapAfter: number, adapters: number, listeners: string[] } | undefined} */
let leaks;
/** Conversations of the timing runs still open after their tab was closed with Daily's frame mounted. */
let tabCloseOrphans = NaN;
/** @type {number[]} */
const clickToStart = [];
/** @type {number[]} */
const joinToStart = [];
/** @type {number[]} */
const responseToJoin = [];
/** @type {number[]} */
const firstPaint = [];
/** @type {{ setupMs: number, draws: number[], longTasks: number[] } | undefined} */
let face;
try {
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh context per run: an empty cache, so daily-js really downloads during the start request.
    const context = await browser.newContext();
    await context.route(/^https:\/\/([a-z0-9-]+\.)*daily\.co\//, (route) => route.abort('internetdisconnected'));
    const page = await context.newPage();
    const id = `slow-${START_DELAY_MS}--bench-${run}`;
    const skip = run % 2 === 1;
    await page.goto(`${siteUrl}/?api=${encodeURIComponent(mock.url)}&id=${encodeURIComponent(id)}${skip ? '&skip' : ''}`);
    await page.waitForFunction(() => /** @type {any} */ (window).marks.firstPaint !== undefined);
    const element = page.locator('tavus-deployment');
    await element.locator('[part="start-button"]').click();
    // The click marked is the last: Start with skip-pre-join, else the pre-join check's Join.
    if (!skip) await element.locator('[part~="join-button"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).marks.join !== undefined, null, { timeout: 30_000 });
    const marks = await page.evaluate(() => /** @type {any} */ (window).marks);
    (skip ? clickToStart : joinToStart).push(marks.request - marks.click);
    responseToJoin.push(marks.join - marks.response);
    firstPaint.push(marks.firstPaint);
    // Closing the tab, as a visitor would: pagehide must end the conversation while Daily's frame is mounted.
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    // A closed tab leaves the browser running; closing the whole context at once would drop keepalive requests.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await context.close();
  }

  const leakPage = await browser.newPage();
  await leakPage.goto(`${siteUrl}/leak`);
  await leakPage.waitForFunction(() => /** @type {any} */ (window).ready === true);
  const cycle = (/** @type {number} */ i) =>
    leakPage.evaluate(([api, id]) => /** @type {any} */ (window).cycle(api, id), [mock.url, `open--leak-${i}`]);
  for (let i = 0; i < 10; i += 1) await cycle(i);
  // Listeners present now are the page's and Playwright's own; only what the cycles add counts.
  await leakPage.evaluate(() => {
    const { leak } = /** @type {any} */ (window);
    leak.baseline = new Set(leak.listeners);
  });
  const heapBefore = await leakPage.evaluate(() => /** @type {any} */ (window).heap());
  for (let i = 10; i < 10 + LEAK_CYCLES; i += 1) await cycle(i);
  const heapAfter = await leakPage.evaluate(() => /** @type {any} */ (window).heap());
  leaks = await leakPage.evaluate(() => {
    const { leak } = /** @type {any} */ (window);
    const added = [...leak.listeners].filter((entry) => !leak.baseline.has(entry));
    return { adapters: leak.adapters, listeners: added.map((/** @type {any[]} */ [t, type]) => `${t}:${type}`) };
  }).then((counted) => ({ heapBefore, heapAfter, ...counted }));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const ledger = mock.ledger.report(null);
  const orphans = ledger.conversations.filter((c) => c.endCalls === 0).map((c) => c.deploymentId);
  tabCloseOrphans = ledger.conversations.filter((c) => c.endCalls === 0 && c.deploymentId.includes('--bench-')).length;
  console.log(`mock ledger after every tab closed: ${JSON.stringify(ledger.summary)} ${orphans.join(' ')}`);

  const facePage = await browser.newPage();
  await facePage.goto(`${siteUrl}/face`);
  await facePage.waitForFunction(() => typeof (/** @type {any} */ (window).measureFace) === 'function');
  face = await facePage.evaluate((seconds) => /** @type {any} */ (window).measureFace(seconds), FACE_SECONDS);
} finally {
  await browser.close();
  await mock.close();
  site.close();
}

console.log(`Start → start request (skip-pre-join): median ${round(median(clickToStart))} ms over ${clickToStart.length} runs`);
console.log(`pre-join Join → start request: median ${round(median(joinToStart))} ms over ${joinToStart.length} runs`);
console.log(`start response → join(), start delayed ${START_DELAY_MS} ms: median ${round(median(responseToJoin))} ms`);
if (!leaks) throw new Error('the leak run did not finish');
console.log(
  `after ${LEAK_CYCLES} start/pre-join/connect/end/remove cycles: ${leaks.adapters} call adapters left, ` +
    `${leaks.listeners.length} window/document listeners left ${JSON.stringify(leaks.listeners)}, ` +
    `heap ${leaks.heapBefore} → ${leaks.heapAfter} bytes`,
);
console.log(`first paint of the element on a blank page (CDN build, cold cache): median ${round(median(firstPaint))} ms`);
if (!face) throw new Error('the face run did not finish');
const sum = (/** @type {number[]} */ values) => values.reduce((total, value) => total + value, 0);
const faceDrawMs = round(sum(face.draws) / face.draws.length);
const faceFps = round(face.draws.length / FACE_SECONDS);
const faceLongTaskMs = round(sum(face.longTasks));
console.log(
  `simulated replica: playing ${round(face.setupMs)} ms after it was created; speaking for ${FACE_SECONDS} s, ` +
    `${face.draws.length} frames (${faceFps} per second), drawing ${faceDrawMs} ms a frame on average ` +
    `(max ${round(Math.max(...face.draws))} ms), ${face.longTasks.length} long tasks (${faceLongTaskMs} ms in all)`,
);
console.log(
  JSON.stringify({
    initialGzipBytes,
    dailyChunkGzipBytes,
    clickToStartMs: round(median(clickToStart)),
    joinToStartMs: round(median(joinToStart)),
    responseToJoinMs: round(median(responseToJoin)),
    tarballBytes,
    firstPaintMs: round(median(firstPaint)),
    leakCycles: LEAK_CYCLES,
    leakAdaptersLeft: leaks.adapters,
    leakListenersLeft: leaks.listeners.length,
    leakHeapGrowthBytes: leaks.heapAfter - leaks.heapBefore,
    tabClosesWithDailyFrame: RUNS,
    tabCloseOrphans,
    faceSetupMs: round(face.setupMs),
    faceFramesPerSecond: faceFps,
    faceDrawMs,
    faceLongTasks: face.longTasks.length,
    faceLongTaskMs,
  }),
);
