import { readableTextOn } from './contrast.js';

/** What the site owner chose in the snippet builder. */
export interface SnippetOptions {
  deploymentId: string;
  /** Left out of the snippet when it is the element's default, https://tavusapi.com. */
  baseUrl: string;
  conversationalContext: string;
  customGreeting: string;
  memoryStores: string;
  layout: Layout;
  /** The `theme` attribute; empty leaves it to the deployment's own setting. */
  theme: Theme;
  /** `--tavus-*` custom properties the owner changed, by name without the prefix; text colours are paired, not chosen. */
  colors: Partial<Record<'accent' | 'surface' | 'radius', string>>;
}

export type Layout = 'inline' | 'tall' | 'floating';
export type Theme = '' | 'auto' | 'light' | 'dark';

export const DEFAULT_BASE_URL = 'https://tavusapi.com';

/** How each layout places the element: inline and floating leave it to the element, portrait gives it a height. */
const LAYOUTS: Record<Layout, string> = {
  inline: '',
  tall: 'display:block;height:560px;max-width:420px',
  floating: '',
};

/** Gives the tag its 16:9 box before the script has loaded, so the page does not shift when it upgrades. */
export const RESERVE_SPACE = '<style>tavus-deployment:not(:defined){display:block;aspect-ratio:16/9;width:100%}</style>';

/** A chosen background always comes with the text colour that stays readable on it, in either colour scheme. */
function colorProperties(colors: SnippetOptions['colors']): string[] {
  const { accent, surface, radius } = colors;
  return [
    ...(accent ? [`--tavus-accent:${accent}`, `--tavus-on-accent:${readableTextOn(accent)}`] : []),
    ...(surface ? [`--tavus-surface:${surface}`, `--tavus-text:${readableTextOn(surface)}`] : []),
    ...(radius ? [`--tavus-radius:${radius}`] : []),
  ];
}

/** Safe inside a double-quoted attribute, and through CMS sanitizers that dislike raw angle brackets. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A script of the CDN build, with the Subresource Integrity hash of its bytes. */
export interface CheckedScript {
  url: string;
  integrity: string;
}

/** The CDN build: the script the page loads, and the chunks it imports later (engine, Turnstile helper, daily-js). */
export interface CdnScripts {
  entry: CheckedScript;
  chunks: CheckedScript[];
}

/**
 * The text of an import map whose `integrity` entries make the browser check each lazily imported chunk, as the
 * script tag's `integrity` checks the entry; a Content-Security-Policy allows it by the hash of exactly this text.
 * `<` is escaped so that no URL can close the script element.
 */
export function importMapText(chunks: CheckedScript[]): string {
  const integrity = Object.fromEntries(chunks.map((chunk) => [chunk.url, chunk.integrity]));
  return `\n${JSON.stringify({ integrity }, null, 2).replace(/</g, '\\u003c')}\n`;
}

/**
 * The rule reserving the element's space, the import map, the script tag and the element tag a site owner pastes
 * into a CMS. A floating element takes no space in the page (its launcher sits in a corner of the window): nothing
 * to reserve.
 */
export function buildSnippet(options: SnippetOptions, scripts: CdnScripts): string {
  const styles = [LAYOUTS[options.layout], ...colorProperties(options.colors)].filter(Boolean);
  const floating = options.layout === 'floating';
  const attributes: [string, string][] = [
    ['deployment-id', options.deploymentId.trim()],
    ['layout', floating ? 'floating' : ''],
    ['base-url', options.baseUrl.trim() === DEFAULT_BASE_URL ? '' : options.baseUrl.trim()],
    ['conversational-context', options.conversationalContext],
    ['custom-greeting', options.customGreeting],
    ['memory-stores', options.memoryStores],
    ['theme', options.theme],
    ['style', styles.join(';')],
  ];
  const element = attributes
    .filter(([, value]) => value.trim() !== '')
    .map(([name, value]) => `\n  ${name}="${attribute(value)}"`)
    .join('');
  const { entry, chunks } = scripts;
  return (
    (floating ? '' : `${RESERVE_SPACE}\n`) +
    `<script type="importmap">${importMapText(chunks)}</script>\n` +
    `<script type="module" src="${attribute(entry.url)}" integrity="${entry.integrity}" crossorigin="anonymous"></script>\n` +
    `<tavus-deployment${element}\n></tavus-deployment>\n`
  );
}
