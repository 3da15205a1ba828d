/**
 * The English sentences of the floating layout's launcher and panel: part of
 * the table in `en.ts`, fetched with the floating chunk, which only floating
 * elements load. That chunk looks them up in the element's table first (a
 * translation has them) and falls back to these.
 */
export const enFloating = {
  'launcher.label': 'Talk to us',
  'launcher.live': 'In call',
  minimize: 'Minimize',
  close: 'Close',
  'close.title': 'End the conversation?',
  'close.end': 'End',
  'close.keep': 'Keep talking',
} as const;
