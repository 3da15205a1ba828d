import { html, type TemplateResult } from 'lit';

/** The container the call mounts in: always rendered, so the call survives every re-render. */
export function callView(live: boolean, label: string): TemplateResult {
  return html`<div part="call" role="group" aria-label=${label} tabindex="-1" data-focus ?hidden=${!live}></div>`;
}
