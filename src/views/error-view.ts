import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../strings/localize.js';

export interface ErrorModel {
  t: Translate;
  message: string;
  /** What the server said, shown as plain text under the sentence. */
  detail?: string | undefined;
  /** Whether "Try again" can help. */
  retryable: boolean;
  /** Seconds before trying again is allowed (Retry-After). */
  retryIn: number;
  onRetry(): void;
}

export function errorView({ t, message, detail, retryable, retryIn, onRetry }: ErrorModel): TemplateResult {
  return html`
    <div part="error" role="alert">
      <p part="error-message">${message}</p>
      ${detail ? html`<p class="detail">${detail}</p>` : nothing}
      ${retryable
        ? html`<button part="retry-button" type="button" ?disabled=${retryIn > 0} @click=${onRetry}>
            ${retryIn > 0 ? t('retry.in', { seconds: retryIn }) : t('retry.now')}
          </button>`
        : nothing}
    </div>
  `;
}
