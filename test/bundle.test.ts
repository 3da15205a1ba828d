import { expect } from '@open-wc/testing';
import { deploymentId, MOCK_API_URL, settledLedger, until } from './support/mock-api.js';

const CDN_SCRIPT = '/dist/cdn/tavus-deployment.js';
const BUDGET_BYTES = 15 * 1024;

async function gzipBytes(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

// `npm test` builds dist/cdn before the browser tests run.
describe('the CDN build', () => {
  it(`fits in ${BUDGET_BYTES} bytes gzip with Lit inside, and leaves daily-js and the call UI to lazy chunks`, async () => {
    const script = await (await fetch(CDN_SCRIPT)).text();
    expect(await gzipBytes(script)).to.be.at.most(BUDGET_BYTES);
    const lazyImport = (name: string, text: string) => new RegExp(`import\\(\`?["'\`]?\\./(${name}-[\\w-]+\\.js)`).exec(text)?.[1];
    // Daily's factories come with the session engine, which a start always waits for.
    const engine = await (await fetch(`/dist/cdn/${lazyImport('engine', script)}`)).text();
    const chunk = lazyImport('daily-esm', engine);
    expect(chunk, 'a dynamic import of the daily-js chunk').to.be.a('string');
    // The call UI's loader comes with the later views, which a start always waits for too.
    const later = await (await fetch(`/dist/cdn/${lazyImport('later', script)}`)).text();
    expect(lazyImport('call-ui', later), 'the call UI, fetched for a call whose media it renders').to.be.a('string');
    expect(later).to.not.contain('replica-video');
    expect(script).to.not.contain('replica-video');
    const daily = await fetch(`/dist/cdn/${chunk}`);
    expect(daily.ok).to.equal(true);
    expect(script).to.not.contain('Duplicate DailyIframe');
    // One file: nothing else is fetched before the element can render.
    expect(script).to.not.match(/^import\s|\bfrom\s*["'`]\.\//m);
  });

  it('registers <tavus-deployment> by itself, fetching daily-js only once a conversation starts', async () => {
    expect(customElements.get('tavus-deployment')).to.equal(undefined);
    const url = CDN_SCRIPT;
    await import(/* @vite-ignore */ url);
    const Element = customElements.get('tavus-deployment')!;
    expect(Element).to.be.a('function');
    // Module loads only: the size test above fetched the chunk itself.
    const dailyRequests = () =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (e) => /daily-esm-/.test(e.name) && e.initiatorType !== 'fetch',
      );
    const el = document.createElement('tavus-deployment') as HTMLElement & {
      updateComplete: Promise<unknown>;
      startConversation(): Promise<void>;
    };
    const hints: string[] = [];
    el.addEventListener('tavus:error', (event) => hints.push((event as CustomEvent<{ hint: string }>).detail.hint));
    document.body.append(el);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('error');
    await until(() => hints.length > 0, 'tavus:error, with the hint the engine brings');
    expect(hints[0]).to.contain('deployment-id');

    const id = deploymentId('open');
    // Straight to the start: what is measured is when daily-js is fetched, not the pre-join check.
    el.setAttribute('skip-pre-join', '');
    el.setAttribute('base-url', MOCK_API_URL);
    el.setAttribute('deployment-id', id);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dailyRequests()).to.have.length(0);
    void el.startConversation();
    await until(() => dailyRequests().length === 1, 'the daily-js chunk');
    el.remove();
    await settledLedger(id);
  });

  it('fetches a language only for its readers, each in a chunk of its own', async () => {
    const LANGUAGE_CHUNK = /\/(languages|es|fr|de|it|pt-BR|nl|pl|ja|ko|zh-CN|ar)-[\w-]+\.js$/;
    const languageRequests = () =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .map((e) => /[^/]+$/.exec(e.name)![0])
        .filter((name) => LANGUAGE_CHUNK.test(`/${name}`));
    // The test above ran English elements (this page is <html lang="en">): nothing was fetched for them.
    expect(languageRequests()).to.deep.equal([]);
    const el = document.createElement('tavus-deployment');
    el.lang = 'fr';
    document.body.append(el);
    // Without a deployment-id it shows the setup error: in French.
    const title = () => el.shadowRoot!.querySelector('[part="error-title"]')?.textContent;
    await until(() => title() === 'Cette conversation ne peut pas démarrer ici', 'French');
    expect(languageRequests().map((name) => name.replace(/-[\w-]+\.js$/, ''))).to.deep.equal(['languages', 'fr']);
    el.remove();
  });
});
