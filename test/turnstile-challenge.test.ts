import { expect } from '@open-wc/testing';
import { TavusError } from '../src/errors.js';
import { captchaErrorCode, TurnstileChallenge } from '../src/turnstile.js';
import { DUMMY_TOKEN, installFakeTurnstile } from './support/fake-turnstile.js';

const fake = installFakeTurnstile();

function challenge(action?: string) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  root.append(container);
  document.body.append(host);
  const c = new TurnstileChallenge({ siteKey: 'site-key', action, language: 'de', container: () => container });
  return { c, container, root };
}

async function rejection(promise: Promise<unknown>): Promise<TavusError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).to.be.instanceOf(TavusError);
  return error as TavusError;
}

describe('TurnstileChallenge', () => {
  beforeEach(() => {
    fake.mode = 'manual';
  });

  it('renders explicitly into the element it is given, with the options Cloudflare needs in a shadow root', async () => {
    const { c, container } = challenge('start');
    const token = c.token();
    await new Promise((resolve) => setTimeout(resolve));
    const { params } = fake.last;
    expect(fake.last.container).to.equal(container);
    expect(params).to.include({ sitekey: 'site-key', action: 'start', theme: 'auto', language: 'de', 'response-field': false });
    fake.pass();
    expect(await token).to.equal(DUMMY_TOKEN);
    const { id } = fake.last;
    c.remove();
    expect(fake.removed).to.include(id);
    expect(container.childElementCount).to.equal(0);
  });

  it('hands each token out once and gets a new one after reset', async () => {
    fake.mode = 'pass';
    const { c } = challenge();
    expect(await c.token()).to.equal(DUMMY_TOKEN);
    const id = fake.last.id;
    c.reset();
    expect(fake.resets).to.include(id);
    fake.token = 'second';
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await c.token()).to.equal('second');
    fake.token = DUMMY_TOKEN;
    c.remove();
  });

  it('refreshes an expired token', async () => {
    const { c } = challenge();
    const first = c.token();
    await new Promise((resolve) => setTimeout(resolve));
    fake.pass('old');
    expect(await first).to.equal('old');
    fake.pass('unused');
    fake.expire();
    expect(fake.resets).to.include(fake.last.id);
    const next = c.token();
    fake.pass('fresh');
    expect(await next).to.equal('fresh');
    c.remove();
  });

  const families: [string, string][] = [
    ['110200', 'captcha-domain-not-allowed'],
    ['110100', 'captcha-invalid-key'],
    ['110110', 'captcha-invalid-key'],
    ['110500', 'captcha-unsupported-browser'],
    ['110510', 'captcha-unsupported-browser'],
    ['200500', 'captcha-unavailable'],
    ['300010', 'captcha-failed'],
  ];
  for (const [code, mapped] of families) {
    it(`maps error ${code} to ${mapped}`, async () => {
      expect(captchaErrorCode(code)).to.equal(mapped);
      const { c } = challenge();
      const token = c.token();
      await new Promise((resolve) => setTimeout(resolve));
      fake.fail(code);
      const error = await rejection(token);
      expect(error.code).to.equal(mapped);
      c.remove();
    });
  }

  it('retries a timed-out challenge once, then gives up with captcha-failed', async () => {
    expect(captchaErrorCode('110600')).to.equal('retry');
    expect(captchaErrorCode('110620')).to.equal('retry');
    const { c } = challenge();
    const token = c.token();
    await new Promise((resolve) => setTimeout(resolve));
    const resetsBefore = fake.resets.length;
    fake.fail('110600');
    expect(fake.resets.length).to.equal(resetsBefore + 1);
    fake.fail('110620');
    expect((await rejection(token)).code).to.equal('captcha-failed');
    c.remove();
  });

  it('recovers after a timeout retry that passes', async () => {
    const { c } = challenge();
    const token = c.token();
    await new Promise((resolve) => setTimeout(resolve));
    fake.fail('110600');
    fake.pass('after-retry');
    expect(await token).to.equal('after-retry');
    c.remove();
  });

  it('refuses a pending token when removed', async () => {
    const { c } = challenge();
    const token = c.token();
    await new Promise((resolve) => setTimeout(resolve));
    c.remove();
    expect((await rejection(token)).code).to.equal('captcha-failed');
  });
});
