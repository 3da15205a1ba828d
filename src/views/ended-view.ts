import type { TemplateResult } from 'lit';
import { startButton, type StartButtonModel } from './start-view.js';

/** After a conversation: the way to start another. */
export function endedView(model: StartButtonModel): TemplateResult {
  return startButton(model);
}
