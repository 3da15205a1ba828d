import { VERSION } from '../../src/version.js';
import { settings } from '../settings.js';
import { contrast, readableTextOn } from './contrast.js';
import { buildSnippet, type Layout, type SnippetOptions, type Theme } from './snippet.js';

const PUBLIC_SCRIPT = `https://cdn.jsdelivr.net/npm/tavus-deployment@${VERSION}/dist/cdn/tavus-deployment.js`;
// This checkout's build of the same version: the preview loads it.
const LOCAL_SCRIPT = new URL('../cdn/tavus-deployment.js', location.href).href;

const form = document.querySelector<HTMLFormElement>('#options')!;
const snippetField = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const integrityNote = document.querySelector('#integrity-note')!;
const copy = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector('#copy-status')!;
const preview = document.querySelector<HTMLIFrameElement>('#preview')!;

async function integrityOf(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

const localIntegrity = integrityOf(LOCAL_SCRIPT);
/** The snippet must carry the hash of the file jsDelivr serves; this checkout's build is the fallback when it can't be read. */
const publicIntegrity = integrityOf(PUBLIC_SCRIPT).then(
  (hash) => {
    integrityNote.textContent = `The integrity hash is that of the published file on jsDelivr (version ${VERSION}).`;
    return hash;
  },
  async () => {
    integrityNote.textContent =
      `jsDelivr could not be reached: the integrity hash is that of this checkout's build of ${VERSION}, ` +
      'which matches the published file only when built from that release.';
    return localIntegrity;
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
  let hashes: [string, string];
  try {
    hashes = await Promise.all([publicIntegrity, localIntegrity]);
  } catch (error) {
    copyStatus.textContent = `The CDN build could not be read (${(error as Error).message}). Run npm run build.`;
    return;
  }
  const options = chosen();
  preview.dataset['layout'] = options.layout;
  snippetField.value = buildSnippet(options, { url: PUBLIC_SCRIPT, integrity: hashes[0] });
  copy.disabled = !form.checkValidity();
  // The preview runs this checkout's build against the demo's mock, whatever API the snippet names.
  const previewed = buildSnippet({ ...options, baseUrl: settings.baseUrl }, { url: LOCAL_SCRIPT, integrity: hashes[1] });
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
