import { html, nothing, svg, type TemplateResult } from 'lit';
import { icon } from '../views/icons.js';

// The notice's close icon travels in the later chunk, which a floating element may not have fetched yet.
const closeIcon = icon(svg`<path d="M6 6l12 12M18 6 6 18"/>`);
const minimizeIcon = icon(svg`<path d="M5 12h14"/>`);
// A speech bubble with the video's lens: talking, on camera.
const launcherIcon = icon(
  svg`<path d="M21 12a9 9 0 0 1-13.2 8L3 21l1.1-4.6A9 9 0 1 1 21 12z"/><rect x="7" y="9.5" width="6.5" height="5" rx="1"/><path d="m13.5 11.5 3-1.5v4l-3-1.5"/>`,
);

export interface LauncherModel {
  /** Shown in a pill; the round launcher's accessible name. */
  label: string;
  /** The replica's picture, in the pill. */
  picture?: string | undefined;
  /** A pill with the label; else a round button with an icon. */
  pill: boolean;
  /** A conversation goes on behind the closed panel. */
  live: boolean;
  /** The panel is open: it takes the launcher's place. */
  hidden: boolean;
  onOpen(): void;
}

/** The one thing a closed floating element shows: a round button, or a pill with the replica and a label. */
export function launcherView(model: LauncherModel): TemplateResult {
  const { label, picture, pill } = model;
  return html`<button
    part="launcher"
    class="launcher ${pill ? 'pill' : ''}"
    type="button"
    popover="manual"
    aria-haspopup="dialog"
    aria-label=${pill ? nothing : label}
    ?hidden=${model.hidden}
    @click=${model.onOpen}
  >
    ${picture ? html`<img src=${picture} alt="" />` : launcherIcon}
    ${model.live ? html`<span class="live-dot" aria-hidden="true"></span>` : nothing}
    ${pill ? html`<span class="launcher-label">${label}</span>` : nothing}
  </button>`;
}

export interface PanelBarModel {
  /** The panel's name, shown in its bar. */
  title: string;
  close: { label: string; onClick(): void };
  /** Offered while a conversation goes on: back to the launcher, the call continuing. */
  minimize?: { label: string; onClick(): void } | undefined;
  /** Closing would end the conversation: ask first. */
  prompt?: EndPromptModel | undefined;
}

export interface EndPromptModel {
  title: string;
  end: string;
  keep: string;
  onEnd(): void;
  onKeep(): void;
}

/** The open panel's bar (its name, minimise and close) at the top of the views, and the end prompt over them. */
export function panelBarView({ title, close, minimize, prompt }: PanelBarModel): TemplateResult {
  return html`<div part="panel-header" class="bar">
      <span class="bar-title" id="panel-title">${title}</span>
      ${minimize
        ? html`<button part="minimize-button" type="button" aria-label=${minimize.label} @click=${minimize.onClick}>
            ${minimizeIcon}
          </button>`
        : nothing}
      <button part="close-button" type="button" aria-label=${close.label} @click=${close.onClick}>${closeIcon}</button>
    </div>
    ${prompt ? endPromptView(prompt) : nothing}`;
}

function endPromptView({ title, end, keep, onEnd, onKeep }: EndPromptModel): TemplateResult {
  return html`<div class="scrim">
    <div part="end-prompt" class="prompt" role="alertdialog" aria-labelledby="end-prompt-title">
      <h2 id="end-prompt-title">${title}</h2>
      <div class="actions">
        <button part="end-button" type="button" @click=${onEnd}>${end}</button>
        <button part="keep-button" class="secondary" type="button" @click=${onKeep}>${keep}</button>
      </div>
    </div>
  </div>`;
}
