import { executeServerCommand } from '@web/test-runner-commands';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

declare global {
  interface Window {
    TEST_ENGINE: EngineName;
  }
}

/** The engine this page runs in, as web-test-runner.config.js tells it. */
export const ENGINE = window.TEST_ENGINE;

/**
 * Declares, inside a `describe`, that its tests need a facility only some engines have (screenshots compared with
 * Chromium baselines, Chromium's fake media devices): elsewhere they are skipped, and `npm test` prints the suite
 * and `reason` under that engine's count. Use it only where an engine truly cannot run the test.
 */
export function onlyIn(engines: EngineName[], reason: string): void {
  before(async function () {
    if (engines.includes(ENGINE)) return;
    await executeServerCommand('skipped-suite', { suite: this.test?.parent?.fullTitle() ?? '', reason });
    this.skip();
  });
}
