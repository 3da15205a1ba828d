import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { contrast, READABLE, readableTextOn } from '../demo/snippet/contrast.js';
import { buildSnippet, RESERVE_SPACE, type SnippetOptions } from '../demo/snippet/snippet.js';
import { deploymentId, ledger, MOCK_API_URL, requestsTo, settledLedger, until } from './support/mock-api.js';

type TavusElement = HTMLElementTagNameMap['tavus-deployment'];

/** Offline the public CDN can't be reached (the runner fails it fast): pasted pages load the same files from here. */
const LOCAL_DIR = new URL('/dist/cdn/', location.href).href;

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

/** Opens the builder (built by `npm test` into dist/snippet/, next to the CDN build in dist/cdn/) against the mock. */
async function openBuilder(): Promise<{ builder: HTMLIFrameElement; doc: Document }> {
  const builder = frame((f) => (f.src = `/dist/snippet/index.html?api=${encodeURIComponent(MOCK_API_URL)}`));
  const doc = await until(() => builder.contentDocument?.querySelector('#copy') && builder.contentDocument, 'the builder');
  return { builder, doc };
}

/** A blank page with the snippet pasted into its body. */
function pasted(snippet: string): HTMLIFrameElement {
  return frame((f) => (f.srcdoc = `<!doctype html><html lang="en"><body>${snippet}</body></html>`));
}

afterEach(() => {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
});

describe('the snippet builder', () => {
  it('copies a snippet that, pasted into a blank page, loads the checked script and runs a conversation', async function () {
    this.timeout(30_000);
    const id = deploymentId('open');
    const context = 'Visitor asked about "Pro" & <b>Team</b> plans';
    const { builder, doc } = await openBuilder();
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
    // The picked accent comes with the text colour readable on it; the surface, left alone, is left out.
    expect(copied).to.contain('style="display:block;height:560px;max-width:420px;--tavus-accent:#aa0000;--tavus-on-accent:#f2f1f7"');
    expect(copied).not.to.contain('--tavus-surface');
    expect(copied).to.contain(RESERVE_SPACE);
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
    const page = pasted(copied.replaceAll(publicDir!, LOCAL_DIR));
    const element = await until(
      () => page.contentWindow?.customElements.get('tavus-deployment') && page.contentDocument!.querySelector<TavusElement>('tavus-deployment'),
      'the pasted element to upgrade',
    );
    await until(() => element.getAttribute('state') === 'idle' && element.shadowRoot, 'the start surface');
    expect(getComputedStyle(element).height).to.equal('560px');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-button"]')!.click();
    const join = await until(() => element.shadowRoot!.querySelector<HTMLElement>('[part~="join-button"]'), 'the pre-join check');
    join.click();

    // The real daily-js makes its call object; Daily's hosts are routed to fail, so the call goes no further.
    await until(() => element.getAttribute('state') === 'joining', 'the conversation and its call', 15_000);
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
    const { doc } = await openBuilder();
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
    // The preview has the pre-join check too; Join sends the start.
    const join = await until(() => element.shadowRoot!.querySelector<HTMLElement>('[part~="join-button"]'), 'the pre-join check');
    join.click();
    await until(() => element.getAttribute('state') === 'connected', 'the simulated call in the preview');
    await until(() => element.shadowRoot!.querySelector('[part="replica-video"]'), 'the simulated replica');

    set(doc, 'customGreeting', 'Changed');
    set(doc, 'customGreeting', 'Changed again');
    await previewed('Changed again');
    expect((await settledLedger(id)).summary).to.include({ created: 1, ended: 1, doubleEnded: 0 });
  });

  it('reserves the 16:9 box the element will take before its script loads, so the page does not shift', async function () {
    this.timeout(20_000);
    const id = deploymentId('open');
    const { doc } = await openBuilder();
    set(doc, 'baseUrl', MOCK_API_URL);
    set(doc, 'deploymentId', id);
    const snippet = await until(() => {
      const value = doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
      return value.includes(id) && value;
    }, 'the snippet');
    expect(snippet.startsWith(RESERVE_SPACE), snippet).to.equal(true);

    // The same snippet twice: as copied, its script (on the public CDN) never loads here; with the local one, it does.
    const waiting = pasted(snippet);
    const loaded = pasted(snippet.replaceAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/tavus-deployment@[^/]+\/dist\/cdn\//g, LOCAL_DIR));
    const element = await until(
      () => loaded.contentWindow?.customElements.get('tavus-deployment') && loaded.contentDocument!.querySelector<TavusElement>('tavus-deployment'),
      'the pasted element to upgrade',
    );
    await until(() => element.shadowRoot?.querySelector('[part~="start-button"]'), 'the start surface');
    const placeholder = await until(() => waiting.contentDocument?.querySelector('tavus-deployment'), 'the tag waiting for its script');
    expect(waiting.contentWindow!.customElements.get('tavus-deployment'), 'the public CDN is out of reach').to.equal(undefined);

    const before = placeholder.getBoundingClientRect();
    const after = element.getBoundingClientRect();
    expect(before.width).to.be.greaterThan(0);
    expect(before.height).to.be.closeTo((before.width * 9) / 16, 1);
    expect(after.width).to.be.closeTo(before.width, 1);
    expect(after.height).to.be.closeTo(before.height, 1);

    const readme = await (await fetch('/README.md')).text();
    expect(readme, "the README's snippets reserve the same box").to.contain(RESERVE_SPACE);
  });
});

describe("the snippet builder's floating layout", () => {
  it('emits layout="floating", with no box to reserve; pasted, it is a launcher in the corner', async function () {
    this.timeout(20_000);
    const snippet = buildSnippet(
      {
        deploymentId: deploymentId('open'),
        baseUrl: MOCK_API_URL,
        conversationalContext: '',
        customGreeting: '',
        memoryStores: '',
        layout: 'floating',
        theme: '',
        colors: {},
      },
      { entry: { url: `${LOCAL_DIR}tavus-deployment.js`, integrity: '' }, chunks: [] },
    );
    expect(snippet).to.contain('layout="floating"');
    expect(snippet).not.to.contain(RESERVE_SPACE);
    expect(snippet).not.to.contain('style=');

    const page = pasted(`<p>Before</p>${snippet.replace(' integrity=""', '')}<p>After</p>`);
    const element = await until(
      () => page.contentWindow?.customElements.get('tavus-deployment') && page.contentDocument!.querySelector<TavusElement>('tavus-deployment'),
      'the pasted element to upgrade',
    );
    const launcher = await until(() => element.shadowRoot?.querySelector<HTMLElement>('[part~="launcher"]'), 'the launcher');
    const [before, after] = page.contentDocument!.querySelectorAll('p');
    expect(after!.getBoundingClientRect().top - before!.getBoundingClientRect().bottom, 'no room taken').to.be.lessThan(20);
    const box = launcher.getBoundingClientRect();
    expect(page.contentWindow!.innerWidth - box.right).to.be.closeTo(24, 1);
    expect(page.contentWindow!.innerHeight - box.bottom).to.be.closeTo(24, 1);
  });
});

describe("the snippet builder's colours", () => {
  const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).to.equal(21);
    expect(contrast('#4338ca', '#4338ca')).to.equal(1);
    // WebAIM's figures: #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.005);
    expect(contrast('#ffffff', '#777777')).to.be.closeTo(4.48, 0.005);
  });

  it('pairs every colour an owner can pick with text at least 4.5:1 on it, near-black or near-white where they suffice', function () {
    this.timeout(30_000);
    expect(readableTextOn('#ffffff')).to.equal('#1c1b22');
    expect(readableTextOn('#000000')).to.equal('#f2f1f7');
    expect(readableTextOn('#767676'), 'a mid-tone neither reaches').to.equal('#000000');
    // The pairing depends on the colour's luminance alone: every grey, and every fifth level of each channel (140,608
    // colours across all hues), cover it. All 16.7 million take too long for every run.
    const levels = Array.from({ length: 52 }, (_, i) => i * 5);
    const colours = [
      ...Array.from({ length: 256 }, (_, v) => hex(v, v, v)),
      ...levels.flatMap((r) => levels.flatMap((g) => levels.map((b) => hex(r, g, b)))),
    ];
    const unreadable = colours.filter((colour) => contrast(colour, readableTextOn(colour)) < READABLE);
    expect(unreadable).to.deep.equal([]);
  });

  it('emits a picked surface or accent only with its paired text colour', () => {
    const options: SnippetOptions = {
      deploymentId: 'demo',
      baseUrl: 'https://tavusapi.com',
      conversationalContext: '',
      customGreeting: '',
      memoryStores: '',
      layout: 'inline',
      theme: '',
      colors: {},
    };
    const colour = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    fc.assert(
      fc.property(fc.option(colour, { nil: undefined }), fc.option(colour, { nil: undefined }), (accent, surface) => {
        const snippet = buildSnippet({ ...options, colors: { accent, surface } }, {
          entry: { url: 'https://cdn.example/t.js', integrity: 'sha384-x' },
          chunks: [],
        });
        const property = (name: string) => new RegExp(`--tavus-${name}:(#[0-9a-f]{6})[;"]`).exec(snippet)?.[1];
        for (const [background, text] of [['accent', 'on-accent'], ['surface', 'text']] as const) {
          const pair = [property(background), property(text)];
          expect(pair[0], snippet).to.equal(background === 'accent' ? accent : surface);
          if (pair[0] === undefined) expect(pair[1], snippet).to.equal(undefined);
          else expect(contrast(pair[0], pair[1]!), snippet).to.be.at.least(READABLE);
        }
      }),
      { seed: 20261121, numRuns: 500 },
    );
  });
});
