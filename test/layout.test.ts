import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { onlyIn } from './support/engine.js';
import { controls, describeViews, WIDTHS, type WidthName } from './support/views.js';

/**
 * Every control of every view lies inside the element's box and is what a
 * press at its centre reaches (WCAG 1.4.4 and 1.4.10: nothing clipped or
 * covered, at 320 px and at 200 % text). The containers set no height, so
 * the element may grow; nothing is scrolled into view for it.
 */

const TEXT_SIZES = ['100%', '200%'] as const;

let checks = 0;

/** Where a control is hidden or covered, in words; empty when a visitor can see and press it. */
function problem(el: HTMLElement, control: HTMLElement): string {
  const host = el.getBoundingClientRect();
  const box = control.getBoundingClientRect();
  const name = `${control.localName}[part=${control.getAttribute('part') ?? ''}] "${control.textContent!.trim()}"`;
  const inside =
    box.left >= host.left - 0.5 && box.right <= host.right + 0.5 && box.top >= host.top - 0.5 && box.bottom <= host.bottom + 0.5;
  if (!inside) return `${name} at ${box.top.toFixed(0)}–${box.bottom.toFixed(0)} outside the element's ${host.top.toFixed(0)}–${host.bottom.toFixed(0)}`;
  const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return hit && control.contains(hit) ? '' : `${name} is covered by ${hit?.localName ?? 'nothing'}`;
}

describe('layout: every control visible and reachable', () => {
  onlyIn(['chromium', 'firefox'], 'sizes the viewport, which WebKit’s WebDriver cannot do');
  before(() => setViewport({ width: 1000, height: 1600 }));
  after(() => {
    document.documentElement.style.fontSize = '';
    console.log(`layout: ${checks} control checks`);
  });

  describeViews((_view, shown) => {
    for (const width of Object.keys(WIDTHS) as WidthName[]) {
      for (const size of TEXT_SIZES) {
        const name = `${width}, ${size} text`;
        it(name, async () => {
          document.documentElement.style.fontSize = size;
          await shown().set('light', WIDTHS[width]);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          // The setup and invalid-config views offer no action: nothing a visitor does can help there.
          const found = controls(shown().el);
          const problems = found.map((control) => problem(shown().el, control)).filter(Boolean);
          checks += found.length;
          expect(problems).to.deep.equal([]);
        });
      }
    }
  });
});
