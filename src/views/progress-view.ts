import { html, type TemplateResult } from 'lit';

/**
 * Something is under way (a human check, a start, the call connecting, an
 * end): a spinner beside the sentence. The sentence is announced by the
 * status region, so here it is only shown.
 */
export function progressView(sentence: string): TemplateResult {
  return html`<div part="progress" class="progress">
    <span class="spinner" aria-hidden="true"></span>
    <p aria-hidden="true">${sentence}</p>
  </div>`;
}
