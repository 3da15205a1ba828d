/** Helpers for tests that talk to the mock Tavus API the test runner starts on its own port. */

declare global {
  interface Window {
    MOCK_API_URL: string;
  }
}

export interface LedgerReport {
  conversations: { conversationId: string; deploymentId: string; endCalls: number; endedAt: number | null }[];
  requests: { method: string; path: string; headers: Record<string, string>; body: Record<string, unknown> }[];
  summary: { created: number; ended: number; orphaned: number; doubleEnded: number };
}

export const MOCK_API_URL = window.MOCK_API_URL;

let counter = 0;

/** A deployment ID unique to this test, for one of the mock's scenarios. */
export function deploymentId(scenario: string): string {
  counter += 1;
  return `${scenario}--${counter}-${Math.random().toString(36).slice(2, 10)}`;
}

export async function ledger(id: string): Promise<LedgerReport> {
  const response = await fetch(`${MOCK_API_URL}/__ledger?deployment=${encodeURIComponent(id)}`);
  return (await response.json()) as LedgerReport;
}

/** Polls until `check` returns something other than undefined, null or false, or fails after `timeoutMs`. */
export async function until<T>(
  check: () => T | Promise<T>,
  what: string,
  timeoutMs = 5_000,
): Promise<Exclude<T, false | undefined | null>> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value as Exclude<T, false | undefined | null>;
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until every conversation of the deployment got its end call, and returns the ledger. */
export function settledLedger(id: string, created = 1): Promise<LedgerReport> {
  return until(async () => {
    const report = await ledger(id);
    return report.summary.created === created && report.summary.orphaned === 0 ? report : undefined;
  }, `${created} conversation(s) of ${id} to be created and ended`);
}

/**
 * What the page sent to one endpoint, CORS preflights left out: Firefox and WebKit send real ones, while Playwright's
 * routing answers Chromium's itself, so counting by path alone would differ by engine.
 */
export function requestsTo(report: LedgerReport, endpoint: 'init' | 'start' | 'end'): LedgerReport['requests'] {
  return report.requests.filter((r) => r.method !== 'OPTIONS' && r.path.endsWith(`/${endpoint}`));
}
