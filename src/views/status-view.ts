import { html, type TemplateResult } from 'lit';

/** The one polite live region: progress and countdowns are announced here, once per change. Views show the text. */
export function statusView(text: string): TemplateResult {
  return html`<p part="status" role="status" class="visually-hidden">${text}</p>`;
}
