import { expect } from '@open-wc/testing';
import { VERSION } from '../src/version.js';

describe('registration', () => {
  it('keeps the first registration, and warns once when another version was there first', async () => {
    class Older extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('tavus-deployment', Older);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { defineTavusDeployment } = await import('../src/registration.js');
      await import('../src/define.js');
      defineTavusDeployment();
      expect(customElements.get('tavus-deployment')).to.equal(Older);
      expect(warnings).to.have.length(2);
      expect(String(warnings[0]![0])).to.contain(`${VERSION} was loaded, but 0.0.1 is already registered`);
    } finally {
      console.warn = warn;
    }
  });

  it('registers nothing from the class module', async () => {
    const module = await import('../src/tavus-deployment.js');
    expect(customElements.get('tavus-deployment')).to.not.equal(module.TavusDeployment);
  });
});
