import type { CallFactory } from './call-adapter.js';
import { lazy } from './lazy.js';

type DailyModule = typeof import('@daily-co/daily-js');

/** daily-js is ~70 KB gzip: it is fetched only when a conversation is about to start, and only once. */
const loadDaily = lazy<DailyModule>(() => import('@daily-co/daily-js'));

/** The default call: Daily Prebuilt in an iframe inside the element's shadow root. */
export const dailyCallFactory: CallFactory = {
  // daily-js allows one call instance per page: a second element must wait instead of being billed for nothing.
  exclusive: true,
  preload() {
    loadDaily().catch(() => {
      // A failed preload is retried, and reported, by create().
    });
  },
  async create(mount) {
    // The glue is a chunk of ours, apart from daily-js's own: both arrive only when a call is made.
    const [{ default: Daily }, { createDailyFrame }] = await Promise.all([loadDaily(), import('./daily-frame.js')]);
    return createDailyFrame(Daily, mount);
  },
};
