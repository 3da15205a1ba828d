import type { ReactiveElement } from 'lit';

export interface SkipPreJoinHost extends ReactiveElement {
  skipPreJoin: boolean;
}

/**
 * `skipPreJoin`, which the first script can't spare the bytes to declare: defined here on the element itself, as
 * its boolean attribute (so reflected by construction). Only a start reads it, and a start waits for this chunk.
 * A value the page set before the chunk arrived is taken over.
 */
export function defineSkipPreJoin(host: SkipPreJoinHost): void {
  const early = Object.getOwnPropertyDescriptor(host, 'skipPreJoin');
  Object.defineProperty(host, 'skipPreJoin', {
    configurable: true,
    enumerable: true,
    get: () => host.hasAttribute('skip-pre-join'),
    set: (value: unknown) => host.toggleAttribute('skip-pre-join', !!value),
  });
  if (early && 'value' in early) host.skipPreJoin = !!early.value;
}
