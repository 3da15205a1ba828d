// @ts-check
/** The CDN build's stylesheet minifier: every expression-free css`` literal, in whichever module it sits. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseTemplateIndentation, minifyCssLiterals } from '../../scripts/minify-css.js';

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

test('drops the space inside parentheses and the zero before a decimal point, nowhere else', () => {
  const code = 'css`a { margin: 0.5rem 10.25rem 0 0; color: var( --x, rgb(0 0 0 / 0.12) ); width: calc(100% - 0.5em); }`';
  assert.equal(
    minifyCssLiterals(code)?.toString(),
    'css`a{margin:.5rem 10.25rem 0 0;color:var(--x,rgb(0 0 0 / .12));width:calc(100% - .5em)}`',
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

test('drops the indentation after line breaks in our chunks (only template literals keep them), not in daily-js', () => {
  const plugin = collapseTemplateIndentation((file) => !file.startsWith('daily-esm-'));
  const renderChunk = /** @type {(code: string, chunk: { fileName: string }) => { code: string } | null} */ (
    /** @type {unknown} */ (plugin.renderChunk)
  );
  const code = 'let a=x`\n      <div class="a">\n        ${b}\n      </div>\n    `;';
  assert.equal(renderChunk(code, { fileName: 'tavus-deployment.js' })?.code, 'let a=x`\n<div class="a">\n${b}\n</div>\n`;');
  assert.equal(renderChunk(code, { fileName: 'daily-esm-abc.js' }), null);
});
