import type { TavusError } from './errors.js';

/** What a hint may name: where the element runs and how it is set up. */
export interface HintContext {
  origin: string;
  joinTimeout: number;
}

/** A site owner's fix for an error; visitors never see these (they read `strings/en.ts`). */
export type Hint = (error: TavusError, context: HintContext) => string | undefined;

/**
 * Fixes for what the attributes and `/init` can reveal before anyone presses
 * Start. What only a start can meet is in `start-hints.ts`, which comes with
 * the session engine.
 */
export const configHint: Hint = ({ code, reason }, { origin }) => {
  switch (code) {
    case 'invalid-config':
      return reason === 'bad-base-url'
        ? 'base-url must be an http(s) URL, such as https://tavusapi.com.'
        : `Set deployment-id to the ID of your Tavus deployment${reason === 'bad-id' ? ', without spaces' : ''}.`;
    case 'not-found':
      return 'Tavus has no deployment with this deployment-id.';
    case 'origin-not-allowed':
    case 'forbidden':
      return `Add ${origin} to the deployment’s allowed origins in the Tavus portal.`;
    default:
      return undefined;
  }
};
