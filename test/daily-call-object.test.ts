import Daily from '@daily-co/daily-js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { TavusDeployment } from '../src/tavus-deployment.js';
import { deploymentId, MOCK_API_URL, settledLedger, until } from './support/mock-api.js';

// The real daily-js call object, in a page of its own (a Prebuilt frame still loading when another test ended can
// hold the page's one Daily instance). Daily's hosts are routed to fail by the test runner: no room can be joined
// offline, but everything up to the join is real.
describe('Daily’s call object (call-ui="custom", the default)', () => {
  it('is created in the page after the pre-join check, with no frame; a join that can’t reach Daily ends the conversation once, with a clear error', async function () {
    this.timeout(30_000);
    const id = deploymentId('open');
    const errors: string[] = [];
    const el = await fixture<TavusDeployment>(
      html`<tavus-deployment deployment-id=${id} base-url=${MOCK_API_URL} join-timeout="20"></tavus-deployment>`,
    );
    el.addEventListener('tavus:error', (event) => errors.push(event.detail.code));
    void el.startConversation();
    // The visitor's path: the pre-join check first, whose devices the call object is created with.
    await until(() => el.state === 'pre-join', 'the pre-join check');
    const join = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="join-button"]');
    await until(() => join(), 'the Join button');
    join()!.click();
    // The element's daily-js is this very module: the dev server serves one copy.
    await until(() => Daily.getCallInstance(), 'the call object', 15_000);
    expect(el.state).to.equal('joining');
    expect(el.shadowRoot!.querySelector('[part="call"] iframe') === null).to.equal(true);
    // Offline, daily-js fails to fetch its call machine (about 6 s), well before the 20 s watchdog.
    await until(() => el.state === 'error', 'the failed join', 25_000);
    expect(errors).to.have.length(1);
    expect(['call-failed', 'join-timeout']).to.include(errors[0]);
    expect(el.shadowRoot!.querySelector('[part="error-message"]')!.textContent).to.contain('video call');
    await until(() => !Daily.getCallInstance(), 'the call object to be destroyed');
    const report = await settledLedger(id);
    expect(report.conversations[0]!.endCalls).to.equal(1);
  });
});
