import { expect } from '@open-wc/testing';
import { deploymentId, MOCK_API_URL, requestsTo, settledLedger, until } from './support/mock-api.js';

type TavusElement = HTMLElementTagNameMap['tavus-deployment'];

/** Loads one of the example apps built into dist/examples/ (by `npm test`, before the browser tests). */
async function load(example: string, id: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px';
  const query = new URLSearchParams({ api: MOCK_API_URL, deployment: id });
  frame.src = `/dist/examples/${example}/index.html?${query}`;
  document.body.append(frame);
  await until(
    () => frame.contentDocument?.querySelector('#toggle') && frame.contentWindow!.customElements.get('tavus-deployment'),
    `the ${example} example to render`,
  );
  return frame.contentWindow!;
}

function status(win: Window): string | undefined {
  return win.document.querySelector('#status')?.textContent?.trim();
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

for (const example of ['html', 'react', 'vue']) {
  describe(`the ${example} example`, () => {
    it('starts one conversation when opened and ends it when unmounted', async () => {
      const id = deploymentId('open');
      const win = await load(example, id);
      // Counts the app's calls, to prove below that React's StrictMode really ran its effects twice.
      const element = win.customElements.get('tavus-deployment')!.prototype as TavusElement;
      const end = element.endConversation;
      let ends = 0;
      element.endConversation = function (this: TavusElement) {
        ends += 1;
        return end.call(this);
      };

      win.document.querySelector<HTMLButtonElement>('#toggle')!.click();
      // The visitor checks their camera first: the conversation is created only when they join.
      const join = await until(
        () => win.document.querySelector('tavus-deployment')?.shadowRoot?.querySelector<HTMLElement>('[part~="join-button"]'),
        `the ${example} app's pre-join check`,
      );
      join.click();
      await until(() => status(win) === 'connected', `the ${example} app to show "connected"`);
      const live = win.document.querySelector<TavusElement>('tavus-deployment')!;
      expect(live.state).to.equal('connected');
      await until(() => live.shadowRoot!.querySelector('[part="replica-video"]'), 'the simulated replica');
      if (example === 'react') expect(ends, 'StrictMode ran the cleanup of its simulated unmount').to.equal(1);

      win.document.querySelector<HTMLButtonElement>('#toggle')!.click();
      await until(() => !win.document.querySelector('tavus-deployment'), 'the element to be unmounted');
      const report = await settledLedger(id);
      expect(report.summary).to.include({ created: 1, ended: 1, orphaned: 0, doubleEnded: 0 });
      expect(requestsTo(report, 'start')).to.have.length(1);
    });
  });
}
