import { html, type TemplateResult } from 'lit';

/** The way out of a prompt or a start in progress; `data-focus` when nothing else on the view is worth focusing. */
export function cancelButton(label: string, onCancel: () => void, focus = false): TemplateResult {
  return html`<button part="cancel-button" class="secondary" type="button" ?data-focus=${focus} @click=${onCancel}>
    ${label}
  </button>`;
}
