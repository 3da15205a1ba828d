import type { DeploymentInfo } from './deployment-api.js';
import type { Poster } from './views/start-view.js';

/**
 * What the start surface shows of the replica: the page's `poster`, else the
 * deployment's clip (only where motion and data are welcome), else its picture.
 */
export function choosePoster(poster: string, thumbnail: DeploymentInfo['thumbnail'] | undefined): Poster | undefined {
  if (poster) return { image: poster };
  const { image, video } = thumbnail ?? {};
  const still =
    matchMedia('(prefers-reduced-motion: reduce)').matches ||
    (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  if (video && !still) return { video, image };
  return image ? { image } : undefined;
}
