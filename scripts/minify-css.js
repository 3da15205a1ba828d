// @ts-check
/**
 * Lit stylesheets are css`` literals, so no CSS minifier sees them. This Vite
 * plugin collapses the whitespace and comments of each one that has no `${}`
 * expression: next to an expression, collapsing could join what the author
 * kept apart.
 */
import MagicString from 'magic-string';

// Escapes are skipped whole, so an escaped backtick does not end the literal.
const CSS_LITERAL = /\bcss`((?:[^`\\]|\\[\s\S])*)`/g;
const TAG_LENGTH = 'css`'.length;

/** @param {string} sheet */
export function minifySheet(sheet) {
  return sheet
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    // 0.5 is .5: only a lone leading zero, never the 0 of 10.5 or of 0.5's neighbours.
    .replace(/(?<![\w.])0\.(\d)/g, '.$1')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * @param {string} code
 * @returns {MagicString | null}  null when no literal changed
 */
export function minifyCssLiterals(code) {
  const edited = new MagicString(code);
  for (const { 1: sheet = '', index } of code.matchAll(CSS_LITERAL)) {
    if (sheet.includes('${')) continue;
    const compact = minifySheet(sheet);
    if (compact !== sheet) edited.update(index + TAG_LENGTH, index + TAG_LENGTH + sheet.length, compact);
  }
  return edited.hasChanged() ? edited : null;
}

/**
 * @param {string} dir  absolute, with forward slashes: only modules under it are minified
 * @returns {import('vite').Plugin}
 */
export function minifyCss(dir) {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!id.startsWith(dir) || !code.includes('css`')) return null;
      const edited = minifyCssLiterals(code);
      // A map of the edits, so code after a collapsed stylesheet keeps its lines.
      return edited && { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}

/**
 * Minified output keeps its line breaks only inside template literals, where ours are Lit templates: the
 * indentation after each break is text no one sees (HTML collapses whitespace, and no template of ours holds a
 * `<pre>` or `<textarea>`). Dropped from our own chunks, after minification; daily-js's chunk is left as published.
 * @param {(fileName: string) => boolean} ours
 * @returns {import('vite').Plugin}
 */
export function collapseTemplateIndentation(ours) {
  return {
    name: 'collapse-template-indentation',
    renderChunk(code, chunk) {
      if (!ours(chunk.fileName) || !/\n[ \t]+/.test(code)) return null;
      const edited = new MagicString(code);
      for (const match of code.matchAll(/\n[ \t]+/g)) edited.update(match.index + 1, match.index + match[0].length, '');
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
