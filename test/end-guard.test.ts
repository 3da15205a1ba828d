import { expect } from '@open-wc/testing';
import { ConversationApi } from '../src/conversation-api.js';
import { EndGuard } from '../src/end-guard.js';
import { deploymentId, ledger, MOCK_API_URL, requestsTo, until } from './support/mock-api.js';

/** An event target standing in for window, so a test can fire pagehide without leaving the page. */
class FakeWindow extends EventTarget {}

async function created(scenario: string) {
  const id = deploymentId(scenario);
  const beacons: string[] = [];
  const api = new ConversationApi({
    deploymentId: id,
    baseUrl: MOCK_API_URL,
    sendBeacon: (url) => {
      beacons.push(url);
      return true;
    },
  });
  const { conversationId } = await api.start({});
  return { id, api, conversationId, beacons };
}

describe('EndGuard', () => {
  it('sends one end however many times, and from however many places, it is asked', async () => {
    const guard = new EndGuard({ window: new FakeWindow() });
    const { id, api, conversationId } = await created('open');
    await Promise.all([guard.end(api, conversationId), guard.end(api, conversationId), guard.end(api, conversationId)]);
    const twin = new ConversationApi({ deploymentId: id, baseUrl: MOCK_API_URL });
    await guard.end(twin, conversationId);
    const report = await ledger(id);
    expect(requestsTo(report, 'end')).to.have.length(1);
    expect(report.summary).to.include({ created: 1, ended: 1, doubleEnded: 0 });
  });

  it('retries a failed end with backoff until it lands', async () => {
    const guard = new EndGuard({ retryDelaysMs: [20, 40, 80], window: new FakeWindow() });
    const { id, api, conversationId, beacons } = await created('end-flaky-2');
    await guard.end(api, conversationId);
    const report = await until(async () => {
      const r = await ledger(id);
      return r.summary.ended === 1 ? r : undefined;
    }, 'the end to land after retries');
    expect(requestsTo(report, 'end')).to.have.length(3);
    expect(report.summary.doubleEnded).to.equal(0);
    expect(beacons).to.deep.equal([]);
  });

  it('falls back to a beacon when every retry failed', async () => {
    const guard = new EndGuard({ retryDelaysMs: [10], window: new FakeWindow() });
    const { api, conversationId, beacons } = await created('end-flaky-5');
    await guard.end(api, conversationId);
    await until(() => beacons.length === 1, 'a beacon');
    expect(beacons).to.deep.equal([api.endUrl(conversationId)]);
  });

  it('beacons pending retries when the page goes away, and stops listening after', async () => {
    const fakeWindow = new FakeWindow();
    const listening: string[] = [];
    const add = fakeWindow.addEventListener.bind(fakeWindow);
    const remove = fakeWindow.removeEventListener.bind(fakeWindow);
    fakeWindow.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null) => {
      listening.push(type);
      add(type, listener);
    };
    fakeWindow.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null) => {
      listening.splice(listening.indexOf(type), 1);
      remove(type, listener);
    };
    const guard = new EndGuard({ retryDelaysMs: [60_000], window: fakeWindow });
    const { api, conversationId, beacons } = await created('end-flaky-5');
    await guard.end(api, conversationId);
    expect(listening).to.deep.equal(['pagehide']);
    fakeWindow.dispatchEvent(new Event('pagehide'));
    expect(beacons).to.deep.equal([api.endUrl(conversationId)]);
    expect(listening).to.deep.equal([]);
  });
});
