import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Translate } from '../strings/localize.js';
import { cancelButton } from './cancel-button.js';
import { alertIcon, icon } from './icons.js';

const lockIcon = icon(svg`<rect x="4" y="11" width="16" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>`);

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
    <div class="badge" aria-hidden="true">${lockIcon}</div>
    <form part="password-form" aria-labelledby="password-title" aria-describedby="password-prompt" @submit=${submit} novalidate>
      <h2 id="password-title">${t('password.title')}</h2>
      <p id="password-prompt">${t('password.prompt')}</p>
      <label for="password">${t('password.label')}</label>
      <input
        id="password"
        part="password-input"
        type="password"
        name="password"
        autocomplete="current-password"
        required
        data-focus
        aria-invalid=${incorrect ? 'true' : 'false'}
        aria-describedby=${incorrect ? 'password-error' : nothing}
      />
      ${incorrect
        ? html`<p id="password-error" part="password-error" role="alert">${alertIcon}${t('password.incorrect')}</p>`
        : nothing}
      <div class="actions">
        <button part="password-submit" type="submit">${t('password.submit')}</button>
        ${cancelButton(t('cancel'), onCancel)}
      </div>
    </form>
  `;
}
