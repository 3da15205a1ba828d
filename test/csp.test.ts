import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { deploymentId, MOCK_API_URL, settledLedger, until } from './support/mock-api.js';

// A strict policy, as a security-minded customer's page would send: no inline scripts or styles.
const POLICY = [
  "default-src 'self'",
  "script-src 'self' https://challenges.cloudflare.com",
  "style-src 'self'",
  `connect-src 'self' ${MOCK_API_URL}`,
  'frame-src https://*.daily.co https://challenges.cloudflare.com',
].join('; ');

describe('under a strict Content-Security-Policy', () => {
  it('renders, starts the real Daily frame and ends, with no violation reported', async function () {
    this.timeout(20_000);
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = POLICY;
    document.head.append(meta);

    // Control: the policy is in force, so an inline script is refused and reported.
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true;';
    document.body.append(inline);
    await until(() => violations.length === 1, 'the control violation');
    expect((window as unknown as Record<string, unknown>)['__inlineRan']).to.equal(undefined);
    violations.length = 0;

    const id = deploymentId('open');
    const el = await fixture<HTMLElementTagNameMap['tavus-deployment']>(
      html`<tavus-deployment deployment-id=${id} base-url=${MOCK_API_URL}></tavus-deployment>`,
    );
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="start-button"]')!).borderRadius).to.not.equal('0px');
    void el.startConversation();
    await until(() => el.shadowRoot!.querySelector('[part="call"] iframe'), 'the Daily iframe', 15_000);
    el.remove();
    await settledLedger(id);
    expect(violations).to.deep.equal([]);
  });
});
