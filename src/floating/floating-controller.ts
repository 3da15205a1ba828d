import { render, type ReactiveController, type ReactiveElement } from 'lit';
import type { ConversationController } from '../controllers/conversation-controller.js';
import type { TavusOpenChangeDetail } from '../events.js';
import type { SessionState, StateName } from '../session/session-state.js';
import { enFloating } from '../strings/en-floating.js';
import type { Translate } from '../strings/localize.js';
import { launcherView, panelBarView } from './floating-views.js';

/** What the controller reads and sets on its element. */
export interface FloatingHost extends ReactiveElement {
  layout: string | undefined;
  open: boolean;
  position: string;
  poster: string;
}

const ONGOING: readonly StateName[] = ['starting', 'joining', 'connected'];

/** A conversation exists or is being created: closing the panel would have to end it. */
const ongoing = (state: SessionState) => ONGOING.includes(state.name);

/** What makes the views a panel: a named, non-modal dialog in the top layer (where `popover` is supported). */
const PANEL_ATTRIBUTES = [
  ['part', 'panel'],
  ['role', 'dialog'],
  ['aria-labelledby', 'panel-title'],
  ['popover', 'manual'],
] as const;

/** A container of ours in the shadow root, which the element's own template never touches. */
function container(className: string): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  return element;
}

/**
 * The floating layout: a launcher in a corner, and the element's own views
 * (`.root`) made a panel above the page. The views are never moved or
 * re-rendered for it: the call inside them survives closing, minimising and
 * reopening. The launcher goes before the views and the panel's bar first
 * inside them, each rendered into a container of its own after every update
 * of the element. Owns `tavus:open-change`, the end prompt, Escape, and where
 * focus goes when the panel opens or closes.
 */
export class FloatingController implements ReactiveController {
  readonly #host: FloatingHost;
  readonly #conversation: ConversationController;
  readonly #translate: () => Translate;
  readonly #launcher = container('launcher-slot');
  readonly #bar = container('bar-slot');
  /** The visitor asked to close during a conversation: the end prompt shows. */
  #prompting = false;
  /** `open` as last rendered; undefined before the first update, whose `open` is the page's and no news. */
  #shown: boolean | undefined;
  /** Where focus goes after the next update. */
  #focusNext: (() => unknown) | undefined;

  constructor(host: FloatingHost, conversation: ConversationController, translate: () => Translate) {
    this.#host = host;
    this.#conversation = conversation;
    this.#translate = translate;
    // Capturing, the end prompt hears Escape before the views do (they would cancel a start with it).
    host.addEventListener('keydown', this.#onEscapeInPrompt, true);
    host.addEventListener('keydown', this.#onEscape);
    host.addController(this);
  }

  hostConnected(): void {
    // Leaving the document took the launcher and panel out of the top layer; an update puts them back.
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    // A conversation that ended meanwhile (the replica left, the page ended it) has nothing left to ask about.
    if (this.#prompting && !ongoing(this.#conversation.state)) this.#prompting = false;
  }

  hostUpdated(): void {
    const host = this.#host;
    const floating = host.layout === 'floating';
    const panel = host.renderRoot.querySelector<HTMLElement>('.root')!;
    for (const [name, value] of PANEL_ATTRIBUTES) {
      if (!floating) panel.removeAttribute(name);
      // Set only when missing: writing `popover` again is a change the browser reacts to.
      else if (!panel.hasAttribute(name)) panel.setAttribute(name, value);
    }
    if (!floating) {
      this.#launcher.remove();
      this.#bar.remove();
      return;
    }
    if (!this.#launcher.isConnected) host.renderRoot.prepend(this.#launcher);
    if (!this.#bar.isConnected) panel.prepend(this.#bar);
    this.#render();
    // Panel first: the launcher, shown after it, stays above it in the top layer. Only in the document: a removed
    // element still updates (its conversation ending), and only a connected popover can be shown.
    for (const element of host.isConnected ? [panel, this.#part('launcher')] : []) {
      if (element?.showPopover && !element.matches(':popover-open')) element.showPopover();
    }
    const { open } = host;
    if (this.#shown !== undefined && open !== this.#shown) {
      // As events.ts's emit() fires the others; importing that would cost the first script an export.
      const detail: TavusOpenChangeDetail = { open };
      host.dispatchEvent(new CustomEvent('tavus:open-change', { detail, bubbles: true, composed: true }));
      this.#focusNext = open ? () => focusView(panel) ?? this.#part('close-button')?.focus() : this.#returnFocus;
    }
    this.#shown = open;
    this.#focusNext?.();
    this.#focusNext = undefined;
  }

  #render(): void {
    const host = this.#host;
    const translate = this.#translate();
    // The element's sentence where its table has one (a translation, the page's own), else this chunk's English.
    const t = (key: keyof typeof enFloating) => (translate.has(key) ? translate(key) : enFloating[key]);
    const live = ongoing(this.#conversation.state);
    const picture = host.poster || this.#conversation.info?.thumbnail.image;
    const chosen = host.getAttribute('launcher-label') || this.#conversation.info?.launcherLabel;
    const label = chosen || t('launcher.label');
    render(
      launcherView({
        label: live ? t('launcher.live') : label,
        picture,
        // A round button says nothing until hovered: a pill when there is a face or words the page chose, or a call.
        pill: live || Boolean(picture || chosen),
        live,
        hidden: host.open,
        onOpen: () => this.#setOpen(true),
      }),
      this.#launcher,
    );
    render(
      panelBarView({
        title: label,
        close: { label: t('close'), onClick: () => this.#close() },
        minimize: live ? { label: t('minimize'), onClick: () => this.#setOpen(false) } : undefined,
        prompt: this.#prompting
          ? {
              title: t('close.title'),
              end: t('close.end'),
              keep: t('close.keep'),
              onEnd: () => {
                this.#prompting = false;
                this.#setOpen(false);
                void this.#conversation.end();
              },
              onKeep: () => this.#prompt(false, 'close-button'),
            }
          : undefined,
      }),
      this.#bar,
    );
  }

  /**
   * Closed, focus goes back to the launcher if it was in the element (the host matches `:focus`, as in
   * FocusController) or lost with a pressed button; it is never taken from the page.
   */
  readonly #returnFocus = (): void => {
    const outside = document.activeElement;
    if (this.#host.matches(':focus') || !outside || outside === document.body) this.#part('launcher')?.focus();
  };

  #part(name: string): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(`[part="${name}"]`);
  }

  #setOpen(open: boolean): void {
    this.#host.open = open;
  }

  /** The visitor closes the panel: during a conversation, only once they said to end it. */
  #close(): void {
    if (ongoing(this.#conversation.state)) this.#prompt(true, 'keep-button');
    else this.#setOpen(false);
  }

  /** Shows or dismisses the end prompt, then focuses `part`: Keep talking, or the close button that asked. */
  #prompt(show: boolean, part: string): void {
    this.#prompting = show;
    this.#focusNext = () => this.#part(part)?.focus();
    this.#host.requestUpdate();
  }

  readonly #onEscapeInPrompt = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#prompting) return;
    event.stopPropagation();
    this.#prompt(false, 'close-button');
  };

  readonly #onEscape = (event: KeyboardEvent): void => {
    const host = this.#host;
    if (event.key !== 'Escape' || host.layout !== 'floating' || !host.open) return;
    event.stopPropagation();
    this.#close();
  };
}

/**
 * The panel's most useful control, picked as the element's FocusController picks it after a state change (its own
 * copy: importing it would cost the first script an export).
 */
function focusView(panel: HTMLElement): HTMLElement | undefined {
  const target = [...panel.querySelectorAll<HTMLElement>('[data-focus]')].filter((e) => !e.closest('[hidden]')).at(-1);
  target?.focus();
  return target;
}
