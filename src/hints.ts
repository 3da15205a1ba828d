import type { TavusError } from './errors.js';

const DAILY_HOSTS = '*.daily.co, *.dailywebrtc.com and *.dailywebrtc.net';
const TURNSTILE_KEY = 'the Turnstile site key (turnstile-site-key, or the deployment’s captcha settings)';

/** What a hint may name: where the element runs and how it is set up. */
export interface HintContext {
  origin: string;
  joinTimeout: number;
}

/**
 * The site owner's half of an error: what to change, for the console and
 * `tavus:error`'s `hint`. Visitors never see these (they read the string
 * tables). Only errors the owner can fix have one. It travels in the engine
 * chunk: an element that meets such an error before any start fetches it.
 */
export function hintFor({ code, reason, detail }: TavusError, { origin, joinTimeout }: HintContext): string | undefined {
  switch (code) {
    case 'invalid-config':
      return reason === 'bad-base-url'
        ? 'base-url must be an http(s) URL, such as https://tavusapi.com.'
        : `Set deployment-id to the ID of your Tavus deployment${reason === 'bad-id' ? ', without spaces' : ''}.`;
    case 'not-found':
      return 'Tavus has no deployment with this deployment-id.';
    case 'origin-not-allowed':
    case 'forbidden':
      return `Add ${origin} to the deployment’s allowed origins in the Tavus portal.`;
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
    case 'iframe-not-allowed':
      return 'The page is in an iframe that may not use the camera and microphone: add allow="camera; microphone; autoplay" to the <iframe> that embeds it (and allow them in any Permissions-Policy header).';
    case 'permission-blocked':
      return reason === 'insecure' ? 'Browsers give the camera and microphone only to secure pages: serve this page over HTTPS.' : undefined;
    case 'join-timeout':
      return `The call did not join within ${joinTimeout} s. Allow ${DAILY_HOSTS} in the page’s Content-Security-Policy (connect-src, frame-src, script-src); a firewall or content blocker may also block them.`;
    default:
      return undefined;
  }
}
