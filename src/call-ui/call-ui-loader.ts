import type { ReactiveController } from 'lit';
import type { ConversationController } from '../controllers/conversation-controller.js';
import type { Translate } from '../strings/localize.js';
import type { CallUiHost } from './call-ui-controller.js';

/**
 * Fetches the call UI's chunk once the element has a call whose media it renders (Daily's call object, which
 * arrives with daily-js), and hands it the element. It comes with the later views, so the first script carries
 * none of this.
 */
export class CallUiLoader implements ReactiveController {
  readonly #host: CallUiHost;
  readonly #conversation: ConversationController;
  readonly #translate: () => Translate;

  constructor(host: CallUiHost, conversation: ConversationController, translate: () => Translate) {
    this.#host = host;
    this.#conversation = conversation;
    this.#translate = translate;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.#conversation.live?.media) return;
    void import('./call-ui.js').then((ui) => ui.attach(this.#host, this.#conversation, this.#translate));
  }
}
