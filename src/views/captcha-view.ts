import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../strings/localize.js';
import { cancelButton } from './cancel-button.js';

export interface CaptchaModel {
  t: Translate;
  /** A challenge is running; otherwise the container stays in place, hidden, for the widget to live in. */
  active: boolean;
  onCancel(): void;
}

/** Where the Turnstile widget renders, and the way out of it. */
export function captchaView({ t, active, onCancel }: CaptchaModel): TemplateResult {
  return html`
    <div part="captcha" ?hidden=${!active}></div>
    ${active ? cancelButton(t('cancel'), onCancel) : nothing}
  `;
}
