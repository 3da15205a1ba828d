import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TavusOpenChangeDetail } from '../src/events.js';
import { click, mount, type Mounted } from './support/element.js';
import { ledger, MOCK_API_URL, settledLedger, until } from './support/mock-api.js';
import { onlyIn } from './support/engine.js';
import { withoutTransitions } from './support/transitions.js';

/** The part that has focus inside the element, if any. */
const focusedPart = (el: HTMLElement) => el.shadowRoot!.activeElement?.getAttribute('part') ?? null;

/** A floating element, once its chunk has drawn the launcher. */
async function floating(scenario = 'open', attributes: Record<string, string> = {}): Promise<Mounted> {
  const m = await mount(scenario, { layout: 'floating', ...attributes });
  await until(() => m.part('launcher'), 'the launcher');
  return m;
}

/** What the visitor can see: rendered, not `visibility: hidden`. */
const visible = (element: Element | null) => element?.checkVisibility({ visibilityProperty: true }) ?? false;

function openChanges(m: Mounted): boolean[] {
  const seen: boolean[] = [];
  m.el.addEventListener('tavus:open-change', (event) => seen.push((event as CustomEvent<TavusOpenChangeDetail>).detail.open));
  return seen;
}

/** Joins a call from the open panel, as the visitor would. */
async function connect(m: Mounted): Promise<HTMLElement> {
  await click(m, 'launcher');
  await click(m, 'start-button');
  await m.waitForState('connected');
  return m.part('call')!;
}

describe('layout="floating"', () => {
  // First: once any floating element has fetched the chunk, it arrives too soon for this test to see it missing.
  it('takes no room before its chunk arrives either: the page never shifts', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <tavus-deployment layout="floating" deployment-id="open--no-shift" base-url=${MOCK_API_URL}></tavus-deployment>
      <p>After</p>
    </div>`);
    const element = wrapper.querySelector('tavus-deployment')!;
    // Upgraded and rendered, but the floating chunk is a module fetch away: nothing of the element takes room.
    // A boolean: chai describing a DOM node in a failure message hangs WebKit's test page.
    expect(Boolean(element.shadowRoot!.querySelector('[part="launcher"]')), 'the launcher before the chunk').to.equal(false);
    const after = wrapper.querySelector('p')!.getBoundingClientRect().top;
    expect(after - wrapper.getBoundingClientRect().top).to.equal(0);
    await until(() => element.shadowRoot!.querySelector('[part="launcher"]'), 'the launcher');
    expect(wrapper.querySelector('p')!.getBoundingClientRect().top).to.equal(after);
  });

  it('shows only the launcher until opened, in the top layer, taking no room in the page', async () => {
    const m = await floating();
    const launcher = m.part('launcher')!;
    expect(visible(launcher)).to.equal(true);
    expect(visible(m.part('panel'))).to.equal(false);
    expect(visible(m.part('start-button'))).to.equal(false);
    expect(launcher.matches(':popover-open')).to.equal(true);
    expect(m.el.getBoundingClientRect().height).to.equal(0);
    expect(m.el.parentElement!.getBoundingClientRect().height, 'the page around it').to.equal(0);
    // A round button in the bottom-right corner, named for screen readers.
    const box = launcher.getBoundingClientRect();
    expect(box.width).to.be.within(56, 64);
    expect(box.height).to.equal(box.width);
    expect(innerWidth - box.right).to.be.closeTo(24, 1);
    expect(innerHeight - box.bottom).to.be.closeTo(24, 1);
    expect(launcher.getAttribute('aria-label')).to.equal('Talk to us');
    expect(m.el.open).to.equal(false);
    expect(m.el.position).to.equal('bottom-right');
  });

  it('opens and closes by click, Escape and the open property, telling each change', async () => {
    const m = await floating();
    const changes = openChanges(m);
    await click(m, 'launcher');
    expect(m.el.open).to.equal(true);
    expect(m.el.hasAttribute('open')).to.equal(true);
    expect(visible(m.part('panel'))).to.equal(true);
    expect(visible(m.part('launcher'))).to.equal(false);
    expect(m.part('panel')!.matches(':popover-open')).to.equal(true);

    await sendKeys({ press: 'Escape' });
    await m.el.updateComplete;
    expect(m.el.open).to.equal(false);
    expect(visible(m.part('panel'))).to.equal(false);

    m.el.open = true;
    await until(() => visible(m.part('panel')), 'the panel opened by the property');
    await click(m, 'close-button');
    expect(m.el.hasAttribute('open')).to.equal(false);
    m.el.setAttribute('open', '');
    await until(() => visible(m.part('panel')), 'the panel opened by the attribute');
    expect(changes).to.deep.equal([true, false, true, false, true]);
  });

  it('moves focus into the panel when it opens, and back to the launcher when it closes', async () => {
    const m = await floating();
    m.part('launcher')!.focus();
    await click(m, 'launcher');
    expect(focusedPart(m.el)).to.equal('start-button');
    await sendKeys({ press: 'Escape' });
    await m.el.updateComplete;
    expect(focusedPart(m.el)).to.equal('launcher');
    await click(m, 'launcher');
    await click(m, 'close-button');
    expect(focusedPart(m.el)).to.equal('launcher');
  });

  it('never takes focus from the page: an open panel the page closes leaves focus where it is', async () => {
    const m = await floating('open', { open: '' });
    const outside = document.createElement('button');
    document.body.append(outside);
    try {
      outside.focus();
      m.el.open = false;
      await until(() => visible(m.part('launcher')), 'the launcher');
      expect(document.activeElement).to.equal(outside);
    } finally {
      outside.remove();
    }
  });

  it('minimises during a call without ending it, and reopens on the same call', async () => {
    const m = await floating();
    const call = await connect(m);
    expect(focusedPart(m.el)).to.equal('call');
    const replica = await until(() => m.part('replica-video'), 'the call UI');
    await click(m, 'minimize-button');
    expect(m.el.open).to.equal(false);
    expect(focusedPart(m.el)).to.equal('launcher');
    // The launcher says the call goes on, and the call does.
    expect(m.part('launcher')!.textContent).to.contain('In call');
    expect(m.part('launcher')!.querySelector('.live-dot')).to.not.equal(null);
    expect(m.el.state).to.equal('connected');
    expect(m.factory.last!.destroyed).to.equal(false);
    expect(call.isConnected).to.equal(true);
    const report = await ledger(m.id);
    expect(report.summary).to.include({ created: 1, ended: 0 });

    await click(m, 'launcher');
    // The very container the call was mounted in, with the call still inside: nothing was re-created.
    expect(m.part('call')).to.equal(call);
    expect(m.part('replica-video') === replica && replica.isConnected).to.equal(true);
    expect(visible(call)).to.equal(true);
    expect(m.factory.calls).to.have.length(1);
    await m.el.endConversation();
    await settledLedger(m.id);
  });

  it('asks before closing ends a call; Keep talking keeps it, End ends it exactly once', async () => {
    const m = await floating();
    await connect(m);
    await click(m, 'close-button');
    expect(m.el.open, 'asking, not closed').to.equal(true);
    expect(m.part('end-prompt')!.getAttribute('role')).to.equal('alertdialog');
    expect(focusedPart(m.el)).to.equal('keep-button');
    await click(m, 'keep-button');
    expect(m.part('end-prompt')).to.equal(null);
    expect(focusedPart(m.el)).to.equal('close-button');

    // Escape asks too, and in the prompt means "keep talking".
    await sendKeys({ press: 'Escape' });
    await m.el.updateComplete;
    expect(m.part('end-prompt')).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await m.el.updateComplete;
    expect(m.part('end-prompt')).to.equal(null);
    expect(m.el.state).to.equal('connected');
    expect((await ledger(m.id)).summary.ended).to.equal(0);

    await click(m, 'close-button');
    await click(m, 'end-button');
    expect(m.el.open).to.equal(false);
    expect(focusedPart(m.el)).to.equal('launcher');
    await m.waitForState('ended');
    const report = await settledLedger(m.id);
    expect(report.conversations[0]!.endCalls).to.equal(1);
    expect(m.log.of('tavus:conversation-ended').map((d) => d.reason)).to.deep.equal(['user']);
    // Nothing goes on any more: the launcher is itself again, and closing needs no asking.
    expect(m.part('launcher')!.textContent).to.not.contain('In call');
    await click(m, 'launcher');
    expect(focusedPart(m.el)).to.equal('start-button');
    await click(m, 'close-button');
    expect(m.el.open).to.equal(false);
  });

  it('leaves the panel as it is when the page starts a conversation: the launcher says it is live', async () => {
    const m = await floating();
    const changes = openChanges(m);
    await m.el.startConversation();
    await m.waitForState('connected');
    expect(m.el.open).to.equal(false);
    expect(changes).to.deep.equal([]);
    expect(m.part('launcher')!.textContent).to.contain('In call');
    await click(m, 'launcher');
    expect(visible(m.part('call'))).to.equal(true);
    await m.el.endConversation();
    await settledLedger(m.id);
  });

  it('still ends the conversation when the element is removed while minimised', async () => {
    const m = await floating();
    await connect(m);
    await click(m, 'minimize-button');
    m.el.remove();
    const report = await settledLedger(m.id);
    expect(report.conversations[0]!.endCalls).to.equal(1);
    expect(m.log.of('tavus:conversation-ended').map((d) => d.reason)).to.deep.equal(['removed']);
  });

  describe('sizes', () => {
    onlyIn(['chromium', 'firefox'], 'sizes the viewport, which WebKit’s WebDriver cannot do');
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('is about 22rem × 34rem in its corner, and the whole screen on a phone', async () => {
      await setViewport({ width: 1024, height: 768 });
      const m = await floating('open', { open: '', position: 'top-left' });
      const panel = await until(() => visible(m.part('panel')) && m.part('panel')!, 'the panel');
      let box = panel.getBoundingClientRect();
      expect([box.left, box.top, box.width, box.height]).to.deep.equal([24, 24, 352, 544]);

      await setViewport({ width: 390, height: 844 });
      box = panel.getBoundingClientRect();
      expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, 390, 844]);
      expect(getComputedStyle(panel).borderRadius).to.equal('0px');
    });
  });

  it('sits in the corner its position names, set as attribute or property', async () => {
    const m = await floating('open', { position: 'top-left' });
    const corner = () => {
      const box = m.part('launcher')!.getBoundingClientRect();
      return [Math.round(box.left), Math.round(box.top), Math.round(innerWidth - box.right), Math.round(innerHeight - box.bottom)];
    };
    expect(corner().slice(0, 2)).to.deep.equal([24, 24]);
    m.el.position = 'bottom-left';
    expect(m.el.getAttribute('position')).to.equal('bottom-left');
    expect([corner()[0], corner()[3]]).to.deep.equal([24, 24]);
    m.el.position = 'top-right';
    expect([corner()[2], corner()[1]]).to.deep.equal([24, 24]);
  });

  it('takes over a position the page set before the floating chunk arrived', async () => {
    const el = document.createElement('tavus-deployment');
    el.layout = 'floating';
    el.open = true;
    el.position = 'top-left';
    el.setAttribute('deployment-id', 'open--early');
    el.setAttribute('base-url', MOCK_API_URL);
    await fixture(html`<div>${el}</div>`);
    const panel = await until(() => el.shadowRoot!.querySelector('[part="panel"]'), 'the panel');
    expect([el.open, el.position]).to.deep.equal([true, 'top-left']);
    expect([el.getAttribute('layout'), el.getAttribute('position'), el.hasAttribute('open')]).to.deep.equal(['floating', 'top-left', true]);
    expect(panel.getBoundingClientRect().top).to.be.closeTo(24, 1);
  });

  it('shows the replica and a label in a pill: the launcher-label attribute, else "Talk to us"', async () => {
    const m = await floating('preview');
    const launcher = m.part('launcher')!;
    await until(() => launcher.querySelector('img'), 'the thumbnail');
    expect(launcher.querySelector('img')!.src).to.match(/\/__media\/replica\.svg$/);
    expect(launcher.textContent!.trim()).to.equal('Talk to us');
    expect(launcher.hasAttribute('aria-label')).to.equal(false);
    m.el.setAttribute('launcher-label', 'Ask Anna');
    await until(() => launcher.textContent!.includes('Ask Anna'), 'the page’s label');
    await click(m, 'launcher');
    expect(m.part('panel-header')!.textContent).to.contain('Ask Anna');
  });

  it('takes the launcher’s label from the deployment, unless the page set launcher-label', async () => {
    const m = await floating('widget');
    const launcher = m.part('launcher')!;
    await until(() => launcher.textContent!.includes('Ask Anna anything'), 'the deployment’s label');
    expect(launcher.textContent!.trim()).to.equal('Ask Anna anything');
    await click(m, 'launcher');
    expect(m.part('panel-header')!.textContent).to.contain('Ask Anna anything');
    await click(m, 'close-button');

    // The page's own label wins over the deployment's, and the deployment's comes back without it.
    m.el.setAttribute('launcher-label', 'Talk to sales');
    await until(() => launcher.textContent!.trim() === 'Talk to sales', 'the page’s label');
    m.el.removeAttribute('launcher-label');
    await until(() => launcher.textContent!.trim() === 'Ask Anna anything', 'the deployment’s label again');
  });

  it('gives the launcher the panel’s colour scheme, the page’s theme attribute or the deployment’s', async () => {
    const m = await floating('dark');
    const scheme = () => getComputedStyle(m.part('launcher')!).colorScheme;
    await until(() => scheme() === 'dark', 'the deployment’s dark mode');
    m.el.setAttribute('theme', 'light');
    await m.el.updateComplete;
    expect(scheme()).to.equal('light');
  });

  it('stays above whatever z-index the page uses', async () => {
    const m = await floating('open', { open: '' });
    const cover = document.createElement('div');
    cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgb(0 0 0 / 0.1)';
    document.body.append(cover);
    try {
      const box = m.part('panel')!.getBoundingClientRect();
      const hit = m.el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(m.part('panel')!.contains(hit)).to.equal(true);
    } finally {
      cover.remove();
    }
  });

  it('goes back to inline with its views intact when the layout changes', async () => {
    const m = await floating('open', { open: '' });
    m.el.layout = 'inline';
    await m.el.updateComplete;
    expect(m.part('launcher')).to.equal(null);
    expect(m.part('panel')).to.equal(null);
    expect(m.el.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(visible(m.part('start-button'))).to.equal(true);
  });

  describe('axe', () => {
    // Axe reads colours as they are: a button caught mid-transition (the end prompt's End turning red) reads low.
    withoutTransitions();

    it('passes axe with the launcher, the open panel and the end prompt', async () => {
      const m = await floating('preview');
      await expect(m.el).to.be.accessible();
      await click(m, 'launcher');
      await expect(m.el).to.be.accessible();
      expect(m.part('panel')!.getAttribute('role')).to.equal('dialog');
      await click(m, 'start-button');
      await m.waitForState('connected');
      await click(m, 'close-button');
      await expect(m.el).to.be.accessible();
      await click(m, 'end-button');
      await settledLedger(m.id);
    });
  });
});
