import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { buildSnippet, type CdnScripts } from '../demo/snippet/snippet.js';
import { deploymentId, MOCK_API_URL, settledLedger, until } from './support/mock-api.js';

type TavusElement = HTMLElementTagNameMap['tavus-deployment'];
type Tampered = Window & { tampered?: string };

const ENTRY = 'tavus-deployment.js';
const hashes = fetch('/dist/cdn/integrity.json').then((r) => r.json() as Promise<Record<string, string>>);

/**
 * The snippet for the real build, its hashes true, but served from where the test runner appends a line to the
 * file named `prefix…` (web-test-runner.config.js): run, that line would record the file in `window.tampered`.
 */
async function snippetWithTampered(prefix: string, id: string, checkChunks = true): Promise<{ html: string; victim: string }> {
  const files = await hashes;
  const victim = Object.keys(files).find((file) => file.startsWith(prefix))!;
  const dir = new URL(`/__tampered/${victim}/`, location.href).href;
  const script = (file: string) => ({ url: dir + file, integrity: files[file]! });
  const chunks = checkChunks ? Object.keys(files).filter((f) => f !== ENTRY).map(script) : [];
  const scripts: CdnScripts = { entry: script(ENTRY), chunks };
  const options = { deploymentId: id, baseUrl: MOCK_API_URL, conversationalContext: '', customGreeting: '', memoryStores: '', theme: '' as const, colors: {} };
  return { html: buildSnippet({ ...options, layout: 'inline' }, scripts), victim };
}

function paste(html: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><body>${html}</body></html>`;
  document.body.append(frame);
  return frame;
}

function upgraded(frame: HTMLIFrameElement): Promise<TavusElement> {
  return until(
    () => frame.contentWindow?.customElements.get('tavus-deployment') && frame.contentDocument!.querySelector<TavusElement>('tavus-deployment'),
    'the pasted element to upgrade',
  );
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('a tampered file of the CDN build', () => {
  it('control: without its import-map entry, an altered chunk runs, so the map is what stops it below', async () => {
    const id = deploymentId('open');
    const { html, victim } = await snippetWithTampered('engine-', id, false);
    const element = await upgraded(paste(html));
    // Straight to the start: what is watched is the engine chunk, not the pre-join check.
    element.setAttribute('skip-pre-join', '');
    void element.startConversation();
    await until(() => (element.ownerDocument.defaultView as Tampered).tampered === victim, 'the altered engine to run');
    // Ended once it exists: a start still fetching the views after Start would be cancelled before it is sent.
    await until(() => element.getAttribute('state') === 'joining', 'the conversation');
    await element.endConversation();
    await settledLedger(id);
  });

  it('the entry script: nothing runs and nothing registers', async () => {
    const { html } = await snippetWithTampered(ENTRY, deploymentId('open'));
    const frame = paste(html);
    await until(() => frame.contentDocument?.readyState === 'complete', 'the pasted page to load');
    expect(frame.contentWindow!.customElements.get('tavus-deployment')).to.equal(undefined);
    expect((frame.contentWindow as Tampered).tampered).to.equal(undefined);
  });

  // What the visitor sees when a lazily imported chunk fails its import-map integrity check.
  const chunks: [prefix: string, scenario: string, code: string, created: number][] = [
    ['engine-', 'open', 'network', 0],
    ['turnstile-', 'captcha', 'captcha-unavailable', 0],
    ['daily-esm-', 'open', 'call-failed', 1],
  ];
  for (const [prefix, scenario, code, created] of chunks) {
    it(`the ${prefix.slice(0, -1)} chunk: it never runs, and the element says so with ${code}`, async () => {
      // Cloudflare's script would fail too, unrouted: routed to a working fake, only the chunk can be what failed.
      await executeServerCommand('route-turnstile', { mode: 'fake' });
      const id = deploymentId(scenario);
      const { html, victim } = await snippetWithTampered(prefix, id);
      const element = await upgraded(paste(html));
      const frame = element.ownerDocument.defaultView!.frameElement as HTMLIFrameElement;
      const errors: string[] = [];
      element.addEventListener('tavus:error', (event) => errors.push(event.detail.code));
      await until(() => element.shadowRoot?.querySelector('[part~="start-button"]'), 'the start surface');
      element.setAttribute('skip-pre-join', '');
      await element.startConversation();
      await until(() => element.state === 'error', `the error state (now ${element.state})`);
      await until(() => errors.length > 0, 'tavus:error');
      expect(errors).to.deep.equal([code]);
      expect(element.shadowRoot!.querySelector('[part="error-message"]')!.textContent!.trim()).not.to.equal('');
      expect((frame.contentWindow as Tampered).tampered, `${victim} ran`).to.equal(undefined);
      expect((await settledLedger(id, created)).summary).to.include({ created, orphaned: 0, doubleEnded: 0 });
    });
  }
});
