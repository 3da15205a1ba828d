import { expect } from '@open-wc/testing';
import { configProblem, parseMemoryStores } from '../src/config.js';
import { isUsableConversationUrl } from '../src/conversation-url.js';

const config = (deploymentId: string, baseUrl = 'https://tavusapi.com') => configProblem({ deploymentId, baseUrl });

describe('config', () => {
  it('accepts a deployment ID and an http(s) base URL', () => {
    expect(config('d1234567890')).to.equal(undefined);
    expect(config('d1', 'http://127.0.0.1:4010')).to.equal(undefined);
  });

  it('refuses what cannot be a deployment ID, and a base URL that is not http(s)', () => {
    for (const id of ['', '   ']) expect(config(id), JSON.stringify(id)).to.equal('missing-id');
    for (const id of ['d1 d2', 'd1\n', 'x'.repeat(10_000)]) {
      expect(config(id), JSON.stringify(id.slice(0, 20))).to.equal('bad-id');
    }
    for (const base of ['ftp://tavusapi.com', 'javascript:alert(1)', 'tavusapi.com', '']) {
      expect(config('d1', base), base).to.equal('bad-base-url');
    }
  });

  it('splits memory stores: trimmed, empties dropped', () => {
    expect(parseMemoryStores(' a, ,b ,,')).to.deep.equal(['a', 'b']);
    expect(parseMemoryStores(',,,')).to.deep.equal([]);
    expect(parseMemoryStores(null)).to.deep.equal([]);
  });

  it('hands Daily only an absolute https URL, or http when the API itself is on loopback', () => {
    const tavus = 'https://tavusapi.com';
    expect(isUsableConversationUrl('https://tavus.daily.co/c1', tavus)).to.equal(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'http://tavus.daily.co/c1', '/c1', 'c1', 'https//x', '']) {
      expect(isUsableConversationUrl(url, tavus), url).to.equal(false);
    }
    expect(isUsableConversationUrl('http://127.0.0.1:9/c1', 'http://127.0.0.1:4010')).to.equal(true);
    expect(isUsableConversationUrl('http://localhost/c1', 'http://localhost:4010')).to.equal(true);
    expect(isUsableConversationUrl('http://evil.example/c1', 'http://192.168.1.2:4010')).to.equal(false);
  });
});
