import { html, type TemplateResult } from 'lit';

/** Where the Turnstile widget renders: always in place, hidden between checks, so the widget survives re-renders. */
export function captchaView(active: boolean): TemplateResult {
  return html`<div part="captcha" ?hidden=${!active}></div>`;
}
