import type { ReactiveElement } from 'lit';
import { lazy } from '../lazy.js';

export type LaterViews = typeof import('../views/later.js');

const loadLaterViews = lazy<LaterViews>(() => import('../views/later.js'));

/** Brings the after-Start views (and their styles and sentences) into one element once the visitor shows intent. */
export class LaterViewsController {
  /** The views, once fetched. */
  views: LaterViews | undefined;
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  load(): Promise<LaterViews> {
    return loadLaterViews().then((views) => {
      this.#adopt(views);
      return views;
    });
  }

  #adopt(views: LaterViews): void {
    const root = this.#host.renderRoot;
    const sheet = views.laterStyles.styleSheet;
    if (!(root instanceof ShadowRoot) || !sheet) return;
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (!this.views) {
      this.views = views;
      this.#host.requestUpdate();
    }
  }
}
