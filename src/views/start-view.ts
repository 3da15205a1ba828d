import { html, nothing, type TemplateResult } from 'lit';

export interface StartButtonModel {
  label: string;
  onStart(): void;
  /** Hover, focus or press: the visitor is about to start. */
  onIntent(): void;
}

export interface StartModel extends StartButtonModel {
  title?: string | undefined;
  description?: string | undefined;
}

export function startButton({ label, onStart, onIntent }: StartButtonModel): TemplateResult {
  return html`<button
    part="start-button"
    type="button"
    @click=${onStart}
    @pointerenter=${onIntent}
    @pointerdown=${onIntent}
    @focus=${onIntent}
  >
    ${label}
  </button>`;
}

/** The start surface: the deployment's (or the page's) title and text, and Start. */
export function startView(model: StartModel): TemplateResult {
  return html`
    ${model.title ? html`<p part="title">${model.title}</p>` : nothing}
    ${model.description ? html`<p part="description">${model.description}</p>` : nothing}
    ${startButton(model)}
  `;
}
