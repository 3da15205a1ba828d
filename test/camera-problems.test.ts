import { expect, fixture, html } from '@open-wc/testing';
import { cameraProblemControls } from '../demo/camera-problems.js';
import type { CallEventMap } from '../src/call-adapter.js';
import { mount } from './support/element.js';
import { onlyIn } from './support/engine.js';

/** The demo's simulation form, as demo/index.html has it. */
async function controls(): Promise<{ form: HTMLFormElement; select: HTMLSelectElement; next: HTMLInputElement }> {
  const form = await fixture<HTMLFormElement>(html`
    <form>
      <select name="problem"></select>
      <input type="checkbox" name="fail-next" />
      <button type="submit">Report it in the call</button>
      <output></output>
    </form>
  `);
  return {
    form,
    select: form.querySelector('select')!,
    next: form.querySelector('input')!,
  };
}

/** Picks the problem whose label ends with `(type…)`. */
function choose(select: HTMLSelectElement, type: string): void {
  select.value = [...select.options].find((option) => option.text.includes(`(${type}`))!.value;
  select.dispatchEvent(new Event('change'));
}

describe("the demo's camera problem simulation", () => {
  it('reports each problem in the running call as Daily’s camera-error', async () => {
    const m = await mount('open');
    const { form, select } = await controls();
    cameraProblemControls(form, m.el);
    form.requestSubmit();
    expect(form.querySelector('output')!.textContent).to.contain('No call is running');
    await m.el.startConversation();
    await m.waitForState('connected');
    const reported: CallEventMap['camera-error']['error'][] = [];
    m.factory.last!.on('camera-error', ({ error }) => reported.push(error));
    for (const option of select.options) {
      select.value = option.value;
      form.requestSubmit();
    }
    expect(reported.map((e) => ('blockedBy' in e ? `${e.type} ${e.blockedBy}` : e.type))).to.deep.equal([
      'permissions user',
      'permissions browser',
      'not-found',
      'cam-in-use',
      'mic-in-use',
      'cam-mic-in-use',
      'undefined-mediadevices',
      'unknown',
    ]);
    await m.el.endConversation();
  });

  it('offers the pre-join switch only for problems getUserMedia has an error for', async () => {
    const m = await mount('open');
    const { form, select, next } = await controls();
    cameraProblemControls(form, m.el);
    next.checked = true;
    choose(select, 'undefined-mediadevices');
    expect([next.disabled, next.checked]).to.deep.equal([true, false]);
    choose(select, 'not-found');
    expect(next.disabled).to.equal(false);
  });

  describe('at the pre-join', () => {
    onlyIn(['chromium'], "the call after the failed one reaches Chromium's fake camera");

    it('fails the next getUserMedia once with the matching DOMException, then lets the browser answer', async () => {
      const m = await mount('open');
      const { form, select, next } = await controls();
      cameraProblemControls(form, m.el);
      choose(select, 'permissions, blocked by browser');
      next.checked = true;
      const failure = await navigator.mediaDevices.getUserMedia({ video: true }).then(
        () => undefined,
        (error: DOMException) => [error.name, error.message],
      );
      expect(failure).to.deep.equal(['NotAllowedError', 'Permission denied by system']);
      expect(next.checked).to.equal(false);
      const stream = await navigator.mediaDevices.getUserMedia({ video: true });
      for (const track of stream.getTracks()) track.stop();
    });
  });
});
