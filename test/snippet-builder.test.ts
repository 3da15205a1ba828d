import { expect } from '@open-wc/testing';
import { deploymentId, ledger, MOCK_API_URL, requestsTo, settledLedger, until } from './support/mock-api.js';

type TavusElement = HTMLElementTagNameMap['tavus-deployment'];

function frame(setup: (iframe: HTMLIFrameElement) => void): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:900px;height:700px';
  setup(iframe);
  document.body.append(iframe);
  return iframe;
}

function set(doc: Document, name: string, value: string): void {
  const field = doc.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

afterEach(() => {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
});

describe('the snippet builder', () => {
  it('copies a snippet that, pasted into a blank page, loads the checked script and runs a conversation', async function () {
    this.timeout(30_000);
    const id = deploymentId('open');
    const context = 'Visitor asked about "Pro" & <b>Team</b> plans';
    // Built by `npm test` into dist/snippet/, next to the CDN build in dist/cdn/.
    const builder = frame((f) => (f.src = `/dist/snippet/index.html?api=${encodeURIComponent(MOCK_API_URL)}`));
    const doc = await until(() => builder.contentDocument?.querySelector('#copy') && builder.contentDocument, 'the builder');
    let copied = '';
    Object.defineProperty(builder.contentWindow!.navigator, 'clipboard', {
      value: { writeText: async (text: string) => void (copied = text) },
    });

    set(doc, 'deploymentId', id);
    await until(() => doc.querySelector<HTMLTextAreaElement>('#snippet')!.value.includes(id), 'the snippet');
    expect(doc.querySelector<HTMLTextAreaElement>('#snippet')!.value, 'Tavus is the default API').not.to.contain('base-url');
    expect(doc.querySelector('#integrity-note')!.textContent).to.contain("this checkout's build");
    // The site owner points the element at an API of their own (here, the mock).
    set(doc, 'baseUrl', MOCK_API_URL);
    set(doc, 'conversationalContext', context);
    set(doc, 'customGreeting', 'Hello from the CMS');
    set(doc, 'memoryStores', 'visitor-7, crm');
    set(doc, 'layout', 'tall');
    set(doc, 'accent', '#aa0000');
    set(doc, 'radius', '');
    await until(() => doc.querySelector<HTMLTextAreaElement>('#snippet')!.value.includes('crm'), 'the snippet to update');
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await until(() => copied, 'the copy');

    const publicDir = /src="(https:\/\/cdn\.jsdelivr\.net\/npm\/tavus-deployment@[^/]+\/dist\/cdn\/)tavus-deployment\.js"/.exec(copied)?.[1];
    expect(publicDir, copied).to.be.a('string');
    expect(copied).to.match(/integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous"/);
    expect(copied).to.contain('style="display:block;height:560px;max-width:420px;--tavus-accent:#aa0000"');
    expect(copied).not.to.contain('--tavus-surface');
    // Every lazily imported chunk is checked too: the import map holds the hash of each, as the build lists them.
    const { 'tavus-deployment.js': entry, ...chunks } = (await (await fetch('/dist/cdn/integrity.json')).json()) as Record<string, string>;
    expect(copied).to.contain(`integrity="${entry}"`);
    const importMapText = /<script type="importmap">([\s\S]*?)<\/script>/.exec(copied)![1]!;
    const importMap = JSON.parse(importMapText) as { integrity: Record<string, string> };
    expect(importMap.integrity).to.deep.equal(Object.fromEntries(Object.entries(chunks).map(([file, hash]) => [publicDir + file, hash])));
    expect(copied.indexOf('type="importmap"'), 'the import map comes before the module script').to.be.lessThan(copied.indexOf('type="module"'));
    // The hash a Content-Security-Policy allows the inline import map by.
    const mapHash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(importMapText)));
    const cspSource = `'sha256-${btoa(String.fromCharCode(...mapHash))}'`;
    await until(() => doc.querySelector('#csp-note')!.textContent!.includes(cspSource), `${cspSource} under the snippet`);

    // Offline the public CDN can't be reached: the pasted page loads the same files from this server, still checked against their hashes.
    const pasted = frame((f) => {
      f.srcdoc = `<!doctype html><html lang="en"><body>${copied.replaceAll(publicDir!, new URL('/dist/cdn/', location.href).href)}</body></html>`;
    });
    const element = await until(
      () => pasted.contentWindow?.customElements.get('tavus-deployment') && pasted.contentDocument!.querySelector<TavusElement>('tavus-deployment'),
      'the pasted element to upgrade',
    );
    await until(() => element.getAttribute('state') === 'idle' && element.shadowRoot, 'the start surface');
    expect(getComputedStyle(element).height).to.equal('560px');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-button"]')!.click();

    // The real daily-js mounts Daily Prebuilt; Daily's hosts are routed to fail, so the call goes no further.
    await until(() => element.shadowRoot!.querySelector('[part="call"] iframe'), 'the Daily frame', 15_000);
    const start = requestsTo(await ledger(id), 'start')[0]!;
    expect(start.body).to.deep.equal({
      conversational_context: context,
      custom_greeting: 'Hello from the CMS',
      memory_stores: ['visitor-7', 'crm'],
    });
    await element.endConversation();
    expect((await settledLedger(id)).summary).to.include({ created: 1, ended: 1, doubleEnded: 0 });
  });

  it('previews the snippet live against the mock, and ends the preview conversation when the options change', async function () {
    this.timeout(20_000);
    const id = deploymentId('open');
    const builder = frame((f) => (f.src = `/dist/snippet/index.html?api=${encodeURIComponent(MOCK_API_URL)}`));
    const doc = await until(() => builder.contentDocument?.querySelector('#copy') && builder.contentDocument, 'the builder');
    const preview = doc.querySelector<HTMLIFrameElement>('#preview')!;
    // The builder hands each preview its simulated call on load; this listener runs after the builder's.
    const loaded = new WeakSet<Document>();
    preview.addEventListener('load', () => loaded.add(preview.contentDocument!));
    set(doc, 'deploymentId', id);
    const previewed = (greeting: string | null) =>
      until(() => {
        const element = preview.contentDocument?.querySelector<TavusElement>('tavus-deployment');
        const current = element?.getAttribute('deployment-id') === id && element.getAttribute('custom-greeting') === greeting;
        return current && loaded.has(element.ownerDocument) && element.shadowRoot && element;
      }, `the preview with greeting ${greeting}`);
    const element = await previewed(null);
    expect(element.baseUrl, 'the preview runs against the mock').to.equal(MOCK_API_URL);
    void element.startConversation();
    await until(() => element.getAttribute('state') === 'connected', 'the simulated call in the preview');
    expect(element.shadowRoot!.querySelector('[data-simulated-call]')).not.to.equal(null);

    set(doc, 'customGreeting', 'Changed');
    set(doc, 'customGreeting', 'Changed again');
    await previewed('Changed again');
    expect((await settledLedger(id)).summary).to.include({ created: 1, ended: 1, doubleEnded: 0 });
  });
});
