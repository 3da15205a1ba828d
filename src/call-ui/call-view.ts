import { html, nothing, svg, type TemplateResult } from 'lit';
import type { enCall } from '../strings/en-call.js';
import { icon, videoIcon } from '../views/icons.js';

const micIcon = icon(svg`<rect x="9" y="2" width="6" height="12" rx="3"/><path d="M5 11a7 7 0 0 0 14 0M12 18v4"/>`);
const micOffIcon = icon(
  svg`<path d="M15 9.3V5a3 3 0 0 0-5.7-1.3M9 9v2a3 3 0 0 0 5 2.2M5 11a7 7 0 0 0 11.6 5.3M19 11a7 7 0 0 1-.4 2.3M12 18v4M2 2l20 20"/>`,
);
const cameraOffIcon = icon(
  svg`<path d="M10.7 6H14a2 2 0 0 1 2 2v3.3l1 1 5-3.3v10M16 16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h2M2 2l20 20"/>`,
);
const settingsIcon = icon(svg`<path d="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0"/><circle cx="16" cy="6" r="2"/><circle cx="10" cy="12" r="2"/><circle cx="18" cy="18" r="2"/>`);
const captionsIcon = icon(svg`<rect x="2" y="5" width="20" height="14" rx="2"/><path d="M7 13h4M14 13h3M7 16h10"/>`);
const leaveIcon = icon(
  svg`<path d="M3.7 14.6a14 14 0 0 1 16.6 0 1.5 1.5 0 0 1 .5 1.9l-.9 1.8a1.5 1.5 0 0 1-1.9.7l-2.6-1a1.5 1.5 0 0 1-.9-1.3v-1.6a11 11 0 0 0-5 0v1.6a1.5 1.5 0 0 1-.9 1.3l-2.6 1a1.5 1.5 0 0 1-1.9-.7l-.9-1.8a1.5 1.5 0 0 1 .5-1.9z"/>`,
);
const soundIcon = icon(svg`<path d="M11 5 6 9H2v6h4l5 4zM15.5 8.5a5 5 0 0 1 0 7M19 5a10 10 0 0 1 0 14"/>`);
const networkIcon = icon(svg`<path d="M2 20h.01M7 20v-4M12 20v-8M17 20V8M22 4v16"/>`);

/** A device the visitor can pick, as the menu lists it. */
export interface DeviceOption {
  id: string;
  label: string;
  selected: boolean;
}

export interface DevicePicker {
  label: string;
  options: DeviceOption[];
  onPick(id: string): void;
}

/** The call UI's sentences, by their key in `en-call.ts` without its `call.` prefix. */
export type CallLabel = keyof typeof enCall extends `call.${infer K}` ? K : never;

/** Everything the call UI shows, decided by its controller. */
export interface CallViewModel {
  label: (key: CallLabel) => string;
  /** The media elements' streams are the controller's to set: Lit would set them again on every render. */
  replica: { playing: boolean; onPlaying(): void };
  /** `video`: the visitor's camera sends a picture to show. */
  self: { video: boolean; speaking: boolean };
  microphone: boolean;
  camera: boolean;
  captions: { shown: boolean; lines: { who: string; text: string }[] };
  networkBad: boolean;
  soundBlocked: boolean;
  /** The device menu: open or not, and its pickers (the speaker only where the browser can choose one). */
  devices: { open: boolean; pickers: DevicePicker[] };
  on: {
    microphone(): void;
    camera(): void;
    devices(): void;
    captions(): void;
    leave(): void;
    sound(): void;
    menuKeydown(event: KeyboardEvent): void;
  };
}

/** A round button that toggles something on and off, `aria-pressed` while on. */
function toggle(part: string, label: string, on: boolean, glyph: TemplateResult, onClick: () => void): TemplateResult {
  return html`<button part=${part} class="round" type="button" aria-label=${label} aria-pressed=${on} @click=${onClick}>
    ${glyph}
  </button>`;
}

function deviceMenu({ devices, label, on }: CallViewModel): TemplateResult {
  return html`<div part="device-menu" id="device-menu" class="device-menu" role="group" aria-label=${label('devices')} ?hidden=${!devices.open} @keydown=${on.menuKeydown}>
    ${devices.pickers.map(
      (picker, index) => html`<label for="device-${index}">${picker.label}</label>
        <select id="device-${index}" @change=${(event: Event) => picker.onPick((event.target as HTMLSelectElement).value)}>
          ${picker.options.map((option) => html`<option value=${option.id} ?selected=${option.selected}>${option.label}</option>`)}
        </select>`,
    )}
  </div>`;
}

/** The call: the replica filling the element, the visitor's self-view, captions, banners and the control bar. */
export function callView(model: CallViewModel): TemplateResult {
  const { label, replica, self, captions, on } = model;
  return html`
    <video part="replica-video" class="replica" autoplay muted playsinline @playing=${replica.onPlaying}></video>
    <audio></audio>
    ${replica.playing
      ? nothing
      : html`<div part="connecting" class="connecting">
          <span class="spinner" aria-hidden="true"></span><p>${label('connecting')}</p>
        </div>`}
    <div class="banners">
      ${model.networkBad ? html`<p part="network-banner" class="banner" role="status">${networkIcon}<span>${label('network')}</span></p>` : nothing}
      ${model.soundBlocked
        ? html`<button part="sound-button" type="button" @click=${on.sound}>${soundIcon}${label('sound')}</button>`
        : nothing}
    </div>
    <div part="self-view" class="self ${self.speaking ? 'speaking' : ''}" role="img" aria-label=${label('self')}>
      ${model.camera && self.video
        ? html`<video autoplay muted playsinline></video>`
        : html`<span class="camera-off">${cameraOffIcon}</span>`}
    </div>
    <div class="dock">
    <div part="captions" class="captions" aria-live="polite" ?hidden=${!captions.shown}>
      ${captions.lines.map((line) => html`<p><span class="who">${line.who}</span> ${line.text}</p>`)}
    </div>
    <div part="controls" class="controls" role="group" aria-label=${label('controls')}>
      ${toggle('mic-button', label('microphone'), model.microphone, model.microphone ? micIcon : micOffIcon, on.microphone)}
      ${toggle('camera-button', label('camera'), model.camera, model.camera ? videoIcon : cameraOffIcon, on.camera)}
      <span class="menu-anchor">
        <button part="devices-button" class="round" type="button" aria-label=${label('devices')} aria-expanded=${model.devices.open} aria-controls="device-menu" @click=${on.devices}>
          ${settingsIcon}
        </button>
        ${deviceMenu(model)}
      </span>
      ${toggle('captions-button', label('captions'), captions.shown, captionsIcon, on.captions)}
      <button part="leave-button" class="round leave" type="button" aria-label=${label('leave')} @click=${on.leave}>${leaveIcon}</button>
    </div>
    </div>
  `;
}
