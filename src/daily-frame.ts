import type DailyIframe from '@daily-co/daily-js';
import type { CallAdapter } from './call-adapter.js';
import { DailyCallAdapter } from './daily-adapter.js';

/** Daily Prebuilt in `mount`, behind the {@link CallAdapter} seam. */
export function createDailyFrame(Daily: typeof DailyIframe, mount: HTMLElement): CallAdapter {
  const call = Daily.createFrame(mount, {
    showLeaveButton: true,
    iframeStyle: { width: '100%', height: '100%', border: '0' },
  });
  // Screen readers name a frame by its title: the container's label says what the call is, in the visitor's language.
  call.iframe()?.setAttribute('title', mount.getAttribute('aria-label') ?? '');
  return new DailyCallAdapter(call);
}
