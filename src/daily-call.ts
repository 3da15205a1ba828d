import type { CallAdapter, CallFactory, CallMedia } from './call-adapter.js';
import { lazy } from './lazy.js';

type DailyModule = typeof import('@daily-co/daily-js');
type Glue = (Daily: DailyModule['default'], mount: HTMLElement, media?: CallMedia) => CallAdapter;

/** daily-js is ~70 KB gzip: it is fetched only when a conversation is about to start, and only once. */
const loadDaily = lazy<DailyModule>(() => import('@daily-co/daily-js'));

/** A Daily call whose glue, a chunk of ours apart from daily-js's own, arrives with it when a call is made. */
function dailyFactory(loadGlue: () => Promise<Glue>): CallFactory {
  return {
    // daily-js allows one call instance per page: a second element must wait instead of being billed for nothing.
    exclusive: true,
    preload() {
      Promise.all([loadDaily(), loadGlue()]).catch(() => {
        // A failed preload is retried, and reported, by create().
      });
    },
    async create(mount, media) {
      const [{ default: Daily }, glue] = await Promise.all([loadDaily(), loadGlue()]);
      return glue(Daily, mount, media);
    },
  };
}

/** Daily Prebuilt in an iframe inside the element's shadow root (`call-ui="prebuilt"`). */
export const dailyCallFactory: CallFactory = dailyFactory(lazy(() => import('./daily-frame.js').then((m) => m.createDailyFrame)));

/** Daily's call object, whose media the element's own call UI renders (`call-ui="custom"`, the default). */
export const dailyCallObjectFactory: CallFactory = dailyFactory(
  lazy(() => import('./call-ui/daily-call-object.js').then((m) => m.createDailyCallObject)),
);

/** The page's own call, else Daily's for `call-ui`: Prebuilt for `prebuilt`, else the call object under the element's own UI. */
export function callFactoryFor({ callFactory, callUi }: { callFactory?: CallFactory | undefined; callUi?: string | undefined }): CallFactory {
  return callFactory ?? (callUi == 'prebuilt' ? dailyCallFactory : dailyCallObjectFactory);
}
