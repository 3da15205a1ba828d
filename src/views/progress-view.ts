import { html, type TemplateResult } from 'lit';

/** Something is under way (a start, an end); the status line says what. */
export function progressView(): TemplateResult {
  return html`<div class="spinner" aria-hidden="true"></div>`;
}
