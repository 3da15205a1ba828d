import { expect } from '@open-wc/testing';
import { ENGINE, onlyIn, type EngineName } from './support/engine.js';

const ALL: EngineName[] = ['chromium', 'firefox', 'webkit'];
let ran = false;

// onlyIn() checks itself: every engine runs the first suite and skips the second, printing the reason.
describe('onlyIn', () => {
  describe('in a listed engine', () => {
    onlyIn([ENGINE], 'never skipped: it lists the engine it runs in');
    it('runs the suite', () => {
      ran = true;
    });
  });

  describe('in any other engine', () => {
    onlyIn(
      ALL.filter((engine) => engine !== ENGINE),
      "onlyIn's own check, skipped everywhere by design",
    );
    it('skips the suite', () => {
      throw new Error(`ran in ${ENGINE}, which the suite does not list`);
    });
  });

  after(() => expect(ran).to.equal(true));
});
