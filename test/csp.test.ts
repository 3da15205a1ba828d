import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { buildSnippet, type CdnScripts } from '../demo/snippet/snippet.js';
import { deploymentId, MOCK_API_URL, settledLedger } from './support/mock-api.js';

interface Report {
  control: string[];
  inlineRan: boolean;
  frame: string | null;
  errors: string[];
  violations: string[];
  failure?: string;
}

/** The builder's snippet for this build, its scripts under `{CDN}/`, which the page's server fills in. */
async function snippet(id: string): Promise<string> {
  const { 'tavus-deployment.js': entry, ...chunks } = (await (await fetch('/dist/cdn/integrity.json')).json()) as Record<string, string>;
  const scripts: CdnScripts = {
    entry: { url: '{CDN}/tavus-deployment.js', integrity: entry! },
    chunks: Object.entries(chunks).map(([file, integrity]) => ({ url: `{CDN}/${file}`, integrity })),
  };
  const options = { deploymentId: id, baseUrl: MOCK_API_URL, conversationalContext: '', customGreeting: '', memoryStores: '', theme: '' as const, colors: {} };
  return buildSnippet({ ...options, layout: 'inline' }, scripts);
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

// test/support/csp-page.js serves the page with the README's policy; test/support/csp-harness.js drives it.
for (const variant of ['hosts', 'nonce'] as const) {
  describe(`under the README's Content-Security-Policy (${variant})`, () => {
    it('a conversation with a human check runs to its end with no violation', async function () {
      this.timeout(30_000);
      await executeServerCommand('route-turnstile', { mode: 'fake' });
      const id = deploymentId('captcha');
      const { url, policy } = (await executeServerCommand('csp-page', { variant, snippet: await snippet(id) })) as {
        url: string;
        policy: string;
      };
      const report = new Promise<Report>((resolve) => {
        addEventListener('message', function listener(event: MessageEvent<Report>) {
          if (event.origin !== new URL(url).origin) return;
          removeEventListener('message', listener);
          resolve(event.data);
        });
      });
      const frame = document.createElement('iframe');
      frame.src = url;
      document.body.append(frame);

      const { failure, control, inlineRan, frame: dailyFrame, errors, violations } = await report;
      expect(failure, `${failure} (violations: ${violations.join(', ')}; policy: ${policy})`).to.equal(undefined);
      expect(control, 'the control: an inline script is refused').to.have.length(1);
      expect(control[0]).to.match(/^script-src(-elem)? inline$/);
      expect(inlineRan).to.equal(false);
      expect(dailyFrame).to.match(/^https:\/\/tavus\.daily\.co\//);
      expect(errors).to.deep.equal([]);
      expect(violations, policy).to.deep.equal([]);
      expect((await settledLedger(id)).summary).to.include({ created: 1, ended: 1, doubleEnded: 0 });
    });
  });
}
