// @ts-check
/**
 * The README's Angular and Svelte components, compiled by the frameworks' own compilers (devDependencies, offline):
 * each binds `deploymentId` as a property and listens to `tavus:error`. test/consumer/ holds them; the consumer
 * type-check also checks the Angular one against the packed types.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const ANGULAR = readFileSync('test/consumer/angular.ts', 'utf8');
const SVELTE = readFileSync('test/consumer/conversation.svelte', 'utf8');

/** Angular's JIT compiler compiles a component's template the first time its definition is read. */
async function angularTemplate(/** @type {string} */ template) {
  await import('@angular/compiler');
  const { Component, CUSTOM_ELEMENTS_SCHEMA } = await import('@angular/core');
  const component = Component({ selector: 'app-conversation', schemas: [CUSTOM_ELEMENTS_SCHEMA], template })(
    class {
      deploymentId = 'd1';
      onError() {}
    },
  );
  return String(/** @type {{ ɵcmp: { template: Function } }} */ (/** @type {unknown} */ (component)).ɵcmp.template);
}

test('Angular: the standalone component binds deploymentId as a DOM property and holds the element for its listener', async () => {
  const template = /template: `([^`]+)`/.exec(ANGULAR)?.[1];
  assert.ok(template, 'test/consumer/angular.ts has an inline template');
  const compiled = await angularTemplate(template);
  assert.match(compiled, /domProperty\w*\('deploymentId',\s*ctx\.deploymentId\)/);
  assert.match(ANGULAR, /nativeElement\.addEventListener\('tavus:error'/);
});

test('Angular: a (tavus:error) binding does not compile, which is why the README listens in code', async () => {
  await assert.rejects(
    angularTemplate('<tavus-deployment (tavus:error)="onError($event)"></tavus-deployment>'),
    /Unexpected global target 'tavus' defined for 'error' event/,
  );
});

test('Svelte 5: the component sets deploymentId as a property and listens to tavus:error, with no warning', async () => {
  const { compile } = await import('svelte/compiler');
  const { js, warnings } = compile(SVELTE, { generate: 'client', filename: 'conversation.svelte' });
  assert.deepEqual(warnings.map((w) => w.code), []);
  // Sets the property when the upgraded element has it (it does: the script imports the definition first).
  assert.match(js.code, /set_custom_element_data\(tavus_deployment, 'deploymentId', \$\$props\.deploymentId\)/);
  assert.match(js.code, /\$\.event\('tavus:error', tavus_deployment,/);
  // Without the svelte-ignore comment, Svelte 5 still compiles the listener but warns.
  const bare = compile(SVELTE.replace(/<!-- svelte-ignore [^>]*-->\n/, ''), { generate: 'client', filename: 'conversation.svelte' });
  assert.deepEqual(bare.warnings.map((w) => w.code), ['attribute_illegal_colon']);
});
