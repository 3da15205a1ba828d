import { html, type TemplateResult } from 'lit';

export function cancelButton(label: string, onCancel: () => void): TemplateResult {
  return html`<button class="secondary" type="button" @click=${onCancel}>${label}</button>`;
}
