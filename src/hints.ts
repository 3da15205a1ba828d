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
        ? 'base-url must be an http(s) URL such as https://tavusapi.com.'
        : reason === 'bad-id'
          ? 'deployment-id must be a Tavus deployment ID with no spaces; check what was pasted.'
          : 'Set the deployment-id attribute to the ID of your Tavus deployment.';
    case 'not-found':
      return 'Tavus knows no deployment with this deployment-id; check it in the Tavus portal.';
    case 'origin-not-allowed':
    case 'forbidden':
      return `Add ${origin} to the deployment’s allowed origins in the Tavus portal.`;
    default:
      return undefined;
  }
};
