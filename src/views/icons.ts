import { svg, type SVGTemplateResult } from 'lit';

/**
 * Line icons on a 24-unit grid, drawn with the text colour; decorative, so
 * hidden from assistive technology. The start and error views' icons live
 * here; the later views draw theirs beside them, so they travel in that chunk.
 */
export const icon = (paths: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths}</svg>`;

export const videoIcon = icon(svg`<rect x="2" y="6" width="14" height="12" rx="2"/><path d="m16 10 6-4v12l-6-4"/>`);
export const infoIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="M12 16v-5M12 8h0"/>`);
export const alertIcon = icon(svg`<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0zM12 9v4M12 17h0"/>`);
