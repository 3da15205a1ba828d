import type { StartRequest } from '../deployment-api.js';
import type { TavusBeforeStartDetail } from '../events.js';

/**
 * The start request's body from what `tavus:before-start` listeners left in
 * its detail, with only the fields that are set. `pal_id` is a preview-only
 * override, sent only when the `pal-id` attribute has one.
 */
export function startRequest(
  { conversationalContext, customGreeting, memoryStores }: TavusBeforeStartDetail,
  palId: string,
): StartRequest {
  const request: StartRequest = {};
  if (conversationalContext) request.conversational_context = String(conversationalContext);
  if (customGreeting) request.custom_greeting = String(customGreeting);
  // A listener may have put anything here; only a list of names is sent.
  const stores = Array.isArray(memoryStores) ? memoryStores.map(String).filter(Boolean) : [];
  if (stores.length > 0) request.memory_stores = stores;
  if (palId) request.pal_id = palId;
  return request;
}
