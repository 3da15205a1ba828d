import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { TavusDeployment } from '../src/tavus-deployment.js';
import { deploymentId, MOCK_API_URL, settledLedger, until } from './support/mock-api.js';

// The real daily-js paths. Daily's hosts are routed to fail by the test runner: no room can be joined
// offline, but everything up to the mounted frame, or the created call object, is real.
describe('Daily Prebuilt (call-ui="prebuilt")', () => {
  it('mounts Daily Prebuilt inside the shadow root with camera and microphone allowed, and still ends promptly', async function () {
    this.timeout(20_000);
    const id = deploymentId('open');
    const el = await fixture<TavusDeployment>(
      html`<tavus-deployment deployment-id=${id} base-url=${MOCK_API_URL} call-ui="prebuilt" skip-pre-join></tavus-deployment>`,
    );
    void el.startConversation();
    const iframe = await until(
      () => el.shadowRoot!.querySelector<HTMLIFrameElement>('[part="call"] iframe') ?? undefined,
      'the Daily iframe',
      15_000,
    );
    expect(iframe.getRootNode()).to.equal(el.shadowRoot);
    const allow = iframe.getAttribute('allow') ?? '';
    expect(allow).to.contain('camera');
    expect(allow).to.contain('microphone');
    // Screen readers name a frame by its title.
    expect(iframe.title).to.equal('Video call');
    expect(el.state).to.equal('joining');

    el.remove();
    await settledLedger(id);
  });

  it('with Daily’s hosts blocked, ends the conversation at join-timeout instead of billing a blank box', async function () {
    this.timeout(20_000);
    const id = deploymentId('open');
    const errors: string[] = [];
    const el = await fixture<TavusDeployment>(
      html`<tavus-deployment deployment-id=${id} base-url=${MOCK_API_URL} call-ui="prebuilt" join-timeout="2" skip-pre-join></tavus-deployment>`,
    );
    el.addEventListener('tavus:error', (event) => errors.push(event.detail.code));
    void el.startConversation();
    await until(() => el.state === 'error', 'the join watchdog', 15_000);
    expect(errors).to.deep.equal(['join-timeout']);
    const report = await settledLedger(id);
    expect(report.conversations[0]!.endCalls).to.equal(1);
  });
});
