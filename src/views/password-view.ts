import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../strings/localize.js';
import { cancelButton } from './cancel-button.js';

export interface PasswordModel {
  t: Translate;
  /** The last password was refused. */
  incorrect: boolean;
  onSubmit(password: string): void;
  onCancel(): void;
}

/** The password prompt. The password is handed on and cleared from the field at once. */
export function passwordView({ t, incorrect, onSubmit, onCancel }: PasswordModel): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('password') as HTMLInputElement;
    const password = input.value;
    // The password must not outlive this attempt anywhere in the DOM.
    input.value = '';
    if (password) onSubmit(password);
    else input.focus();
  };
  return html`
    <form part="password-form" aria-labelledby="password-title" @submit=${submit} novalidate>
      <p id="password-title">${t('password.prompt')}</p>
      <label for="password">${t('password.label')}</label>
      <input
        id="password"
        part="password-input"
        type="password"
        name="password"
        autocomplete="current-password"
        required
        aria-invalid=${incorrect ? 'true' : 'false'}
        aria-describedby=${incorrect ? 'password-error' : nothing}
      />
      ${incorrect ? html`<p id="password-error" part="password-error" role="alert">${t('password.incorrect')}</p>` : nothing}
      <div class="actions">
        <button part="password-submit" type="submit">${t('password.submit')}</button>
        ${cancelButton(t('cancel'), onCancel)}
      </div>
    </form>
  `;
}
