/**
 * Turns the element's transitions off for a suite (its private `--_ease` token, set from the page, which beats
 * `:host`): what is read after a change is the colour painted for it, not one on its way. Unlike emulating
 * `prefers-reduced-motion`, this works in every engine.
 */
export function withoutTransitions(): void {
  const style = document.createElement('style');
  style.textContent = 'tavus-deployment { --_ease: 0s linear; }';
  before(() => document.head.append(style));
  after(() => style.remove());
}
