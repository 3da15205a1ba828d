import { html, svg, type TemplateResult } from 'lit';
import { alertIcon, icon } from './icons.js';

const closeIcon = icon(svg`<path d="M6 6l12 12M18 6 6 18"/>`);

export interface NoticeModel {
  text: string;
  /** The dismiss button's label. */
  dismiss: string;
  onDismiss(): void;
}

/** A non-fatal problem over the call (a blocked camera or microphone): a slim banner at the top, dismissible. */
export function noticeView({ text, dismiss, onDismiss }: NoticeModel): TemplateResult {
  return html`<div part="notice" class="notice" role="alert">
    ${alertIcon}<span>${text}</span>
    <button class="icon" type="button" aria-label=${dismiss} @click=${onDismiss}>${closeIcon}</button>
  </div>`;
}
