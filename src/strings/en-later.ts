/**
 * The English sentences of the views after Start: the second half of the
 * table in `en.ts`, fetched with those views (`views/later.ts`).
 */
export const enLater = {
  'start.again': 'Start a new conversation',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  'retry.wait': 'You can try again in {seconds} seconds.',
  'retry.wait.one': 'You can try again in {seconds} second.',
  'retry.ready': 'You can try again now.',
  'retry.in': '{seconds} s',

  'password.title': 'Enter the password',
  'password.prompt': 'This conversation is protected by a password.',
  'password.label': 'Password',
  'password.submit': 'Continue',
  'password.incorrect': 'That password is incorrect. Please try again.',

  'status.awaiting-password': 'A password is needed to start this conversation.',
  'status.awaiting-captcha': 'Checking that you are human…',
  'status.starting': 'Starting your conversation…',
  'status.joining': 'Connecting to the video call…',
  'status.connected': 'You are in the conversation.',
  'status.ending': 'Ending the conversation…',
  'status.ended': 'The conversation has ended.',

  'ended.title': 'Conversation ended',
  'ended.text': 'Thanks for talking with us.',

  'error.bad-request': 'The conversation couldn’t be started. Please try again later.',
  'error.password-required': 'This conversation is protected by a password.',
  'error.password-incorrect': 'That password is incorrect. Please try again.',
  'error.limit-reached': 'No more conversations are available today. Please come back tomorrow.',
  'error.busy': 'The conversation service is busy. Please try again shortly.',
  'error.rate-limited': 'Too many conversations were started just now. Please wait a moment.',
  'error.server-error': 'The conversation service had a problem. Please try again.',
  'error.timeout': 'The conversation service took too long to answer. Please try again.',
  'error.invalid-response': 'The conversation service sent an answer we couldn’t use. Please try again.',
  'error.call-failed': 'The video call could not continue. Please try again.',
  'error.join-timeout':
    'The video call could not be reached. A firewall or a content blocker may be in the way. Please try again.',
  'error.media-blocked':
    'Your camera or microphone is blocked. Allow access in your browser’s address bar so the conversation can hear you.',
  'error.permission-denied': 'Camera and microphone access was turned off. Allow it to talk face to face.',
  'error.permission-blocked': 'Your browser or device settings block the camera and microphone.',
  'error.device-not-found': 'No camera or microphone was found. Connect one and try again.',
  'error.device-in-use': 'Another app is using your camera or microphone. Close it and try again.',
  'error.iframe-not-allowed': 'This page can’t use your camera or microphone. Please open the conversation on its own page.',
  'error.call-in-progress': 'Another conversation is already running on this page. End it first, then try again.',
  'error.unsupported-deployment-security': 'This conversation can’t be started from this page.',
  'error.captcha-unavailable':
    'The human check could not load. An ad or script blocker may be blocking it. Please try again.',
  'error.captcha-unavailable.no-site-key': 'The human check isn’t set up on this website yet. Please try again later.',
  'error.captcha-domain-not-allowed': 'The human check isn’t set up on this website yet. Please try again later.',
  'error.captcha-invalid-key': 'The human check isn’t set up on this website yet. Please try again later.',
  'error.captcha-unsupported-browser': 'This browser can’t run the human check. Please try another browser.',
  'error.captcha-failed': 'We couldn’t confirm you’re human. Please try again.',
} as const;
