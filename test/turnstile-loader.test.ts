import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import { TURNSTILE_SCRIPT_URL } from '../src/turnstile.js';
import { EventLog } from './support/element.js';
import { deploymentId, ledger, MOCK_API_URL, requestsTo, settledLedger, until } from './support/mock-api.js';
import { SimulatedCallFactory } from '../dev/simulated-call.js';

// The real loader, with Cloudflare's URL routed by the test runner to a fake script, a failure or silence.
const route = (mode: 'fake' | 'fail' | 'hang') => executeServerCommand('route-turnstile', { mode });
const scripts = () => document.querySelectorAll(`script[src="${TURNSTILE_SCRIPT_URL}"]`);

async function captchaElement(nonce?: string) {
  const id = deploymentId('captcha');
  const log = new EventLog(document);
  const el = await fixture<HTMLElementTagNameMap['tavus-deployment']>(html`<tavus-deployment
    deployment-id=${id}
    base-url=${MOCK_API_URL}
    nonce=${nonce ?? ''}
    skip-pre-join
    .callFactory=${new SimulatedCallFactory()}
  ></tavus-deployment>`);
  await until(() => el.shadowRoot!.querySelector('[part="start-button"]'), 'the start button');
  return { id, el, log };
}

describe('loading Turnstile', () => {
  it('reports a blocked script as captcha-unavailable, with a sentence about blockers and CSP', async () => {
    await route('fail');
    const { id, el, log } = await captchaElement();
    await el.startConversation();
    expect(el.state).to.equal('error');
    expect(log.of('tavus:error').map((e) => e.code)).to.deep.equal(['captcha-unavailable']);
    const message = el.shadowRoot!.querySelector('[part="error-message"]')!.textContent!;
    expect(message).to.contain('blocker');
    expect(message).to.not.contain('Content-Security-Policy');
    expect(log.of('tavus:error')[0]!.hint).to.contain('https://challenges.cloudflare.com');
    expect(requestsTo(await ledger(id), 'start')).to.have.length(0);
  });

  it('injects the script once for every element, with the nonce, as soon as the visitor shows intent', async () => {
    await route('fake');
    const first = await captchaElement('n0nc3');
    const second = await captchaElement('other');
    expect(scripts()).to.have.length(0);
    first.el.shadowRoot!.querySelector('[part="start-button"]')!.dispatchEvent(new PointerEvent('pointerenter'));
    await until(() => scripts().length === 1, 'the script');
    const script = scripts()[0] as HTMLScriptElement;
    expect(script.nonce).to.equal('n0nc3');
    expect(script.async).to.equal(true);

    await Promise.all([first.el.startConversation(), second.el.startConversation()]);
    await until(() => first.el.state === 'connected' && second.el.state === 'connected', 'both calls');
    expect(scripts()).to.have.length(1);
    const start = requestsTo(await ledger(first.id), 'start')[0]!;
    expect(start.body).to.deep.equal({ captcha_token: 'XXXX.DUMMY.TOKEN.XXXX' });
    await Promise.all([first.el.endConversation(), second.el.endConversation()]);
    await settledLedger(first.id);
    await settledLedger(second.id);
  });
});
