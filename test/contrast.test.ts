import { expect } from '@open-wc/testing';
import { showView, THEMES, type ShownView, type Theme } from './support/views.js';
import { withoutTransitions } from './support/transitions.js';

/**
 * WCAG contrast of what the element paints, read back from the browser: text
 * on the surface and on the accent (4.5:1), the spinner's arc and the focus
 * ring on the surface (3:1, WCAG 1.4.11), for the default themes, for a page
 * that sets only `--tavus-surface`, and for what the snippet builder emits.
 */

let checks = 0;

const canvas = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour the browser computes (`rgb()`, `oklch()`, `color(xyz-d65 …)`) as 8-bit sRGB, through a canvas. */
function srgb(color: string): [number, number, number] {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

function luminance(color: string): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = srgb(color).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The builder's rule (demo/snippet/contrast.ts on issue-10-demo): its near-black or near-white if ≥ 4.5:1, else pure. */
function readableTextOn(background: string): string {
  const best = (pair: [string, string]) => (contrast(background, pair[0]) >= contrast(background, pair[1]) ? pair[0] : pair[1]);
  const soft = best(['#1c1b22', '#f2f1f7']);
  return contrast(background, soft) >= 4.5 ? soft : best(['#000000', '#ffffff']);
}

/** Pairs below their minimum, collected so that one test names every failing colour at once. */
let failures: string[] = [];

/** A test that fails with the list of every pair under its minimum. */
function check(name: string, body: () => void | Promise<void>, run: typeof it | typeof it.skip = it): void {
  run(name, async () => {
    failures = [];
    await body();
    expect(failures).to.deep.equal([]);
  });
}

function expectContrast(what: string, a: string, b: string, minimum: number): void {
  checks += 1;
  const ratio = contrast(a, b);
  if (ratio < minimum) failures.push(`${what}: ${a} on ${b} is ${ratio.toFixed(2)}:1, under ${minimum}:1`);
}

/** Text, Start (and the accent the spinner shares with it) and Start's focus ring, as painted in the idle view. */
function expectReadableIdle(shown: ShownView, label: string, { accentOnSurface = true } = {}): void {
  const root = getComputedStyle(shown.el.shadowRoot!.querySelector('.root')!);
  const start = shown.part('start-button')!;
  start.focus();
  expect(start.matches(':focus-visible'), 'Start shows its focus ring').to.equal(true);
  const button = getComputedStyle(start);
  expectContrast(`${label} text`, root.color, root.backgroundColor, 4.5);
  expectContrast(`${label} Start label`, button.color, button.backgroundColor, 4.5);
  expectContrast(`${label} focus ring`, button.outlineColor, root.backgroundColor, 3);
  // The spinner's arc is the accent (`--_accent`), Start's background.
  if (accentOnSurface) expectContrast(`${label} accent (spinner arc)`, button.backgroundColor, root.backgroundColor, 3);
  start.blur();
}

const SURFACES = ['#ffffff', '#000000', '#757575', '#777777', '#ff0000', '#00a000', '#0000ff', '#ff00ff', '#00ffff', '#fff3b0', '#4338ca', '#18171f'];
const ACCENTS = ['#4338ca', '#e11d48', '#0ea5e9', '#f59e0b', '#16a34a', '#000000', '#ffffff', '#a5b4fc'];

describe('contrast', () => {
  withoutTransitions();
  after(() => console.log(`contrast: ${checks} checks`));

  for (const theme of THEMES) {
    describe(`${theme} theme`, () => {
      let shown: ShownView;
      before(async () => {
        shown = await showView('idle', theme);
      });
      after(() => shown.dispose());
      afterEach(() => shown.el.removeAttribute('style'));

      const paint = async (properties: Record<string, string>) => {
        for (const [name, value] of Object.entries(properties)) shown.el.style.setProperty(name, value);
        await shown.el.updateComplete;
      };

      check('default tokens', () => expectReadableIdle(shown, theme));

      check('the spinner of the progress view', async () => {
        const progress = await showView('progress', theme as Theme);
        try {
          const spinner = getComputedStyle(progress.el.shadowRoot!.querySelector('.spinner')!);
          const surface = getComputedStyle(progress.el.shadowRoot!.querySelector('.root')!).backgroundColor;
          expectContrast(`${theme} spinner arc`, spinner.borderTopColor, surface, 3);
        } finally {
          await progress.dispose();
        }
      });

      check('only --tavus-surface set: text, Start’s label and the focus ring follow it', async () => {
        for (const surface of SURFACES) {
          await paint({ '--tavus-surface': surface });
          expectReadableIdle(shown, `${theme}, surface ${surface}`, { accentOnSurface: false });
        }
      });

      check(
        'only --tavus-surface set: the accent it derives (spinner arc, Start) stands 3:1 off the surface',
        async () => {
          for (const surface of SURFACES) {
            await paint({ '--tavus-surface': surface });
            expectReadableIdle(shown, `${theme}, surface ${surface}`);
          }
        },
      );

      // What the builder emits: a surface and/or an accent, each with the text colour its rule pairs with it.
      check('every kind of snippet the builder emits', async () => {
        const emitted: Record<string, string>[] = [
          ...SURFACES.map((s) => ({ '--tavus-surface': s, '--tavus-text': readableTextOn(s) })),
          ...ACCENTS.map((a) => ({ '--tavus-accent': a, '--tavus-on-accent': readableTextOn(a) })),
          ...SURFACES.flatMap((s) =>
            ACCENTS.map((a) => ({
              '--tavus-surface': s,
              '--tavus-text': readableTextOn(s),
              '--tavus-accent': a,
              '--tavus-on-accent': readableTextOn(a),
            })),
          ),
        ];
        for (const properties of emitted) {
          shown.el.removeAttribute('style');
          await paint(properties);
          // The owner picks the accent: the builder pairs text with it, nothing keeps it apart from the surface.
          // Where the owner set no accent, the derived one is checked above.
          expectReadableIdle(shown, `${theme}, ${JSON.stringify(properties)}`, { accentOnSurface: false });
        }
      });
    });
  }
});
