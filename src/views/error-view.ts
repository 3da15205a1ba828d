import { html, nothing, type TemplateResult } from 'lit';
import type { ErrorKind } from '../errors.js';
import { alertIcon, infoIcon } from './icons.js';

export interface ErrorModel {
  kind: ErrorKind;
  title: string;
  message: string;
  /** Announce it at once: the error follows something the visitor did. */
  alert: boolean;
  /** The next step, when there is one ("Try again", "Check again"). */
  action?: { label: string; onClick(): void; part: 'retry-button' | 'recheck-button' } | undefined;
  /** Retry-After still running: the action waits, showing what is left. */
  wait?: string | undefined;
}

/** An error with its hierarchy: icon, title, sentence, the next step. Unavailable is calm, failures are not. */
export function errorView({ kind, title, message, alert, action, wait }: ErrorModel): TemplateResult {
  return html`
    <div class="badge ${kind}" aria-hidden="true">${kind === 'failed' ? alertIcon : infoIcon}</div>
    <div part="error" role=${alert ? 'alert' : nothing}>
      <h2 part="error-title" tabindex="-1" data-focus>${title}</h2>
      <p part="error-message">${message}</p>
    </div>
    ${action
      ? html`<div class="actions">
          <button
            part=${action.part}
            type="button"
            data-focus
            aria-disabled=${wait ? 'true' : nothing}
            @click=${() => wait || action.onClick()}
          >
            <span>${action.label}${wait ? html`<span aria-hidden="true"> (${wait})</span>` : nothing}</span>
          </button>
        </div>`
      : nothing}
  `;
}
