import { VERSION } from '../../src/version.js';
import { settings } from '../settings.js';
import { contrast, readableTextOn } from './contrast.js';
import {
  buildSnippet,
  importMapText,
  type CdnScripts,
  type CheckedScript,
  type Layout,
  type SnippetOptions,
  type Theme,
} from './snippet.js';

const ENTRY = 'tavus-deployment.js';
const PUBLIC_DIR = `https://cdn.jsdelivr.net/npm/tavus-deployment@${VERSION}/dist/cdn/`;
// This checkout's build of the same version: the preview loads it.
const LOCAL_DIR = new URL('../cdn/', location.href).href;

const form = document.querySelector<HTMLFormElement>('#options')!;
const snippetField = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const integrityNote = document.querySelector('#integrity-note')!;
const cspNote = document.querySelector('#csp-note')!;
const copy = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector('#copy-status')!;
const preview = document.querySelector<HTMLIFrameElement>('#preview')!;

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response;
}

async function digest(algorithm: 'SHA-256' | 'SHA-384', bytes: BufferSource): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest(algorithm, bytes));
  return `${algorithm.replace('-', '').toLowerCase()}-${btoa(String.fromCharCode(...hash))}`;
}

async function checked(url: string): Promise<CheckedScript> {
  return { url, integrity: await digest('SHA-384', await (await fetchOk(url)).arrayBuffer()) };
}

/** A page with a Content-Security-Policy allows the inline import map by this hash in `script-src`. */
async function showCspHash(chunks: CheckedScript[]): Promise<void> {
  const hash = await digest('SHA-256', new TextEncoder().encode(importMapText(chunks)));
  cspNote.textContent = `With a Content-Security-Policy, add '${hash}' to script-src: it allows this import map.`;
}

/** Every script of the CDN build in `dir`, as the build's integrity.json names them, hashed from the bytes served there. */
async function scriptsIn(dir: string): Promise<CdnScripts> {
  const names = Object.keys((await (await fetchOk(`${dir}integrity.json`)).json()) as Record<string, string>);
  if (!names.includes(ENTRY)) throw new Error(`${dir}integrity.json does not name ${ENTRY}`);
  const scripts = await Promise.all(names.map((name) => checked(dir + name)));
  return { entry: scripts.find((s) => s.url.endsWith(`/${ENTRY}`))!, chunks: scripts.filter((s) => !s.url.endsWith(`/${ENTRY}`)) };
}

const localScripts = scriptsIn(LOCAL_DIR);
/** The snippet must carry the hashes of the files jsDelivr serves; this checkout's build is the fallback when they can't be read. */
const publicScripts = scriptsIn(PUBLIC_DIR).then(
  (scripts) => {
    integrityNote.textContent = `The integrity hashes are those of the published files on jsDelivr (version ${VERSION}).`;
    return scripts;
  },
  async () => {
    integrityNote.textContent =
      `jsDelivr could not be reached: the integrity hashes are those of this checkout's build of ${VERSION}, ` +
      'which match the published files only when built from that release.';
    const local = await localScripts;
    const published = (script: CheckedScript) => ({ ...script, url: script.url.replace(LOCAL_DIR, PUBLIC_DIR) });
    return { entry: published(local.entry), chunks: local.chunks.map(published) };
  },
);

/** The look's inputs: each is left out of the snippet until changed from its default. */
const COLORS = ['accent', 'surface'] as const;
const LOOK = [...COLORS, 'radius'] as const;
const lookInput = (name: (typeof LOOK)[number]) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const changed = (name: (typeof LOOK)[number]) => lookInput(name).value !== lookInput(name).defaultValue;

/** The form's values; colours and radius only when changed from their defaults, so dark mode keeps working. */
function chosen(): SnippetOptions {
  const field = (name: string) => form.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`)!;
  const colors: SnippetOptions['colors'] = {};
  for (const name of COLORS) if (changed(name)) colors[name] = lookInput(name).value;
  const radius = Number(lookInput('radius').value);
  if (changed('radius') && lookInput('radius').value !== '' && Number.isFinite(radius)) {
    colors.radius = `${Math.min(48, Math.max(0, radius))}px`;
  }
  return {
    deploymentId: field('deploymentId').value,
    baseUrl: field('baseUrl').value,
    conversationalContext: field('conversationalContext').value,
    customGreeting: field('customGreeting').value,
    memoryStores: field('memoryStores').value,
    layout: field('layout').value as Layout,
    theme: field('theme').value as Theme,
    colors,
  };
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;
let previewVersion = 0;

/** Reloads the preview, after ending the conversation the old one may hold; a newer reload wins. */
async function showPreview(snippet: string): Promise<void> {
  const version = ++previewVersion;
  await preview.contentDocument?.querySelector('tavus-deployment')?.endConversation();
  if (version !== previewVersion) return;
  // A page that follows the visitor's colour scheme, as the builder does.
  preview.srcdoc = `<!doctype html><html lang="en"><meta name="color-scheme" content="light dark"><body style="margin:16px;font-family:system-ui">${snippet}</body></html>`;
}

preview.addEventListener('load', () => {
  const element = preview.contentDocument?.querySelector('tavus-deployment');
  if (element) element.callFactory = settings.callFactory;
});

/** Shows the text colour paired with each picked colour, on it, with their contrast. */
function showPairs(): void {
  for (const name of COLORS) {
    const pair = document.querySelector<HTMLElement>(`#${name}-pair`)!;
    if (!changed(name)) {
      pair.textContent = "The element's own, light and dark.";
      pair.removeAttribute('style');
      continue;
    }
    const background = lookInput(name).value;
    const text = readableTextOn(background);
    pair.textContent = `Text ${text}, contrast ${contrast(background, text).toFixed(1)}:1`;
    pair.style.cssText = `background:${background};color:${text}`;
  }
}

async function update(): Promise<void> {
  showPairs();
  let scripts: [CdnScripts, CdnScripts];
  try {
    scripts = await Promise.all([publicScripts, localScripts]);
  } catch (error) {
    copyStatus.textContent = `The CDN build could not be read (${(error as Error).message}). Run npm run build.`;
    return;
  }
  const options = chosen();
  preview.dataset['layout'] = options.layout;
  snippetField.value = buildSnippet(options, scripts[0]);
  void showCspHash(scripts[0].chunks);
  copy.disabled = !form.checkValidity();
  // The preview runs this checkout's build against the demo's mock, whatever API the snippet names.
  const previewed = buildSnippet({ ...options, baseUrl: settings.baseUrl }, scripts[1]);
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => void showPreview(previewed), 300);
}

form.addEventListener('input', () => void update());
document.querySelector('#reset-look')!.addEventListener('click', () => {
  for (const name of LOOK) lookInput(name).value = lookInput(name).defaultValue;
  void update();
});
form.addEventListener('submit', (event) => event.preventDefault());

copy.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippetField.value);
    copyStatus.textContent = "Copied. Paste it into your page's custom HTML block.";
  } catch {
    snippetField.select();
    copyStatus.textContent = 'The browser blocked copying: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
  }
});

void update();
