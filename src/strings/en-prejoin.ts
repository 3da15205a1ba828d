/**
 * The English sentences of the pre-join check and its permission recovery: part of the later views' table,
 * fetched with them (`views/later.ts`).
 */
export const enPreJoin = {
  'status.pre-join': 'Check your camera and microphone, then join the conversation.',
  'prejoin.title': 'Ready to join?',
  'prejoin.why': 'Your browser will ask to use your camera and microphone, so the conversation can see and hear you.',
  'prejoin.preview': 'Your camera',
  'prejoin.camera-off': 'Your camera is off',
  'prejoin.mic-level': 'Microphone level',
  'prejoin.camera': 'Camera',
  'prejoin.microphone': 'Microphone',
  'prejoin.speaker': 'Speaker',
  'prejoin.device': '{kind} {number}',
  'prejoin.join': 'Join',
  'prejoin.without-camera': 'Continue without camera',

  'recovery.permission-denied': 'Allow your camera and microphone',
  'recovery.permission-blocked': 'Your camera and microphone are blocked',
  'recovery.device-not-found': 'No camera or microphone found',
  'recovery.device-in-use': 'Your camera or microphone is busy',
  'recovery.iframe-not-allowed': 'Camera and microphone aren’t allowed here',
  'recovery.media-blocked': 'Your camera or microphone isn’t working',

  'allow.chromium': 'Select the icon at the left of the address bar, then allow Camera and Microphone.',
  'allow.firefox': 'Select the camera icon in the address bar, then clear the blocked permissions for this site.',
  'allow.safari': 'In the menu bar, choose Safari, then Settings for This Website, and set Camera and Microphone to Allow.',
  'allow.ios': 'Tap the page menu at the left of the address bar, then Website Settings, and allow Camera and Microphone.',
  'allow.android': 'Tap the icon at the left of the address bar, then Permissions, and allow Camera and Microphone.',
  'allow.other': 'Open your browser’s settings for this site and allow the camera and microphone.',

  'system.mac': 'Open System Settings, then Privacy & Security, and allow your browser under Camera and Microphone.',
  'system.windows': 'Open Settings, then Privacy & security, and allow your browser under Camera and Microphone.',
  'system.ios': 'Open the Settings app, find your browser, and turn on Camera and Microphone.',
  'system.android': 'Open Settings, then Apps, choose your browser, and allow Camera and Microphone under Permissions.',
  'system.other': 'Open your device’s privacy settings and allow your browser to use the camera and microphone.',

  'error.permission-blocked.insecure': 'This page isn’t secure, so your browser won’t let it use your camera or microphone.',
} as const;
