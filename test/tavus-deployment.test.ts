import { expect, fixture, html } from '@open-wc/testing';
import type { TavusDeployment } from '../src/tavus-deployment.js';
import { click, EventLog, mount } from './support/element.js';
import { deploymentId, ledger, MOCK_API_URL, requestsTo, settledLedger, until } from './support/mock-api.js';

describe('<tavus-deployment>', () => {
  it('upgrades into the start surface and announces itself', async () => {
    const m = await mount('open');
    expect(m.el.getAttribute('state')).to.equal('idle');
    expect(m.el.state).to.equal('idle');
    expect(m.part('start-button')!.textContent!.trim()).to.equal('Start video conversation');
    expect(m.log.of('tavus:ready')).to.deep.equal([{ deploymentId: m.id }]);
  });

  it('keeps attributes and camelCase properties in step', async () => {
    const m = await mount('open', { 'memory-stores': ' alpha, ,beta ,', 'custom-greeting': 'Hi!' });
    expect(m.el.memoryStores).to.deep.equal(['alpha', 'beta']);
    expect(m.el.customGreeting).to.equal('Hi!');
    m.el.deploymentId = 'open--renamed';
    await m.el.updateComplete;
    expect(m.el.getAttribute('deployment-id')).to.equal('open--renamed');
    expect(m.log.of('tavus:ready').map((d) => d.deploymentId)).to.deep.equal([m.id, 'open--renamed']);
  });

  it('runs a whole conversation: start, call, leave, and one end on the server', async () => {
    // A call with a Leave button of its own, as Daily Prebuilt's (the element's own call UI has its tests).
    const m = await mount(
      'open',
      { 'conversational-context': 'Visitor is on the pricing page.', 'memory-stores': 'visitor-42' },
      { media: false },
    );
    await click(m, 'start-button');
    await m.waitForState('connected');

    const [created] = m.log.of('tavus:conversation-created');
    expect(created!.conversationUrl).to.equal(`https://tavus.daily.co/${created!.conversationId}`);
    expect(m.log.of('tavus:conversation-started')).to.deep.equal([{ conversationId: created!.conversationId }]);
    expect(m.factory.last!.mount).to.equal(m.part('call'));
    expect(m.part('call')!.hidden).to.equal(false);

    m.factory.last!.mount.querySelector('button')!.click();
    await m.waitForState('ended');
    expect(m.log.of('tavus:conversation-ended')).to.deep.equal([
      { conversationId: created!.conversationId, reason: 'left' },
    ]);
    expect(m.log.of('tavus:state-change').map((d) => d.state)).to.deep.equal([
      'starting',
      'joining',
      'connected',
      'ending',
      'ended',
    ]);
    expect(m.part('start-button')!.textContent!.trim()).to.equal('Start a new conversation');
    expect(m.part('call')!.childElementCount).to.equal(0);

    const report = await settledLedger(m.id);
    expect(report.summary.doubleEnded).to.equal(0);
    // No request of the whole flow (init, start, end) carries a key, a cookie or any credential.
    const sent = report.requests.filter((r) => r.method !== 'OPTIONS');
    expect(sent.map((r) => `${r.method} ${r.path.split('/').pop()}`)).to.deep.equal(['GET init', 'POST start', 'POST end']);
    for (const request of report.requests) {
      expect(request.headers, request.path).to.not.have.any.keys('cookie', 'authorization', 'x-api-key');
    }
    const start = requestsTo(report, 'start')[0]!;
    expect(start.body).to.deep.equal({
      conversational_context: 'Visitor is on the pricing page.',
      memory_stores: ['visitor-42'],
    });
  });

  it('fires events that bubble out of the shadow root and are typed', async () => {
    const m = await mount('open');
    const seen: string[] = [];
    document.body.addEventListener('tavus:conversation-created', (event) => {
      seen.push(`${event.composed}:${event.bubbles}:${typeof event.detail.conversationId}`);
    });
    await m.el.startConversation();
    expect(seen).to.deep.equal(['true:true:string']);
    await m.el.endConversation();
  });

  it('starts one conversation for a double click', async () => {
    const m = await mount('slow-100');
    const button = m.part('start-button')!;
    button.click();
    button.click();
    await m.el.startConversation();
    await m.waitForState('connected');
    await m.el.endConversation();
    expect((await settledLedger(m.id)).summary.created).to.equal(1);
  });

  // Both arrive while the start still waits on /init (it always does in the task that asked for it).
  const cancels: [string, (el: TavusDeployment) => unknown][] = [
    ['endConversation() follows startConversation() in the same task', (el) => el.endConversation()],
    ['the page is hidden (back-forward cache) before /init answers', () => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }))],
  ];
  for (const [when, cancel] of cancels) {
    it(`sends no start when ${when}`, async () => {
      const m = await mount('open');
      const started = m.el.startConversation();
      await cancel(m.el);
      await started;
      expect(m.el.state).to.equal('idle');
      expect(requestsTo(await ledger(m.id), 'start')).to.have.length(0);
    });
  }

  it("starts one conversation for React StrictMode's start, end, start", async () => {
    const m = await mount('open');
    const first = m.el.startConversation();
    void m.el.endConversation();
    const second = m.el.startConversation();
    await Promise.all([first, second]);
    await m.waitForState('connected');
    await m.el.endConversation();
    expect((await settledLedger(m.id)).summary).to.include({ created: 1, ended: 1, doubleEnded: 0 });
  });

  describe('ends every conversation it created', () => {
    it('on endConversation()', async () => {
      const m = await mount('open');
      await m.el.startConversation();
      await m.waitForState('connected');
      await m.el.endConversation();
      expect(m.el.state).to.equal('ended');
      expect(m.log.of('tavus:conversation-ended')[0]!.reason).to.equal('user');
      await settledLedger(m.id);
    });

    it('on pagehide', async () => {
      const m = await mount('open');
      await m.el.startConversation();
      await m.waitForState('connected');
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      await m.waitForState('ended');
      expect(m.log.of('tavus:conversation-ended')[0]!.reason).to.equal('pagehide');
      await settledLedger(m.id);
    });

    it('on removal mid-call', async () => {
      const m = await mount('open');
      await m.el.startConversation();
      await m.waitForState('connected');
      m.el.remove();
      await settledLedger(m.id);
      expect(m.log.of('tavus:conversation-ended')[0]!.reason).to.equal('removed');
      expect(m.factory.last!.destroyed).to.equal(true);
    });

    it('on removal mid-start, as soon as the conversation arrives', async () => {
      const m = await mount('slow-300');
      const started = m.el.startConversation();
      await until(async () => requestsTo(await ledger(m.id), 'start').length > 0, 'the start request');
      m.el.remove();
      await started;
      await settledLedger(m.id);
      expect(m.factory.calls).to.deep.equal([]);
    });

    it('or never starts one, when removed before the start could be sent', async () => {
      const m = await mount('open');
      const started = m.el.startConversation();
      m.el.remove();
      await started;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(requestsTo(await ledger(m.id), 'start')).to.have.length(0);
    });

    it('or for the old deployment, when deployment-id changes before the start could be sent', async () => {
      const m = await mount('open');
      const started = m.el.startConversation();
      m.el.deploymentId = deploymentId('open');
      await started;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(requestsTo(await ledger(m.id), 'start')).to.have.length(0);
      expect(m.el.state).to.equal('idle');
    });

    it('but not when the element is only moved in the DOM', async () => {
      const m = await mount('open');
      await m.el.startConversation();
      await m.waitForState('connected');
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      elsewhere.append(m.el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(m.el.state).to.equal('connected');
      expect((await ledger(m.id)).summary).to.include({ created: 1, ended: 0 });
      await m.el.endConversation();
      await settledLedger(m.id);
      elsewhere.remove();
    });

    it('when Tavus shuts the conversation down', async () => {
      const m = await mount('open');
      await m.el.startConversation();
      await m.waitForState('connected');
      m.factory.last!.emit('app-message', { data: { message_type: 'system', event_type: 'system.shutdown' }, fromId: 'x' });
      await m.waitForState('ended');
      expect(m.log.of('tavus:conversation-ended')[0]!.reason).to.equal('shutdown');
      expect(m.log.of('tavus:protocol-message')).to.deep.equal([{ message_type: 'system', event_type: 'system.shutdown' }]);
      await settledLedger(m.id);
    });

    it('when the call fails, with call-failed and a way to try again', async () => {
      const m = await mount('open', {}, { joinError: 'The meeting you are trying to join does not exist.' });
      await m.el.startConversation();
      await m.waitForState('error');
      expect(m.log.of('tavus:error').map((d) => d.code)).to.deep.equal(['call-failed']);
      expect(m.log.of('tavus:conversation-ended')[0]!.reason).to.equal('error');
      expect(m.part('error-message')!.textContent).to.contain('video call');
      expect(m.part('retry-button')).to.not.equal(null);
      await settledLedger(m.id);
    });

    it('leaves Daily’s frame in place until its destroy() is done (or given up on)', async function () {
      this.timeout(10_000);
      const m = await mount('open', {}, { destroyHangs: true, media: false });
      await m.el.startConversation();
      await m.waitForState('connected');
      const ending = m.el.endConversation();
      await m.el.updateComplete;
      // Yanking the iframe would leave daily-js waiting for it for ever, and refusing the next frame.
      expect(m.part('call')!.childElementCount).to.equal(1);
      await ending;
      await until(() => m.part('call')!.childElementCount === 0, 'the frame to go after the teardown timeout');
      await settledLedger(m.id);
    });

    it('even when Daily’s destroy() hangs', async () => {
      const m = await mount('open', {}, { destroyHangs: true });
      await m.el.startConversation();
      await m.waitForState('connected');
      m.el.remove();
      await settledLedger(m.id);
    });
  });

  describe('password', () => {
    const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = consoleMethods.map((name) => console[name]);
    const logged: unknown[] = [];
    beforeEach(() => {
      logged.length = 0;
      for (const name of consoleMethods) console[name] = (...args: unknown[]) => logged.push(args);
    });
    afterEach(() => consoleMethods.forEach((name, i) => (console[name] = originals[i]!)));

    it('asks for it on a 401, says when it is wrong, and never keeps it', async () => {
      const m = await mount('password-hidden');
      await click(m, 'start-button');
      await m.waitForState('awaiting-password');
      const input = m.part<HTMLInputElement>('password-input')!;
      expect(m.el.shadowRoot!.activeElement).to.equal(input);
      expect(m.el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal('Password');
      expect(m.part('password-error')).to.equal(null);
      await expect(m.el).to.be.accessible();

      input.value = 'guess';
      await click(m, 'password-submit');
      expect(input.value).to.equal('');
      await until(() => m.part('password-error'), 'the password error');
      expect(m.part('password-error')!.getAttribute('role')).to.equal('alert');
      expect(m.el.shadowRoot!.activeElement).to.equal(m.part('password-input'));
      expect(m.log.of('tavus:error').map((d) => d.code)).to.deep.equal(['password-required', 'password-incorrect']);

      m.part<HTMLInputElement>('password-input')!.value = 'tavus-demo';
      await click(m, 'password-submit');
      await m.waitForState('connected');
      const everything = [
        m.el.outerHTML,
        m.el.shadowRoot!.innerHTML,
        JSON.stringify(m.log.events.map((e) => (e as CustomEvent).detail)),
        JSON.stringify({ ...localStorage }),
        JSON.stringify({ ...sessionStorage }),
        JSON.stringify(logged),
        location.href,
        document.cookie,
        JSON.stringify((await ledger(m.id)).requests.map((r) => r.path)),
      ].join('\n');
      expect(everything).to.not.contain('tavus-demo');
      expect(everything).to.not.contain('guess');
      await m.el.endConversation();
      await settledLedger(m.id);
    });

    it('can be cancelled back to the start surface', async () => {
      const m = await mount('password');
      await m.el.startConversation();
      await m.waitForState('awaiting-password');
      (m.el.shadowRoot!.querySelector('button.secondary') as HTMLButtonElement).click();
      await m.waitForState('idle');
      expect(m.part('start-button')).to.not.equal(null);
    });
  });

  describe('errors: a sentence, a stable code, and retry where it helps', () => {
    const rows: [scenario: string, code: string, sentence: string, retry: boolean][] = [
      ['status-400', 'bad-request', 'couldn’t be started', false],
      ['status-402', 'limit-reached', 'No more conversations', false],
      ['status-403', 'forbidden', 'can’t be started from this page', false],
      ['missing', 'not-found', 'isn’t available', false],
      ['status-409', 'busy', 'busy', true],
      ['status-423', 'busy', 'busy', true],
      ['status-500', 'server-error', 'had a problem', true],
      ['malformed', 'invalid-response', 'couldn’t use', true],
      ['badurl', 'invalid-response', 'couldn’t use', true],
    ];
    for (const [scenario, code, sentence, retry] of rows) {
      it(`${scenario} → ${code}`, async () => {
        const m = await mount(scenario);
        await m.el.startConversation();
        await m.waitForState('error');
        expect(m.log.of('tavus:error').map((d) => d.code)).to.deep.equal([code]);
        // An answer to the visitor's Start is announced at once; `missing` may already be known from /init, at load.
        if (scenario !== 'missing') expect(m.part('error')!.getAttribute('role')).to.equal('alert');
        expect(m.part('error-message')!.textContent).to.contain(sentence);
        expect(m.part('retry-button') !== null, 'retry button').to.equal(retry);
        // badurl creates a conversation before its answer is refused: it must be ended too.
        await until(async () => (await ledger(m.id)).summary.orphaned === 0, 'no orphaned conversation');
      });
    }

    for (const scenario of ['status-429', 'status-503']) {
      it(`${scenario} → rate-limited, with retry held (focusable) until Retry-After has passed`, async () => {
        const m = await mount(scenario);
        await m.el.startConversation();
        await m.waitForState('error');
        expect(m.log.of('tavus:error')[0]).to.include({ code: 'rate-limited', retryAfter: 7 });
        const retry = m.part<HTMLButtonElement>('retry-button')!;
        expect(retry.getAttribute('aria-disabled')).to.equal('true');
        expect(retry.textContent!.replace(/\s+/g, ' ')).to.match(/Try again \([67] s\)/);
        expect(m.part('status')!.textContent).to.equal('You can try again in 7 seconds.');
        retry.click();
        await m.el.startConversation();
        expect(requestsTo(await ledger(m.id), 'start')).to.have.length(1);
      });
    }

    it('network → network', async () => {
      const m = await mount('open', { 'base-url': 'http://127.0.0.1:9' });
      await m.el.startConversation();
      expect(m.log.of('tavus:error').map((d) => d.code)).to.deep.equal(['network']);
      expect(m.part('error-message')!.textContent).to.contain('couldn’t reach');
      expect(m.part('retry-button')).to.not.equal(null);
    });

    it('a start slower than 20 s → timeout, and the late conversation is still ended', async function () {
      this.timeout(40_000);
      // Well past the 20 s, so that a loaded machine's late timer still fires first.
      const m = await mount('slow-24000');
      await m.el.startConversation();
      expect(m.log.of('tavus:error').map((d) => d.code)).to.deep.equal(['timeout']);
      expect(m.part('error-message')!.textContent).to.contain('took too long');
      await until(async () => (await ledger(m.id)).summary.ended === 1, 'the late conversation to be ended', 5_000);
    });

    it('retry after a failure starts a new attempt', async () => {
      const m = await mount('flaky');
      await m.el.startConversation();
      await m.waitForState('error');
      await click(m, 'retry-button');
      await m.waitForState('connected');
      await m.el.endConversation();
      await settledLedger(m.id);
    });

    it('shows server text as text, never as HTML', async () => {
      const m = await mount('html-error');
      await m.el.startConversation();
      await m.waitForState('error');
      expect(m.el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(m.part('error')!.textContent).to.not.contain('<');
      expect(m.log.of('tavus:error')[0]!.detail).to.contain('<img src=x onerror=');
      expect((window as unknown as Record<string, unknown>)['__tavusXss']).to.equal(undefined);
    });

    it('reports blocked camera or microphone over the call, without ending it', async () => {
      const m = await mount('open');
      await m.el.startConversation();
      await m.waitForState('connected');
      m.factory.last!.emit('camera-error', {});
      await m.el.updateComplete;
      expect(m.log.of('tavus:error').map((d) => d.code)).to.deep.equal(['media-blocked']);
      expect(m.el.shadowRoot!.querySelector('.notice[role="alert"]')!.textContent).to.contain('camera or microphone');
      expect(m.el.state).to.equal('connected');
      await m.el.endConversation();
    });
  });

  describe('configuration', () => {
    it('tells the site owner what to fix, and sends nothing', async () => {
      const requests: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        requests.push(String(input));
        return realFetch(input, init);
      };
      try {
        const log = new EventLog(document);
        const el = await fixture<TavusDeployment>(html`<tavus-deployment base-url=${MOCK_API_URL}></tavus-deployment>`);
        expect(el.state).to.equal('error');
        // tavus:error waits for the engine, which brings the site owner's hint.
        await until(() => log.of('tavus:error').length === 1, 'the error');
        expect(log.of('tavus:error').map((d) => d.code)).to.deep.equal(['invalid-config']);
        expect(log.of('tavus:error').at(-1)!.hint).to.contain('deployment-id');
        expect(el.shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
        await el.startConversation();

        el.setAttribute('base-url', 'ftp://example.com');
        el.deploymentId = '  ';
        await el.updateComplete;
        // The start above was refused too: its error, then this one.
        await until(() => log.of('tavus:error').length >= 3, 'the error for the new attributes');
        expect(log.of('tavus:error').at(-1)!.hint).to.contain('deployment-id');
        el.deploymentId = deploymentId('open');
        await el.updateComplete;
        await until(() => log.of('tavus:error').length >= 4, 'the error for the base-url');
        expect(log.of('tavus:error').at(-1)!.hint).to.contain('base-url');
        expect(requests).to.deep.equal([]);

        el.baseUrl = MOCK_API_URL;
        await el.updateComplete;
        expect(el.state).to.equal('idle');
        expect(log.of('tavus:ready').map((d) => d.deploymentId)).to.deep.equal([el.deploymentId]);
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('hostile attribute values', () => {
    it('sends an odd but possible deployment-id as one encoded path segment', async () => {
      for (const odd of ['../admin', 'a?b=c', 'a#b', 'a%2Fb', 'démo-ü-日本']) {
        const m = await mount('open');
        const id = `open--${odd}-${Math.random().toString(36).slice(2, 8)}`;
        m.el.deploymentId = id;
        await m.el.startConversation();
        await m.waitForState('connected');
        const report = await ledger(id);
        expect(report.summary.created, odd).to.equal(1);
        await m.el.endConversation();
        await settledLedger(id);
      }
    });

    it('refuses a deployment-id that cannot be one, sending nothing', async () => {
      for (const bad of ['open--with space', `open--${'x'.repeat(10_000)}`, 'open--tab\there']) {
        const m = await mount('open');
        m.el.deploymentId = bad;
        await m.el.updateComplete;
        await m.el.startConversation();
        expect(m.el.state).to.equal('error');
        expect(m.log.of('tavus:error').at(-1)!.code).to.equal('invalid-config');
        expect((await ledger(bad)).requests).to.deep.equal([]);
      }
    });

    it('sends a 100 KB context intact and makes sense of malformed memory stores', async () => {
      const context = 'ctx '.repeat(25_000);
      const m = await mount('open', { 'memory-stores': ',, a ,,b,,  ,', 'conversational-context': context });
      await m.el.startConversation();
      await m.waitForState('connected');
      const start = requestsTo(await ledger(m.id), 'start')[0]!;
      expect(start.body).to.deep.equal({ conversational_context: context, memory_stores: ['a', 'b'] });
      await m.el.endConversation();
      await settledLedger(m.id);
    });
  });

  describe('two elements on one page', () => {
    it('refuses a second exclusive (Daily) call with call-in-progress, before creating anything', async () => {
      const first = await mount('open', {}, { exclusive: true });
      const second = await mount('open', {}, { exclusive: true });
      await first.el.startConversation();
      await first.waitForState('connected');
      await second.el.startConversation();
      expect(second.el.state).to.equal('error');
      expect(second.log.of('tavus:error').map((e) => e.code)).to.deep.equal(['call-in-progress']);
      expect(second.part('error-message')!.textContent).to.contain('already running on this page');
      expect(requestsTo(await ledger(second.id), 'start')).to.have.length(0);

      await first.el.endConversation();
      await click(second, 'retry-button');
      await second.waitForState('connected');
      await second.el.endConversation();
      await settledLedger(first.id);
      await settledLedger(second.id);
    });
  });

  describe('a new deployment-id', () => {
    it('ends the old deployment’s live conversation and offers the new one', async () => {
      const m = await mount('open');
      await m.el.startConversation();
      await m.waitForState('connected');
      const next = deploymentId('open');
      m.el.deploymentId = next;
      await m.waitForState('idle');
      await settledLedger(m.id);
      expect(m.log.of('tavus:conversation-ended').map((e) => e.reason)).to.deep.equal(['user']);
      expect(m.log.of('tavus:ready').map((e) => e.deploymentId)).to.deep.equal([m.id, next]);
      await m.el.startConversation();
      await m.waitForState('connected');
      await m.el.endConversation();
      await settledLedger(next);
    });
  });

  describe('tool calls', () => {
    it('re-fires conversation.tool_call as tavus:tool-call', async () => {
      const m = await mount('open');
      await m.el.startConversation();
      await m.waitForState('connected');
      m.factory.last!.emit('app-message', {
        data: { event_type: 'conversation.tool_call', tool_call_id: 'call-1', properties: { name: 'book', arguments: '{}' } },
        fromId: 'replica',
      });
      expect(m.log.of('tavus:tool-call')).to.have.length(1);
      expect(m.log.of('tavus:tool-call')[0]).to.deep.include({ name: 'book', arguments: '{}', args: {}, toolCallId: 'call-1' });
      await m.el.endConversation();
    });
  });

  describe('layout', () => {
    it('keeps 16:9 without a height, and fills a container when the page gives it height: 100%', async () => {
      const free = await fixture<HTMLElement>(html`<div style="width: 640px">
        <tavus-deployment deployment-id="open--layout" base-url=${MOCK_API_URL}></tavus-deployment>
      </div>`);
      expect(free.querySelector('tavus-deployment')!.getBoundingClientRect().height).to.be.closeTo(360, 1);
      const sized = await fixture<HTMLElement>(html`<div style="width: 640px; height: 200px">
        <tavus-deployment style="height: 100%" deployment-id="open--layout" base-url=${MOCK_API_URL}></tavus-deployment>
      </div>`);
      expect(sized.querySelector('tavus-deployment')!.getBoundingClientRect().height).to.be.closeTo(200, 1);
    });
  });

  describe('accessibility', () => {
    it('passes axe in the idle, error and connected views, and moves focus to what comes next', async () => {
      const m = await mount('flaky');
      await expect(m.el).to.be.accessible();
      m.part('start-button')!.focus();
      await click(m, 'start-button');
      await m.waitForState('error');
      await expect(m.el).to.be.accessible();
      expect(m.el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('retry-button');
      await click(m, 'retry-button');
      await m.waitForState('connected');
      await expect(m.el).to.be.accessible();
      expect(m.part('status')!.getAttribute('role')).to.equal('status');
      await m.el.endConversation();
      await m.el.updateComplete;
      // Focus followed the visitor through the call and lands on what comes next; never on <body>.
      expect(m.el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('start-button');
    });
  });
});
