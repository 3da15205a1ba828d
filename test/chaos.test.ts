import { expect } from '@open-wc/testing';
import { mount, type Mounted } from './support/element.js';
import { ledger, MOCK_API_URL, until } from './support/mock-api.js';

const CONVERSATIONS = 50;
const FAULTS = { latencyMs: 150, dropRate: 0.1, errorRate: 0.15, malformedRate: 0.1, endFailRate: 0.3 };

/** A small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const setFaults = (faults: object) =>
  fetch(`${MOCK_API_URL}/__faults`, { method: 'POST', body: JSON.stringify(faults) });

async function disrupt(m: Mounted, roll: () => number): Promise<void> {
  await sleep(roll() * 400);
  const action = roll();
  if (action < 0.3) m.el.remove();
  else if (action < 0.5) await m.el.endConversation();
  else if (action < 0.7) m.factory.last?.emit('left-meeting', {});
  else if (action < 0.8) window.dispatchEvent(new PageTransitionEvent('pagehide'));
  else if (m.el.state === 'error') await m.el.startConversation();
}

describe('chaos', () => {
  after(() => setFaults({}));

  it(`ends every conversation of ${CONVERSATIONS} runs through faults, removals and pagehides exactly once`, async function () {
    this.timeout(120_000);
    const seed = 20261121;
    const roll = random(seed);
    await setFaults(FAULTS);
    const ids: string[] = [];
    for (let batch = 0; batch < CONVERSATIONS / 5; batch += 1) {
      const elements = await Promise.all(
        Array.from({ length: 5 }, () => mount('chaos', {}, { joinAfterMs: Math.floor(roll() * 150) })),
      );
      ids.push(...elements.map((m) => m.id));
      await Promise.all(
        elements.map(async (m) => {
          void m.el.startConversation();
          await disrupt(m, roll);
        }),
      );
      await sleep(200);
      for (const m of elements) m.el.remove();
    }

    const reports = await until(
      async () => {
        const all = await Promise.all(ids.map((id) => ledger(id)));
        return all.every((r) => r.summary.orphaned === 0) ? all : undefined;
      },
      `every conversation to be ended (seed ${seed})`,
      60_000,
    ).catch(async (error: Error) => {
      const all = await Promise.all(ids.map((id) => ledger(id)));
      const orphans = all.filter((r) => r.summary.orphaned > 0);
      throw new Error(`${error.message}: ${JSON.stringify(orphans.map((r) => r.requests.map((q) => `${q.method} ${q.path.split('/').pop()}`)))}`);
    });
    const totals = reports.reduce(
      (sum, r) => ({
        created: sum.created + r.summary.created,
        doubleEnded: sum.doubleEnded + r.summary.doubleEnded,
        requests: sum.requests + r.requests.length,
      }),
      { created: 0, doubleEnded: 0, requests: 0 },
    );
    console.log(`chaos: ${CONVERSATIONS} runs, ${totals.created} conversations created and ended, ${totals.requests} requests, faults ${JSON.stringify(FAULTS)}`);
    // Not vacuous: conversations were created (how many depends on the machine's speed within the 200 ms windows).
    expect(totals.created).to.be.greaterThan(0);
    expect(totals.doubleEnded).to.equal(0);
  });
});
