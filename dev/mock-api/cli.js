// @ts-check
/**
 * `npm run mock`: the mock Tavus API on its own, for a page or an app served
 * some other way (set the element's `base-url` to the URL it prints). Ctrl-C
 * or SIGTERM closes it.
 */
import { startDevMockApi } from './server.js';

const mock = await startDevMockApi().catch((/** @type {Error} */ error) => {
  console.error(error.message);
  process.exit(1);
});
console.log(`Mock Tavus API: ${mock.url}  (ledger: ${mock.url}/__ledger)`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void mock.close());
