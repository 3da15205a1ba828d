import { TavusDeployment } from './tavus-deployment.js';

declare global {
  interface HTMLElementTagNameMap {
    'tavus-deployment': TavusDeployment;
  }
}

// A page may load the script twice (two bundles, a CMS that repeats the tag): the first one wins.
if (typeof customElements !== 'undefined' && !customElements.get('tavus-deployment')) {
  customElements.define('tavus-deployment', TavusDeployment);
}

export { TavusDeployment };
