import type { Hint } from './hints.js';

const DAILY_HOSTS = '*.daily.co, *.dailywebrtc.com and *.dailywebrtc.net';
const TURNSTILE_KEY = 'the Turnstile site key (turnstile-site-key, or the deployment’s captcha settings)';

/** Fixes for what a start can meet: the start request, the human check and the call. */
export const startHint: Hint = ({ code, reason, detail }, { origin, joinTimeout }) => {
  switch (code) {
    case 'bad-request':
      return `Tavus refused the start request${detail ? ` (${detail})` : ''}: check conversational-context, custom-greeting and memory-stores.`;
    case 'unsupported-deployment-security':
      return 'The deployment requires a start-security mode this element does not support: turn it off, or start conversations from your server.';
    case 'captcha-unavailable':
      return reason === 'no-site-key'
        ? 'The deployment asks for a captcha but names no Turnstile site key: set turnstile-site-key or enable the captcha in the Tavus portal.'
        : 'Turnstile could not load: allow https://challenges.cloudflare.com in the page’s Content-Security-Policy (script-src and frame-src).';
    case 'captcha-domain-not-allowed':
      return `Add ${new URL(origin).hostname} to the allowed hostnames of ${TURNSTILE_KEY}.`;
    case 'captcha-invalid-key':
      return `Cloudflare refused ${TURNSTILE_KEY}: check it.`;
    case 'join-timeout':
      return `The call did not join within ${joinTimeout} s. Allow ${DAILY_HOSTS} in the page’s Content-Security-Policy (connect-src, frame-src, script-src); a firewall or content blocker may also block them.`;
    default:
      return undefined;
  }
};
