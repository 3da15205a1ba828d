import { html, nothing, type TemplateResult } from 'lit';
import { videoIcon } from './icons.js';

export interface StartButtonModel {
  label: string;
  onStart(): void;
  /** Hover, focus or press: the visitor is about to start. */
  onIntent(): void;
}

/** The replica's picture, or its looping clip (muted, decorative). */
export type Poster = { image: string; video?: undefined } | { video: string; image?: string | undefined };

export interface StartModel extends StartButtonModel {
  title?: string | undefined;
  description?: string | undefined;
  /** The line saying the camera and microphone will be used. */
  media: string;
  poster?: Poster | undefined;
}

export function startButton({ label, onStart, onIntent }: StartButtonModel): TemplateResult {
  return html`<button
    part="start-button"
    type="button"
    data-focus
    @click=${onStart}
    @pointerenter=${onIntent}
    @pointerdown=${onIntent}
    @focus=${onIntent}
  >
    ${videoIcon}${label}
  </button>`;
}

function posterView(poster: Poster): TemplateResult {
  return poster.video
    ? html`<video part="poster" src=${poster.video} poster=${poster.image ?? nothing} muted autoplay loop playsinline aria-hidden="true"></video>`
    : html`<img part="poster" src=${poster.image} alt="" />`;
}

/** The start surface: the replica's poster when there is one, the title and text, Start, and what Start will use. */
export function startView(model: StartModel): TemplateResult {
  const body = html`
    ${model.title ? html`<h2 part="title">${model.title}</h2>` : nothing}
    ${model.description ? html`<p part="description">${model.description}</p>` : nothing}
    ${startButton(model)}
    <p part="media-note" class="media small">${model.media}</p>
  `;
  return model.poster
    ? html`${posterView(model.poster)}
        <div class="caption">${body}</div>`
    : html`<div class="badge" aria-hidden="true">${videoIcon}</div>
        ${body}`;
}
