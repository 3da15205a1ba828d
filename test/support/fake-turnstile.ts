/** A stand-in for Cloudflare's `window.turnstile`, typed by @types/cloudflare-turnstile, driven by tests. */

interface Widget {
  container: HTMLElement;
  params: Turnstile.RenderParameters;
}

export const DUMMY_TOKEN = 'XXXX.DUMMY.TOKEN.XXXX';

export class FakeTurnstile implements Turnstile.Turnstile {
  readonly widgets = new Map<string, Widget>();
  readonly resets: string[] = [];
  readonly removed: string[] = [];
  /** `pass` answers every render and reset with `token`; `manual` waits for the test. */
  mode: 'pass' | 'manual' = 'pass';
  token = DUMMY_TOKEN;
  #next = 0;

  ready(callback: () => void): void {
    callback();
  }

  render(container: string | HTMLElement, params?: Turnstile.RenderParameters): string {
    if (typeof container === 'string' || !params) throw new Error('render needs an element and params');
    const id = `widget-${(this.#next += 1)}`;
    this.widgets.set(id, { container, params });
    const box = document.createElement('div');
    box.textContent = 'Turnstile (fake)';
    container.append(box);
    this.#answer(id);
    return id;
  }

  execute(): void {}

  reset(container?: string | HTMLElement): void {
    const id = String(container);
    this.resets.push(id);
    this.#answer(id);
  }

  remove(container?: string | HTMLElement): void {
    const id = String(container);
    this.removed.push(id);
    this.widgets.get(id)?.container.replaceChildren();
    this.widgets.delete(id);
  }

  getResponse(): string | undefined {
    return undefined;
  }

  isExpired(): boolean {
    return false;
  }

  /** The widget rendered last. */
  get last(): Widget & { id: string } {
    const [id, widget] = [...this.widgets.entries()].at(-1)!;
    return { id, ...widget };
  }

  pass(token = this.token): void {
    this.last.params.callback?.(token);
  }

  fail(code: string): void {
    this.last.params['error-callback']?.(code);
  }

  expire(): void {
    this.last.params['expired-callback']?.(this.token);
  }

  #answer(id: string): void {
    if (this.mode !== 'pass') return;
    setTimeout(() => this.widgets.get(id)?.params.callback?.(this.token));
  }
}

/** Installs the fake as the page's Turnstile; the element's loader then never injects a script. */
export function installFakeTurnstile(): FakeTurnstile {
  const fake = new FakeTurnstile();
  (window as Window & { turnstile?: Turnstile.Turnstile }).turnstile = fake;
  return fake;
}
