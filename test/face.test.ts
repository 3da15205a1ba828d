import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { choosePoster } from '../src/poster.js';
import { onlyIn } from './support/engine.js';
import { click, mount } from './support/element.js';
import { ledger, settledLedger, until } from './support/mock-api.js';
import { warnings } from './support/warnings.js';

/** The part that has focus inside the element, if any: compared as text, never as DOM nodes. */
const focusedPart = (el: HTMLElement) => el.shadowRoot!.activeElement?.getAttribute('part') ?? null;

describe('what visitors see', () => {
  describe('the join watchdog', () => {
    it('ends a call that never joins, once, says why, and offers Try again with focus on it', async () => {
      const m = await mount('open', { 'join-timeout': '1' }, { joinAfterMs: false });
      let logged: string[] = [];
      logged = await warnings(async () => {
        m.part('start-button')!.focus();
        await click(m, 'start-button');
        await m.waitForState('joining');
        // Until Daily says joined, the progress view covers the call, with a way out.
        expect(m.part('progress')!.closest('[hidden]')).to.equal(null);
        expect(m.part('cancel-button')).to.not.equal(null);
        await m.waitForState('error', 4_000);
      });
      const report = await settledLedger(m.id);
      expect(report.conversations[0]!.endCalls).to.equal(1);
      const [error] = m.log.of('tavus:error');
      expect(error!.code).to.equal('join-timeout');
      expect(error!.hint).to.contain('*.daily.co');
      expect(m.log.of('tavus:conversation-ended').map((d) => d.reason)).to.deep.equal(['error']);
      expect(m.part('error-message')!.textContent).to.contain('could not be reached');
      expect(focusedPart(m.el)).to.equal('retry-button');
      expect(logged.filter((line) => line.includes('*.daily.co'))).to.have.length(1);
    });

    it('takes its time from the join-timeout property too, and stays quiet for a call that joins', async () => {
      const m = await mount('open', {}, { joinAfterMs: 50 });
      m.el.joinTimeout = 0.3;
      await m.el.startConversation();
      await m.waitForState('connected');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(m.el.state).to.equal('connected');
      await m.el.endConversation();
      expect(m.log.of('tavus:error')).to.deep.equal([]);
    });
  });

  describe('a way out', () => {
    it('Cancel while joining ends the conversation the start created', async () => {
      const m = await mount('open', {}, { joinAfterMs: false });
      await m.el.startConversation();
      await m.waitForState('joining');
      await click(m, 'cancel-button');
      await settledLedger(m.id);
      expect(m.log.of('tavus:conversation-ended').map((d) => d.reason)).to.deep.equal(['user']);
    });

    it('Escape cancels a start in flight; the late conversation is ended, never joined', async () => {
      const m = await mount('slow-400');
      m.part('start-button')!.focus();
      await click(m, 'start-button');
      await m.waitForState('starting');
      expect(focusedPart(m.el)).to.equal('cancel-button');
      await sendKeys({ press: 'Escape' });
      await m.waitForState('idle');
      await settledLedger(m.id);
      expect(m.factory.calls).to.have.length(0);
      expect(focusedPart(m.el)).to.equal('start-button');
    });
  });

  it('shows a blocked camera or microphone above the call, and lets the visitor put it away', async () => {
    const m = await mount('open');
    await m.el.startConversation();
    await m.waitForState('connected');
    m.factory.last!.emit('camera-error', {});
    await m.el.updateComplete;
    const notice = m.part('notice')!;
    expect(notice.getBoundingClientRect().height).to.be.below(m.el.getBoundingClientRect().height / 3);
    (notice.querySelector('button') as HTMLButtonElement).click();
    await m.el.updateComplete;
    expect(m.part('notice')).to.equal(null);
    expect(m.el.state).to.equal('connected');
    await m.el.endConversation();
  });

  describe('two audiences', () => {
    it('warns the site owner once per element, however often the error comes back', async () => {
      const logged = await warnings(async () => {
        const m = await mount('origin-blocked');
        await m.waitForState('error');
        m.el.deploymentId = `${m.id}-again`;
        await until(() => m.log.of('tavus:error').length === 2, 'the second origin error');
      });
      expect(logged.filter((line) => line.includes('allowed origins'))).to.have.length(1);
    });
  });

  describe('theme and poster', () => {
    it('follows the deployment’s style.mode unless the theme attribute says otherwise', async () => {
      const m = await mount('dark');
      const root = () => m.el.shadowRoot!.querySelector('.root')!;
      await until(() => root().classList.contains('dark'), 'the deployment’s dark mode');
      m.el.setAttribute('theme', 'light');
      await m.el.updateComplete;
      expect(root().classList.contains('light')).to.equal(true);
      expect(getComputedStyle(root()).colorScheme).to.equal('light');
      m.el.theme = 'auto';
      await m.el.updateComplete;
      expect([...root().classList]).to.deep.equal(['root']);
    });

    it('shows the deployment’s thumbnail as the poster, and the page’s poster over it', async () => {
      const m = await mount('preview');
      const poster = await until(() => m.part<HTMLImageElement>('poster'), 'the poster');
      expect(poster.src).to.match(/\/__media\/replica\.svg$/);
      expect(poster.alt).to.equal('');
      m.el.poster = 'https://example.com/anna.jpg';
      await m.el.updateComplete;
      expect(m.part<HTMLImageElement>('poster')!.src).to.equal('https://example.com/anna.jpg');
    });
  });

  describe('the poster’s clip', () => {
    onlyIn(['chromium'], 'emulating prefers-reduced-motion needs the Chrome DevTools Protocol');

    it('plays only where motion is welcome, else the picture shows', async () => {
      const thumbnail = { image: 'https://example.com/anna.jpg', video: 'https://example.com/anna.mp4' };
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(choosePoster('', thumbnail)).to.deep.equal(thumbnail);
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(choosePoster('', thumbnail)).to.deep.equal({ image: thumbnail.image });
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
      expect(choosePoster('https://example.com/page.jpg', thumbnail)).to.deep.equal({ image: 'https://example.com/page.jpg' });
    });
  });

  describe('the deployment’s own words', () => {
    it('after the call: customization.after_call on the ended view', async () => {
      const m = await mount('branded');
      await m.el.startConversation();
      await m.waitForState('connected');
      await m.el.endConversation();
      await m.waitForState('ended');
      expect(m.part('ended-title')!.textContent).to.equal('Thanks for stopping by');
      expect(m.part('ended-text')!.textContent).to.equal('Anna will follow up by email.');
    });

    it('while unavailable: customization.unavailable_screen for its reason, shown and in tavus:error', async () => {
      const m = await mount('branded-unavailable');
      await m.waitForState('unavailable');
      expect(m.part('error-title')!.textContent).to.equal('Anna is with someone');
      expect(m.part('error-message')!.textContent).to.equal('Try again in ten minutes.');
      expect(m.log.of('tavus:error')[0]).to.include({ code: 'unavailable', reason: 'busy', message: 'Try again in ten minutes.' });
    });
  });

  describe('announcements', () => {
    describe('in the accessibility tree', () => {
      onlyIn(['chromium'], 'reads the accessibility tree through the Chrome DevTools Protocol');

      it('is a region named by its title, with one polite live region', async () => {
        const m = await mount('preview');
        await until(() => m.part('title'), 'the preview title');
        m.el.id = 'named-region';
        const node = await executeServerCommand<{ role: string; name: string }, { selector: string }>('accessible-node', {
          selector: '#named-region',
        });
        expect(node).to.deep.equal({ role: 'region', name: 'Talk to Anna' });
        expect(m.el.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(1);
      });
    });

    it('does not interrupt a page that has just loaded: no alert for an error nobody asked about', async () => {
      const m = await mount('unavailable-busy');
      await m.waitForState('unavailable');
      expect(m.el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(m.part('recheck-button')).to.not.equal(null);
      expect((await ledger(m.id)).requests.filter((r) => r.method === 'POST')).to.have.length(0);
    });
  });
});
