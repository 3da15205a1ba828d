/** Only what moves is stopped for a screenshot: animations, transitions, and a caret or focus ring that depends on test order. */
const still = new CSSStyleSheet();
still.replaceSync('*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }');

/** Holds an element still for a screenshot: no motion in its shadow root, no focus anywhere, two frames painted. */
export async function holdStill(el: HTMLElement): Promise<void> {
  const root = el.shadowRoot!;
  if (!root.adoptedStyleSheets.includes(still)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, still];
  (root.activeElement as HTMLElement | null)?.blur();
  (document.activeElement as HTMLElement | null)?.blur();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
