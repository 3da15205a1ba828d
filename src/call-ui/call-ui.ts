import { defineAttributeProperty } from '../attribute-property.js';
import type { ConversationController } from '../controllers/conversation-controller.js';
import type { Translate } from '../strings/localize.js';
import { callUiStyles } from '../styles/call-ui.js';
import { CallUiController, type CallUiHost } from './call-ui-controller.js';

/**
 * The element's own call UI: a chunk of its own, fetched once a call whose media the element renders exists (with
 * daily-js, or a call of the page's own), never in the first script. `CallUiLoader` calls `attach` after updates.
 */

const attached = new WeakSet<HTMLElement>();

/** Gives `host` the call UI, once: its `captions` property, styles and controller. */
export function attach(host: CallUiHost, conversation: ConversationController, translate: () => Translate): void {
  if (attached.has(host)) return;
  attached.add(host);
  defineAttributeProperty<boolean>(host, 'captions', (attribute) => attribute !== null, (shown) => (shown ? '' : null));
  // As LaterViewsController adopts the later views' styles.
  const root = host.renderRoot as ShadowRoot;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, callUiStyles.styleSheet!];
  new CallUiController(host, conversation, translate);
  // It missed the update that fetched it.
  host.requestUpdate();
}
