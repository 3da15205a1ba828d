import { TavusDeployment } from './tavus-deployment.js';
import { VERSION } from './version.js';

declare global {
  interface HTMLElementTagNameMap {
    'tavus-deployment': TavusDeployment;
  }
}

/**
 * Registers `<tavus-deployment>` unless it is already registered. A page may
 * load the element twice (two bundles, a CMS that repeats the tag): the first
 * one wins, quietly unless the versions differ. Without a registry (server-side
 * rendering) it does nothing.
 */
export function defineTavusDeployment(): void {
  if (typeof customElements === 'undefined') return;
  const registered = customElements.get('tavus-deployment') as { version?: string } | undefined;
  if (!registered) {
    customElements.define('tavus-deployment', TavusDeployment);
  } else if (registered !== TavusDeployment && registered.version !== VERSION) {
    console.warn(
      `<tavus-deployment> ${VERSION} was loaded, but ${registered.version ?? 'another version'} is already registered; the page keeps that one.`,
    );
  }
}
