import { expect } from '@open-wc/testing';
import { describeViews, THEMES } from './support/views.js';
import { withoutTransitions } from './support/transitions.js';

/** axe on every view in both themes (colour contrast included: the theme changes every colour). */
describe('axe on every view', () => {
  let runs = 0;
  // The theme switches on a live element: without transitions axe reads the new colours, not ones on their way.
  withoutTransitions();
  after(() => console.log(`axe: ${runs} runs`));

  describeViews((_, shown) => {
    for (const theme of THEMES) {
      it(theme, async () => {
        await shown().set(theme, 720);
        runs += 1;
        await expect(shown().el).to.be.accessible();
      });
    }
  });
});
