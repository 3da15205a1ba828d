import { expect } from '@open-wc/testing';

const CDN_SCRIPT = '/dist/cdn/tavus-deployment.js';
const BUDGET_BYTES = 15 * 1024;

async function gzipBytes(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

// `npm test` builds dist/cdn before the browser tests run.
describe('the CDN build', () => {
  it(`fits in ${BUDGET_BYTES} bytes gzip with Lit inside, and leaves daily-js to a lazy chunk`, async () => {
    const script = await (await fetch(CDN_SCRIPT)).text();
    expect(await gzipBytes(script)).to.be.at.most(BUDGET_BYTES);
    const chunk = /import\(`?["'`]?\.\/(daily-esm-[\w-]+\.js)/.exec(script)?.[1];
    expect(chunk, 'a dynamic import of the daily-js chunk').to.be.a('string');
    const daily = await fetch(`/dist/cdn/${chunk}`);
    expect(daily.ok).to.equal(true);
    expect(script).to.not.contain('Duplicate DailyIframe');
  });

  it('registers <tavus-deployment> by itself when loaded', async () => {
    expect(customElements.get('tavus-deployment')).to.equal(undefined);
    const url = CDN_SCRIPT;
    await import(/* @vite-ignore */ url);
    const Element = customElements.get('tavus-deployment')!;
    expect(Element).to.be.a('function');
    const el = document.createElement('tavus-deployment');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error-message"]')!.textContent).to.contain('deployment-id');
    el.remove();
  });
});
