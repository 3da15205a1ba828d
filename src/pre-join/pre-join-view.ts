import { html, nothing, svg, type TemplateResult } from 'lit';
import { cancelButton } from '../views/cancel-button.js';
import { alertIcon, icon } from '../views/icons.js';

const DEVICE_PATHS = {
  audio: svg`<rect x="9" y="2" width="6" height="12" rx="3"/><path d="M5 11a7 7 0 0 0 14 0M12 18v4"/>`,
  video: svg`<rect x="2" y="6" width="14" height="12" rx="2"/><path d="m16 10 6-4v12l-6-4"/>`,
};
/** Struck through while the device is off, so its state shows without colour. */
const deviceIcon = (kind: Toggle['kind'], on: boolean) =>
  icon(svg`${DEVICE_PATHS[kind]}${on ? nothing : svg`<path d="M3 3l18 18"/>`}`);

/** The kinds of device a visitor picks, as `enumerateDevices` names them. */
export type DeviceKind = 'videoinput' | 'audioinput' | 'audiooutput';

export interface Picker {
  kind: DeviceKind;
  label: string;
  options: { id: string; label: string }[];
  selected: string | undefined;
}

export interface Toggle {
  kind: 'audio' | 'video';
  label: string;
  on: boolean;
}

/** A problem with the camera or the microphone, and the ways on. */
export interface RecoveryModel {
  title: string;
  message: string;
  /** Where to allow access, for this browser or system. */
  steps: string | undefined;
  retry: string | undefined;
  withoutCamera: string | undefined;
}

export interface PreJoinModel {
  title: string;
  /** The video to preview; absent while the camera is off or not yet granted. */
  stream: MediaStream | undefined;
  previewLabel: string;
  /** What the preview box says when there is no picture: why access is asked, or that the camera is off. */
  note: string;
  meterLabel: string;
  toggles: Toggle[];
  pickers: Picker[];
  join: string;
  cancel: string;
  recovery: RecoveryModel | undefined;
  onToggle(kind: Toggle['kind']): void;
  onPick(kind: DeviceKind, id: string): void;
  onJoin(): void;
  onRetry(): void;
  onWithoutCamera(): void;
  onCancel(): void;
}

/**
 * The check before anything is created: the visitor's own picture (mirrored, as in a mirror), their microphone's
 * level, their devices and what starts on; or, when the browser said no, what to do about it.
 */
export function preJoinView(model: PreJoinModel): TemplateResult {
  return html`
    <div part="pre-join" class="pre-join" @keydown=${(event: KeyboardEvent) => onEscape(event, model.onCancel)}>
      <h2 id="pre-join-title">${model.title}</h2>
      ${model.recovery ? recoveryView(model, model.recovery) : previewView(model)}
    </div>
  `;
}

/** Escape walks away from the check, as from the other prompts; the page's own dialogs don't hear it. */
function onEscape(event: KeyboardEvent, cancel: () => void): void {
  if (event.key !== 'Escape') return;
  event.stopPropagation();
  cancel();
}

function previewView(model: PreJoinModel): TemplateResult {
  return html`
    <div class="stage">
      <div class="preview">
        ${model.stream
          ? html`<video part="preview" playsinline autoplay muted aria-label=${model.previewLabel} .srcObject=${model.stream}></video>`
          : html`<p class="preview-note">${model.note}</p>`}
      </div>
      <div part="mic-level" class="mic-level" role="meter" aria-label=${model.meterLabel} aria-valuemin="0" aria-valuemax="100" aria-valuenow="0">
        <span></span>
      </div>
    </div>
    <div class="controls">
      <div class="toggles">
        ${model.toggles.map(
          ({ kind, label, on }) => html`<button
            part=${kind === 'audio' ? 'mic-toggle' : 'camera-toggle'}
            class="secondary toggle"
            type="button"
            aria-pressed=${on ? 'true' : 'false'}
            @click=${() => model.onToggle(kind)}
          >
            ${deviceIcon(kind, on)}${label}
          </button>`,
        )}
      </div>
      ${model.pickers.map(
        ({ kind, label, options, selected }) => html`<label class="picker">
          <span>${label}</span>
          <select
            part="device-picker"
            data-kind=${kind}
            @change=${(event: Event) => model.onPick(kind, (event.target as HTMLSelectElement).value)}
          >
            ${options.map(({ id, label }) => html`<option value=${id} ?selected=${id === selected}>${label}</option>`)}
          </select>
        </label>`,
      )}
      <div class="actions">
        <button part="join-button" type="button" data-focus @click=${model.onJoin}>${model.join}</button>
        ${cancelButton(model.cancel, model.onCancel)}
      </div>
    </div>
  `;
}

function recoveryView(model: PreJoinModel, { title, message, steps, retry, withoutCamera }: RecoveryModel): TemplateResult {
  return html`
    <div part="recovery" class="recovery" role="alert">
      <h3 part="recovery-title">${alertIcon}${title}</h3>
      <p part="recovery-message">${message}</p>
      ${steps ? html`<p part="recovery-steps">${steps}</p>` : nothing}
    </div>
    <div class="actions">
      ${retry ? html`<button part="retry-button" type="button" data-focus @click=${model.onRetry}>${retry}</button>` : nothing}
      ${withoutCamera
        ? html`<button part="without-camera-button" class="secondary" type="button" ?data-focus=${!retry} @click=${model.onWithoutCamera}>
            ${withoutCamera}
          </button>`
        : nothing}
      ${cancelButton(model.cancel, model.onCancel, !retry && !withoutCamera)}
    </div>
  `;
}
