import 'tavus-deployment/define';
import { Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, afterNextRender, viewChild } from '@angular/core';
import type { TavusDeployment, TavusErrorCode } from 'tavus-deployment';

// As the README shows it. Angular's template parser reads `(tavus:error)` as the event `error` on a global target
// `tavus` and refuses it, so the component listens in code; test/node/frameworks.test.js compiles this template.
@Component({
  selector: 'app-conversation',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<tavus-deployment #conversation [deploymentId]="deploymentId"></tavus-deployment>`,
})
export class ConversationComponent {
  deploymentId = 'd1234567890';
  lastError: TavusErrorCode | undefined;
  readonly conversation = viewChild.required<ElementRef<TavusDeployment>>('conversation');

  constructor() {
    afterNextRender(() => {
      this.conversation().nativeElement.addEventListener('tavus:error', (event) => {
        this.lastError = event.detail.code;
      });
    });
  }
}
