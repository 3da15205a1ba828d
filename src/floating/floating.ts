import { defineAttributeProperty } from '../attribute-property.js';
import type { ConversationController } from '../controllers/conversation-controller.js';
import type { Translate } from '../strings/localize.js';
import { floatingStyles } from '../styles/floating.js';
import { FloatingController, type FloatingHost } from './floating-controller.js';

/**
 * The floating layout's chunk: the first script fetches it for an element
 * with `layout="floating"`, and calls `float` after each of its updates.
 */

const floated = new WeakSet<HTMLElement>();

/** Makes `host` float, once: its `position` property, styles and controller. */
export function float(host: FloatingHost, conversation: ConversationController, translate: () => Translate): void {
  if (floated.has(host)) return;
  floated.add(host);
  definePosition(host);
  // As LaterViewsController adopts the later views' styles.
  const root = host.renderRoot as ShadowRoot;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, floatingStyles.styleSheet!];
  new FloatingController(host, conversation, translate);
  // The launcher's label is an attribute the first script does not observe.
  new MutationObserver(() => host.requestUpdate()).observe(host, { attributeFilter: ['launcher-label'] });
}

/** `position`, which the first script only declares: the attribute, `bottom-right` when absent. */
function definePosition(host: FloatingHost): void {
  defineAttributeProperty<string | null | undefined>(
    host,
    'position',
    (attribute) => attribute ?? 'bottom-right',
    (value) => value ?? null,
  );
}
