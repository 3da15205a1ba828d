import { html, svg, type TemplateResult } from 'lit';
import { icon } from './icons.js';
import { startButton, type StartButtonModel } from './start-view.js';

export interface EndedModel extends StartButtonModel {
  title: string;
  text: string;
}

const checkIcon = icon(svg`<circle cx="12" cy="12" r="10"/><path d="m8 12 3 3 5-6"/>`);

/** After a conversation: a calm word, and the way to start another. */
export function endedView(model: EndedModel): TemplateResult {
  return html`
    <div class="badge" aria-hidden="true">${checkIcon}</div>
    <h2 part="ended-title" tabindex="-1">${model.title}</h2>
    <p part="ended-text">${model.text}</p>
    <div class="actions">${startButton(model)}</div>
  `;
}
