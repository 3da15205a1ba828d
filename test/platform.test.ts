import { expect } from '@open-wc/testing';
import { detectPlatform } from '../src/pre-join/platform.js';

const UA = {
  chromeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  edgeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  chromeIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.0.0 Mobile/15E148 Safari/604.1',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
};

describe('detectPlatform', () => {
  it('tells the browsers and systems apart from the user-agent string', () => {
    expect(detectPlatform(UA.chromeWindows, null, 0)).to.deep.equal({ browser: 'chromium', system: 'windows' });
    expect(detectPlatform(UA.edgeMac, null, 0)).to.deep.equal({ browser: 'chromium', system: 'mac' });
    expect(detectPlatform(UA.firefoxLinux, null, 0)).to.deep.equal({ browser: 'firefox', system: 'other' });
    expect(detectPlatform(UA.safariMac, null, 0)).to.deep.equal({ browser: 'safari', system: 'mac' });
    // Every iOS browser has Safari's settings; every Android one, Chrome's.
    expect(detectPlatform(UA.chromeIos, null, 0)).to.deep.equal({ browser: 'ios', system: 'ios' });
    expect(detectPlatform(UA.chromeAndroid, null, 0)).to.deep.equal({ browser: 'android', system: 'android' });
    expect(detectPlatform('Mozilla/5.0 (X11; Linux x86_64) Something/1.0', null, 0)).to.deep.equal({
      browser: 'other',
      system: 'other',
    });
  });

  it('knows an iPad behind the Mac it claims to be by its touch screen', () => {
    expect(detectPlatform(UA.safariMac, null, 5)).to.deep.equal({ browser: 'ios', system: 'ios' });
    expect(detectPlatform(UA.safariMac, null, 0)).to.deep.equal({ browser: 'safari', system: 'mac' });
  });

  it('prefers navigator.userAgentData where the browser has it', () => {
    const edge = { platform: 'Windows', brands: [{ brand: 'Microsoft Edge' }, { brand: 'Chromium' }] };
    // A frozen or spoofed string says otherwise: the structured data wins.
    expect(detectPlatform(UA.firefoxLinux, edge, 0)).to.deep.equal({ browser: 'chromium', system: 'windows' });
    const android = { platform: 'Android', brands: [{ brand: 'Google Chrome' }] };
    expect(detectPlatform(UA.chromeWindows, android, 5)).to.deep.equal({ browser: 'android', system: 'android' });
  });
});
