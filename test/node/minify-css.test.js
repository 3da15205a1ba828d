// @ts-check
/** The CDN build's stylesheet minifier: every expression-free css`` literal, in whichever module it sits. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssLiterals } from '../../scripts/minify-css.js';

test('collapses every css`` literal without expressions and leaves the code around them alone', () => {
  const code = [
    'export const a = css`',
    '  /* why */',
    '  :host {',
    '    display: block;',
    '  }',
    '`;',
    'const html = `  keep   this  `;',
    'export const b = css`p > a ,  b { color: red; }`;',
  ].join('\n');
  assert.equal(
    minifyCssLiterals(code)?.toString(),
    ['export const a = css`:host{display:block}`;', 'const html = `  keep   this  `;', 'export const b = css`p>a,b{color:red}`;'].join('\n'),
  );
});

test('leaves a literal with an expression as written', () => {
  const code = 'css`a { color: ${accent}; }`; css`b {  }`;';
  assert.equal(minifyCssLiterals(code)?.toString(), 'css`a { color: ${accent}; }`; css`b{}`;');
});

test('reads past escaped backticks, and reports no change when there is none', () => {
  assert.equal(minifyCssLiterals('css`q::after { content: "\\`"; }`')?.toString(), 'css`q::after{content:"\\`"}`');
  assert.equal(minifyCssLiterals('css`a{color:red}`; other`  x  `'), null);
});
