import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { click, mount, type Mounted } from './support/element.js';
import { onlyIn } from './support/engine.js';
import { settledLedger, until } from './support/mock-api.js';
import type { Theme } from './support/views.js';
import { holdStill } from './support/still.js';

/**
 * Screenshots of the floating layout (launcher, open panel, minimised call) in both themes on a desktop and a phone
 * viewport, and of the Arabic start surface, right to left; compared with the baselines in test/visual/baselines/
 * (`UPDATE_VISUAL_BASELINES=1` rewrites them, and each must be looked at before it is committed).
 */


const VIEWPORTS = { desktop: { width: 1024, height: 720 }, phone: { width: 390, height: 844 } } as const;
type ViewportName = keyof typeof VIEWPORTS;

/**
 * The page behind the floating element: a plain backdrop covering the viewport, whose box is what is screenshot.
 * The launcher and the panel are in the top layer, above it, so the screenshot shows them where they float.
 */
function stage(): HTMLElement {
  const page = document.createElement('div');
  page.style.cssText = 'position:fixed;inset:0;background:#e7e5e4';
  document.body.append(page);
  return page;
}

const visible = (element: Element | null) => element?.checkVisibility({ visibilityProperty: true }) ?? false;

describe('floating visual baselines', () => {
  onlyIn(['chromium'], 'the baselines are Chromium screenshots; other engines render text and antialiasing differently');

  let page: HTMLElement;
  let mounted: Mounted | undefined;
  beforeEach(() => {
    page = stage();
  });
  afterEach(async () => {
    if (mounted && mounted.el.state === 'connected') {
      await mounted.el.endConversation();
      await settledLedger(mounted.id);
    }
    mounted = undefined;
    page.remove();
    await setViewport({ width: 800, height: 600 });
  });

  async function floating(theme: Theme): Promise<Mounted> {
    mounted = await mount('demo', { layout: 'floating', theme }, { joinAfterMs: 10 });
    await until(() => visible(mounted!.part('launcher')), 'the launcher');
    return mounted;
  }

  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    for (const theme of ['light', 'dark'] as const) {
      describe(`${theme}, ${viewport}`, () => {
        beforeEach(() => setViewport(VIEWPORTS[viewport]));

        it('launcher', async () => {
          const m = await floating(theme);
          await holdStill(m.el);
          await visualDiff(page, `floating-launcher-${theme}-${viewport}`);
        });

        it('open panel', async () => {
          const m = await floating(theme);
          await click(m, 'launcher');
          await until(() => visible(m.part('panel')) && m.part('start-button'), 'the open panel');
          await holdStill(m.el);
          await visualDiff(page, `floating-open-${theme}-${viewport}`);
        });

        it('minimised call', async () => {
          const m = await floating(theme);
          await click(m, 'launcher');
          await click(m, 'start-button');
          await m.waitForState('connected');
          await click(m, 'minimize-button');
          await until(() => visible(m.part('launcher')) && m.part('launcher')!.querySelector('.live-dot'), 'the live launcher');
          await holdStill(m.el);
          await visualDiff(page, `floating-minimized-${theme}-${viewport}`);
        });
      });
    }
  }
});

describe('right-to-left visual baseline', () => {
  onlyIn(['chromium'], 'the baselines are Chromium screenshots; other engines render text and antialiasing differently');

  it('Arabic start surface, light, wide', async () => {
    const container = document.createElement('div');
    container.style.width = '720px';
    const m = await mount('demo', { lang: 'ar', theme: 'light' }, {}, async (el) => {
      container.append(el);
      document.body.append(container);
    });
    try {
      // Arabic arrives a moment after the element: the start surface is ready once it reads right to left, in Arabic.
      await until(
        () => m.part('start-button')?.closest('[dir="rtl"]') && /[\u0600-\u06FF]/.test(m.part('start-button')!.textContent!),
        'the Arabic start surface',
      );
      await m.el.updateComplete;
      await holdStill(m.el);
      await visualDiff(m.el, 'rtl-ar-idle-light-wide');
    } finally {
      container.remove();
    }
  });
});
