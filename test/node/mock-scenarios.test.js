// @ts-check
/**
 * The mock's scenarios are one list (dev/mock-api/scenarios.js): the server branches on its names only (the
 * type-check refuses any other), and the demo's picker offers each entry by its example ID.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { SCENARIOS, scenarioOf } from '../../dev/mock-api/scenarios.js';

test('the example ID the picker uses for each scenario picks that scenario', () => {
  const picked = Object.values(SCENARIOS).map(({ example }) => scenarioOf(example).scenario);
  assert.deepEqual(picked, Object.keys(SCENARIOS));
});

test('an ID naming no scenario is an open deployment, and a trailing number is the argument', () => {
  assert.deepEqual(scenarioOf('d1234567890'), { scenario: 'open', name: 'd1234567890', arg: undefined });
  assert.deepEqual(scenarioOf('ratelimited-date-20--t7'), { scenario: 'ratelimited-date', name: 'ratelimited-date', arg: 20 });
  assert.deepEqual(scenarioOf('unavailable-busy--t8'), { scenario: 'unavailable', name: 'unavailable-busy', arg: undefined });
});

test("the README's mock table documents every scenario", async () => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('| Deployment ID |'), readme.indexOf('GET /__ledger'));
  const undocumented = Object.entries(SCENARIOS).filter(
    // A row names the scenario as `name--…`, or `name-ARG--…` where the scenario takes an argument.
    ([name, { example }]) => !table.includes(`\`${name}--`) && !new RegExp(`\`${name}-[A-Z]+--`).test(table) && !table.includes(example),
  );
  assert.deepEqual(undocumented, []);
});
