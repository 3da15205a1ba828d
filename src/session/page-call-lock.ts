/**
 * daily-js allows one call per page. The session that claims it keeps it from
 * its start until it is at rest and its last call is really gone, so a second
 * element is refused before anything is created (and billed) for it.
 */
let owner: object | undefined;

export const pageCallLock = {
  /** Claims the page's call for `who`; false while another holds it. */
  claim(who: object): boolean {
    if (owner && owner !== who) return false;
    owner = who;
    return true;
  },

  release(who: object): void {
    if (owner === who) owner = undefined;
  },
};
