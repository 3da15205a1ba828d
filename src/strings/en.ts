/**
 * Every sentence a visitor can read in the element, in English: the one table
 * a translation replaces. `{name}` marks a parameter filled in when shown.
 */
export const en = {
  'start.label': 'Start conversation',
  'start.again': 'Start a new conversation',
  cancel: 'Cancel',
  'retry.now': 'Try again',
  'retry.in': 'Try again in {seconds} s',

  'password.prompt': 'This conversation is protected by a password.',
  'password.label': 'Password',
  'password.submit': 'Continue',
  'password.incorrect': 'That password is incorrect. Please try again.',

  'status.awaiting-password': 'A password is needed to start this conversation.',
  'status.awaiting-captcha': 'Checking that you are human…',
  'status.starting': 'Starting your conversation…',
  'status.joining': 'Connecting to the call…',
  'status.connected': 'You are in the conversation.',
  'status.ending': 'Ending the conversation…',
  'status.ended': 'The conversation has ended.',

  'error.invalid-config': 'This conversation is not set up correctly.',
  'error.invalid-config.missing-id': 'Set the deployment-id attribute to the ID of your Tavus deployment.',
  'error.invalid-config.bad-id':
    'The deployment-id attribute must be a Tavus deployment ID, without spaces (check what was pasted).',
  'error.invalid-config.bad-base-url':
    'The base-url attribute must be an http or https address, such as https://tavusapi.com.',
  'error.bad-request': 'The conversation service rejected the request.',
  'error.password-required': 'This conversation is protected by a password.',
  'error.password-incorrect': 'That password is incorrect. Please try again.',
  'error.limit-reached': 'The daily limit for conversations has been reached. Please come back tomorrow.',
  'error.forbidden': 'Conversations are not allowed from this website.',
  'error.not-found': 'This conversation isn’t available.',
  'error.busy': 'The conversation service is busy. Please try again shortly.',
  'error.rate-limited': 'Too many conversations were started just now. Please wait a moment.',
  'error.server-error': 'The conversation service had a problem. Please try again.',
  'error.network': 'We couldn’t reach the conversation service. Check your connection and try again.',
  'error.timeout': 'The conversation service took too long to answer. Please try again.',
  'error.invalid-response': 'The conversation service sent an answer we couldn’t use. Please try again.',
  'error.call-failed': 'The video call could not continue. Please try again.',
  'error.media-blocked':
    'Your camera or microphone is blocked. Allow access in your browser’s address bar so the conversation can hear you.',
  'error.origin-not-allowed':
    'This website is not allowed to start conversations for this deployment. Site owner: add this origin to the deployment’s allowed origins in the Tavus portal.',
  'error.unavailable': 'Conversations are not available right now. Please try again later.',
  'error.unavailable.daily_limit': 'Today’s conversations for this deployment are used up. Please come back tomorrow.',
  'error.unavailable.total_limit': 'This deployment has reached its conversation limit.',
  'error.unavailable.busy': 'All conversations are in use right now. Please try again in a few minutes.',
  'error.call-in-progress': 'Another conversation is already running on this page. End it first, then try again.',
  'error.unsupported-deployment-security':
    'This deployment uses a start-security mode this element does not support. Site owner: turn it off for this deployment, or start conversations from your server.',
  'error.captcha-unavailable':
    'The human check could not load. An ad or script blocker, or the site’s Content-Security-Policy, may be blocking challenges.cloudflare.com.',
  'error.captcha-unavailable.no-site-key':
    'This deployment needs a human check, but no Turnstile site key was found. Site owner: set the turnstile-site-key attribute or enable the captcha in the Tavus portal.',
  'error.captcha-domain-not-allowed':
    'The human check is not set up for this website. Site owner: add this hostname to the Turnstile site key’s allowed domains.',
  'error.captcha-invalid-key':
    'The human check is misconfigured (invalid site key). Site owner: check the Turnstile site key.',
  'error.captcha-unsupported-browser': 'This browser can’t run the human check. Please try another browser.',
  'error.captcha-failed': 'We couldn’t confirm you’re human. Please try again.',
} as const;
