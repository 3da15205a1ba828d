// @ts-check
/**
 * Runs inside the page test/support/csp-page.js serves under a Content-Security-Policy, before the snippet: hears
 * every violation, proves the policy is in force, runs one conversation through the element, and posts what it saw
 * to the test that framed the page.
 */
(() => {
  /** @type {string[]} */
  const violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective} ${event.blockedURI || 'inline'}`);
  });

  /**
   * @template T
   * @param {() => T} check
   * @param {string} what
   * @returns {Promise<NonNullable<T>>}
   */
  const until = async (check, what) => {
    const deadline = performance.now() + 15_000;
    for (;;) {
      const value = check();
      if (value) return /** @type {NonNullable<T>} */ (value);
      if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  async function run() {
    // Control: an inline script is refused and reported, so the policy is in force and violations are heard.
    const inline = document.createElement('script');
    inline.textContent = 'window.inlineRan = true;';
    document.head.append(inline);
    await until(() => violations.length > 0, 'the control violation');
    const control = violations.splice(0);

    await customElements.whenDefined('tavus-deployment');
    const element = /** @type {HTMLElementTagNameMap['tavus-deployment']} */ (document.querySelector('tavus-deployment'));
    /** @type {string[]} */
    const errors = [];
    element.addEventListener('tavus:error', (event) => errors.push(event.detail.code));
    // Daily Prebuilt: its frame is what the policy's frame-src must allow (the call object's join fails offline either way).
    element.callUi = 'prebuilt';
    // Not awaited: it settles once the call is joined, and Daily's hosts are unreachable here.
    void element.startConversation();
    // The pre-join check comes under the policy too. Where the engine refuses the camera (WebKitGTK, now and then,
    // inside this framed page), it shows its recovery view instead of Join: then the start goes again without it.
    const shown = await until(() => element.shadowRoot?.querySelector('[part~="join-button"], [part~="recovery"]'), 'the pre-join check');
    if (shown.matches('[part~="recovery"]')) {
      // The engine's refusal (`permission-denied`) is what its recovery view is for; the conversation's errors count.
      errors.splice(0);
      await element.endConversation();
      element.skipPreJoin = true;
      void element.startConversation();
    } else {
      /** @type {HTMLElement} */ (shown).click();
    }
    const frame = await until(() => element.shadowRoot?.querySelector('[part="call"] iframe'), 'the Daily frame');
    await element.endConversation();
    return { control, inlineRan: 'inlineRan' in window, frame: frame.getAttribute('src'), errors, violations };
  }

  run().then(
    (report) => parent.postMessage(report, '*'),
    (error) => parent.postMessage({ failure: String(error), violations }, '*'),
  );
})();
