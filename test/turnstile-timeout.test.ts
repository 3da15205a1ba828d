import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TavusError } from '../src/errors.js';
import { loadTurnstile, TURNSTILE_SCRIPT_URL } from '../src/turnstile.js';

// A file of its own: a script that never answers leaves its request hanging in this page.
const scripts = () => document.querySelectorAll(`script[src="${TURNSTILE_SCRIPT_URL}"]`);

describe('loading Turnstile from a silent network', () => {
  it('gives up on a script that never answers, with captcha-unavailable, and removes it', async () => {
    await executeServerCommand('route-turnstile', { mode: 'hang' });
    const error = await loadTurnstile('', 200).catch((e: unknown) => e);
    expect((error as TavusError).code).to.equal('captcha-unavailable');
    expect(scripts()).to.have.length(0);
  });


  it('tries again afresh after giving up', async () => {
    const error = await loadTurnstile('', 100).catch((e: unknown) => e);
    expect((error as TavusError).code).to.equal('captcha-unavailable');
    expect(scripts()).to.have.length(0);
  });
});
