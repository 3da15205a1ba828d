import { html, nothing, type TemplateResult } from 'lit';

export interface CallModel {
  /** The call exists (joining or connected). */
  live: boolean;
  /** A non-fatal problem to show over the call. */
  notice?: string | undefined;
}

/** The container the call mounts in: always rendered, so the call survives every re-render. */
export function callView({ live, notice }: CallModel): TemplateResult {
  return html`
    <div part="call" ?hidden=${!live}></div>
    ${live && notice ? html`<p class="notice" role="alert">${notice}</p>` : nothing}
  `;
}
