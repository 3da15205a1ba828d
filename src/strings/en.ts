/**
 * Every sentence a visitor can read in the element, in English: the one table
 * a translation replaces. `{name}` marks a parameter filled in when shown.
 * Visitors read these, so they never name attributes, settings or servers:
 * what a site owner must fix goes to the console (`hints.ts`).
 *
 * The table comes in three files: this one, what the first script can show
 * (the start surface and the errors `/init` or the attributes can reveal),
 * `en-later.ts`, what only exists after Start, which arrives with the later
 * views, and `en-floating.ts`, the floating layout's launcher and panel.
 */
export const en = {
  region: 'Video conversation',
  'start.label': 'Start video conversation',
  'start.media': 'Uses your camera and microphone',
  'retry.now': 'Try again',
  recheck: 'Check again',
  'call.title': 'Video call',

  'title.unavailable': 'Not available right now',
  'title.setup': 'This conversation can’t start here',
  'title.failed': 'Something went wrong',

  'error.invalid-config': 'This website hasn’t finished setting up its video conversation. Please try again later.',
  'error.forbidden': 'Conversations can’t be started from this page.',
  'error.not-found': 'This conversation isn’t available.',
  'error.network': 'We couldn’t reach the conversation service. Check your connection and try again.',
  'error.origin-not-allowed': 'Conversations can’t be started from this website yet. Please try again later.',
  'error.unavailable': 'Conversations are not available right now. Please try again later.',
  'error.unavailable.daily_limit': 'Today’s conversations are used up. Please come back tomorrow.',
  'error.unavailable.total_limit': 'No more conversations are available here.',
  'error.unavailable.busy': 'All conversations are in use right now. Please try again in a few minutes.',
} as const;
