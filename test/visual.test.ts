import { visualDiff } from '@web/test-runner-visual-regression';
import { onlyIn } from './support/engine.js';
import { describeViews, THEMES, WIDTHS, type WidthName } from './support/views.js';
import { holdStill } from './support/still.js';

/**
 * Screenshots of every view in both themes at three container widths, compared
 * with the baselines in test/visual/baselines/ (Chromium on this kind of
 * machine renders them; `UPDATE_VISUAL_BASELINES=1 npm test` rewrites them,
 * and each must be looked at before it is committed).
 */


describe('visual baselines', () => {
  onlyIn(['chromium'], 'the baselines are Chromium screenshots; other engines render text and antialiasing differently');
  describeViews((view, shown) => {
    for (const theme of THEMES) {
      for (const width of Object.keys(WIDTHS) as WidthName[]) {
        it(`${theme}, ${width}`, async () => {
          await shown().set(theme, WIDTHS[width]);
          await holdStill(shown().el);
          await visualDiff(shown().el, `${view}-${theme}-${width}`);
        });
      }
    }
  });
});
