import type { DeploymentInfo } from './deployment-api.js';
import type { Poster } from './views/start-view.js';

/**
 * What the start surface shows of the replica: the page's `poster`, else the
 * deployment's clip (only where motion and data are welcome), else its picture.
 */
export function choosePoster(poster: string, thumbnail: DeploymentInfo['thumbnail'] | undefined): Poster | undefined {
  if (poster) return { image: poster };
  const { image, video } = thumbnail ?? {};
  // Asked only when there is a clip, and never on a server (no matchMedia there: the clip it renders is muted).
  const still =
    video !== undefined &&
    (globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ||
      (globalThis.navigator as Navigator & { connection?: { saveData?: boolean } })?.connection?.saveData === true);
  if (video && !still) return { video, image };
  return image ? { image } : undefined;
}
