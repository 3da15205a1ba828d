import { expect, fixture, html } from '@open-wc/testing';
import { click, mount } from './support/element.js';
import { DUMMY_TOKEN, installFakeTurnstile } from './support/fake-turnstile.js';
import { deploymentId, ledger, MOCK_API_URL, requestsTo, settledLedger, until } from './support/mock-api.js';

const turnstile = installFakeTurnstile();
const starts = async (id: string) => requestsTo(await ledger(id), 'start');

describe('deployment gates', () => {
  beforeEach(() => {
    turnstile.mode = 'pass';
    turnstile.token = DUMMY_TOKEN;
  });

  describe('/init', () => {
    it('asks for a known password before sending any start request', async () => {
      const m = await mount('password');
      await click(m, 'start-button');
      await m.waitForState('awaiting-password');
      expect(await starts(m.id)).to.have.length(0);
      expect(m.el.shadowRoot!.activeElement).to.equal(m.part('password-input'));
      await expect(m.el).to.be.accessible();
      m.part<HTMLInputElement>('password-input')!.value = 'tavus-demo';
      await click(m, 'password-submit');
      await m.waitForState('connected');
      expect((await starts(m.id)).map((r) => r.body)).to.deep.equal([{ password: 'tavus-demo' }]);
      await m.el.endConversation();
      await settledLedger(m.id);
    });

    it('fills the start surface from the deployment’s preview copy, and lets attributes win', async () => {
      const m = await mount('preview');
      await until(() => m.part('title'), 'the title');
      expect(m.part('title')!.textContent).to.equal('Talk to Anna');
      expect(m.part('description')!.textContent).to.equal('Ask about pricing, live.');
      expect(m.part('start-button')!.textContent!.trim()).to.equal('Call Anna');
      m.el.startLabel = 'Talk now';
      m.el.startTitle = 'Our assistant';
      await m.el.updateComplete;
      expect(m.part('title')!.textContent).to.equal('Our assistant');
      expect(m.part('start-button')!.textContent!.trim()).to.equal('Talk now');
    });

    for (const reason of ['daily_limit', 'total_limit', 'busy', 'maintenance']) {
      it(`shows an unavailable deployment (${reason}) without a Start button`, async () => {
        const m = await mount(`unavailable-${reason}`);
        await m.waitForState('unavailable');
        expect(m.part('start-button')).to.equal(null);
        expect(m.part('retry-button')).to.equal(null);
        const [error] = m.log.of('tavus:error');
        expect(error).to.include({ code: 'unavailable', reason });
        expect(m.part('error-message')!.textContent).to.equal(error!.message);
        await expect(m.el).to.be.accessible();
        await m.el.startConversation();
        expect(await starts(m.id)).to.have.length(0);
      });
    }

    it('never offers Start for a deployment that does not exist', async () => {
      const m = await mount('missing');
      await m.waitForState('error');
      expect(m.log.of('tavus:error').map((e) => e.code)).to.deep.equal(['not-found']);
      expect(m.part('start-button')).to.equal(null);
      await m.el.startConversation();
      expect(await starts(m.id)).to.have.length(0);
    });

    it('tells the site owner to allow this origin in the Tavus portal', async () => {
      const m = await mount('origin-blocked');
      await m.waitForState('error');
      expect(m.log.of('tavus:error').map((e) => e.code)).to.deep.equal(['origin-not-allowed']);
      expect(m.log.of('tavus:error')[0]!.hint).to.contain(`Add ${location.origin} to the deployment’s allowed origins`);
      expect(m.part('error-message')!.textContent).to.not.match(/portal|origin/i);
    });

    it('still offers Start when /init fails, and learns the gates from start', async () => {
      const m = await mount('init-down');
      expect(m.el.state).to.equal('idle');
      await m.el.startConversation();
      await m.waitForState('connected');
      await m.el.endConversation();
      await settledLedger(m.id);
    });

    it('shares one /init request between elements showing the same deployment', async () => {
      const id = deploymentId('open');
      await fixture(html`<div>
        <tavus-deployment deployment-id=${id} base-url=${MOCK_API_URL}></tavus-deployment>
        <tavus-deployment deployment-id=${id} base-url=${MOCK_API_URL}></tavus-deployment>
      </div>`);
      await until(async () => (await ledger(id)).requests.length > 0, 'the init request');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(requestsTo(await ledger(id), 'init')).to.have.length(1);
    });
  });

  describe('Turnstile', () => {
    it('runs the challenge in the shadow root, in the element’s language, before start and sends the token', async () => {
      document.documentElement.lang = 'fr-CA';
      const m = await mount('captcha');
      await until(() => m.part('start-button')!.textContent!.includes('Démarrer'), 'French');
      await m.el.startConversation();
      await m.waitForState('connected');
      expect(m.log.of('tavus:state-change').map((e) => e.state).slice(0, 3)).to.deep.equal([
        'awaiting-captcha',
        'starting',
        'joining',
      ]);
      const widget = turnstile.last;
      expect(widget.container).to.equal(m.part('captcha'));
      expect(widget.params).to.include({
        sitekey: '1x00000000000000000000AA',
        action: 'start',
        language: 'fr',
        'response-field': false,
      });
      expect((await starts(m.id)).map((r) => r.body)).to.deep.equal([{ captcha_token: DUMMY_TOKEN }]);
      expect(turnstile.resets).to.include(widget.id);
      await m.el.endConversation();
      m.el.remove();
      await until(() => turnstile.removed.includes(widget.id), 'the widget to be removed');
      document.documentElement.lang = 'en';
      await settledLedger(m.id);
    });

    it('shows the challenge accessibly while it waits for the visitor', async () => {
      turnstile.mode = 'manual';
      const m = await mount('captcha');
      void m.el.startConversation();
      await m.waitForState('awaiting-captcha');
      expect(m.part('captcha')!.hidden).to.equal(false);
      await expect(m.el).to.be.accessible();
      turnstile.fail('110200');
      await m.waitForState('error');
      expect(m.log.of('tavus:error').map((e) => e.code)).to.deep.equal(['captcha-domain-not-allowed']);
      expect(m.log.of('tavus:error')[0]!.hint).to.contain(`Add ${location.hostname} to the allowed hostnames of the Turnstile site key`);
      expect(await starts(m.id)).to.have.length(0);
    });

    it('uses Turnstile’s compact widget where the normal 300 px one does not fit', async () => {
      const narrow = await mount('captcha', {}, {}, async (el) => {
        await fixture(html`<div style="width: 300px">${el}</div>`);
      });
      await narrow.el.startConversation();
      await narrow.waitForState('connected');
      expect(turnstile.last.params.size).to.equal('compact');
      await narrow.el.endConversation();
      const wide = await mount('captcha');
      await wide.el.startConversation();
      await wide.waitForState('connected');
      expect(turnstile.last.params.size).to.equal('normal');
      await wide.el.endConversation();
    });

    it('prefers the page’s turnstile-site-key', async () => {
      const m = await mount('captcha', { 'turnstile-site-key': 'page-key' });
      await m.el.startConversation();
      await m.waitForState('connected');
      expect(turnstile.last.params.sitekey).to.equal('page-key');
      await m.el.endConversation();
    });

    it('runs the challenge when start demands one /init did not announce, re-reading /init for the key', async () => {
      const m = await mount('captcha-late');
      await m.el.startConversation();
      await m.waitForState('connected');
      const report = await ledger(m.id);
      expect(requestsTo(report, 'init')).to.have.length(2);
      expect((await starts(m.id)).map((r) => r.body)).to.deep.equal([{}, { captcha_token: DUMMY_TOKEN }]);
      await m.el.endConversation();
      await settledLedger(m.id);
    });

    it('challenges again once when the server refuses the token, then reports captcha-failed', async () => {
      turnstile.token = 'refused-token';
      const m = await mount('captcha');
      await m.el.startConversation();
      await m.waitForState('error');
      expect(m.log.of('tavus:error').map((e) => e.code)).to.deep.equal(['captcha-failed']);
      expect(await starts(m.id)).to.have.length(2);
      expect(m.part('retry-button')).to.not.equal(null);
      expect((await ledger(m.id)).summary.created).to.equal(0);
    });

    it('explains a challenge nobody gave a site key for, and never starts without a token', async () => {
      const m = await mount('captcha-nokey');
      await m.el.startConversation();
      await m.waitForState('error');
      expect(m.log.of('tavus:error').map((e) => e.code)).to.deep.equal(['captcha-unavailable']);
      expect(m.log.of('tavus:error')[0]!.hint).to.contain('turnstile-site-key');
      expect(m.part('error-message')!.textContent).to.not.contain('turnstile-site-key');
      expect(await starts(m.id)).to.have.length(0);
    });

    it('can be cancelled while the challenge waits', async () => {
      turnstile.mode = 'manual';
      const m = await mount('captcha');
      void m.el.startConversation();
      await m.waitForState('awaiting-captcha');
      // Held before cancelling: cancelling removes the widget, and Cloudflare may still call back late.
      const widget = await until(() => turnstile.widgets.size > 0 && turnstile.last, 'the widget');
      m.part<HTMLButtonElement>('cancel-button')!.click();
      await m.waitForState('idle');
      widget.params.callback?.(DUMMY_TOKEN);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(m.el.state).to.equal('idle');
      expect(await starts(m.id)).to.have.length(0);
    });
  });

  it('reports a deployment that needs an unsupported start-security step', async () => {
    const m = await mount('security');
    await m.el.startConversation();
    await m.waitForState('error');
    expect(m.log.of('tavus:error')[0]).to.include({ code: 'unsupported-deployment-security', status: 426 });
    expect(m.log.of('tavus:error')[0]!.hint).to.contain('start-security');
  });
});
