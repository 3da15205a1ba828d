import { html, type TemplateResult } from 'lit';
import type { SessionState } from '../session/session-state.js';
import { showsStatus } from '../session/session-state.js';
import type { Translate } from '../strings/localize.js';

export interface StatusModel {
  t: Translate;
  state: SessionState;
}

/** The live region that announces progress; visible only where no other view says it. */
export function statusView({ t, state }: StatusModel): TemplateResult {
  const { name } = state;
  const text = name === 'idle' || name === 'error' || name === 'unavailable' ? '' : t(`status.${name}`);
  return html`<p part="status" role="status" class=${showsStatus(state) ? '' : 'visually-hidden'}>${text}</p>`;
}
