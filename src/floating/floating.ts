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

/**
 * `position`, which the first script can't spare the bytes to declare: defined here on the element itself, as its
 * attribute (so reflected by construction; the CSS reads the attribute). A value the page set before this chunk
 * arrived is taken over.
 */
function definePosition(host: FloatingHost): void {
  const early = Object.getOwnPropertyDescriptor(host, 'position');
  Object.defineProperty(host, 'position', {
    configurable: true,
    enumerable: true,
    get: () => host.getAttribute('position') ?? 'bottom-right',
    set: (value: string | null | undefined) => {
      if (value == null) host.removeAttribute('position');
      else host.setAttribute('position', value);
    },
  });
  if (early && 'value' in early) host.position = early.value as string;
}
