import { parseUrl } from './config.js';

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

function isLoopback(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname);
}

/**
 * A conversation URL we are willing to hand to Daily: absolute https, or plain
 * http only while talking to a local (loopback) API during development.
 */
export function isUsableConversationUrl(conversationUrl: string, baseUrl: string): boolean {
  const url = parseUrl(conversationUrl);
  if (!url) return false;
  if (url.protocol === 'https:') return true;
  const base = parseUrl(baseUrl);
  return url.protocol === 'http:' && base !== undefined && isLoopback(base);
}
