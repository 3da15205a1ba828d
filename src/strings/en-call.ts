/**
 * The English sentences of the element's own call UI: part of the table in `en.ts`, fetched with that UI's chunk
 * (`call-ui/call-ui.ts`). That chunk looks them up in the element's table first (a translation has them) and falls
 * back to these.
 */
export const enCall = {
  'call.connecting': 'Connecting…',
  'call.controls': 'Call controls',
  'call.microphone': 'Microphone',
  'call.camera': 'Camera',
  'call.speaker': 'Speaker',
  'call.devices': 'Devices',
  'call.captions': 'Captions',
  'call.leave': 'Leave',
  'call.self': 'Your camera',
  'call.you': 'You',
  'call.replica': 'AI',
  'call.network': 'Your connection is weak. The video may freeze or lag.',
  'call.sound': 'Tap to turn on sound',
} as const;
