/** WCAG 2's minimum contrast for normal text. */
export const READABLE = 4.5;

/** The text colours a paired background can get: the element's own near-black and near-white first. */
const SOFT = ['#1c1b22', '#f2f1f7'] as const;
/** Pure black and white: the better of the two is at least 4.58:1 on any background, so one always reaches 4.5. */
const PURE = ['#000000', '#ffffff'] as const;

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(value >> 16) + 0.7152 * linear((value >> 8) & 255) + 0.0722 * linear(value & 255);
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The text colour to pair with a background the owner picked (`--tavus-text` for `--tavus-surface`,
 * `--tavus-on-accent` for `--tavus-accent`): near-black or near-white, whichever contrasts more, and pure
 * black or white in the mid-tones where neither reaches 4.5:1.
 */
export function readableTextOn(background: string): string {
  const best = (pair: readonly [string, string]) =>
    contrast(background, pair[0]) >= contrast(background, pair[1]) ? pair[0] : pair[1];
  const soft = best(SOFT);
  return contrast(background, soft) >= READABLE ? soft : best(PURE);
}
