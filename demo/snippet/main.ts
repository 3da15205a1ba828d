import { VERSION } from '../../src/version.js';
import { SimulatedCallFactory } from '../simulated-call.js';
import { buildSnippet, type Layout, type SnippetOptions } from './snippet.js';

const PUBLIC_SCRIPT = `https://cdn.jsdelivr.net/npm/tavus-deployment@${VERSION}/dist/cdn/tavus-deployment.js`;
// This demo's build of the same version: the preview loads it, and its hash is the snippet's integrity.
const LOCAL_SCRIPT = new URL('../cdn/tavus-deployment.js', location.href).href;
const DEFAULT_COLORS = { accent: '#4338ca', surface: '#ffffff', text: '#1c1b22' } as const;
const DEFAULT_RADIUS = '12';

const form = document.querySelector<HTMLFormElement>('#options')!;
const snippetField = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const copy = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector('#copy-status')!;
const preview = document.querySelector<HTMLIFrameElement>('#preview')!;
// No Daily room exists offline: the preview's element gets the labelled simulated call.
const callFactory = new SimulatedCallFactory({ joinAfterMs: 400 });

form.querySelector<HTMLInputElement>('[name=baseUrl]')!.value = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4010';

async function integrityOf(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

const integrity = integrityOf(LOCAL_SCRIPT);

function chosen(): SnippetOptions {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const colors: SnippetOptions['colors'] = {};
  for (const name of ['accent', 'surface', 'text'] as const) {
    if (text(name) !== DEFAULT_COLORS[name]) colors[name] = text(name);
  }
  if (text('radius') !== DEFAULT_RADIUS) colors.radius = `${Number(text('radius'))}px`;
  return {
    deploymentId: text('deploymentId'),
    baseUrl: text('baseUrl'),
    conversationalContext: text('conversationalContext'),
    customGreeting: text('customGreeting'),
    memoryStores: text('memoryStores'),
    layout: text('layout') as Layout,
    colors,
  };
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;

/** Reloads the preview with the snippet, ending the conversation the old one may still hold. */
async function showPreview(snippet: string): Promise<void> {
  await preview.contentDocument?.querySelector('tavus-deployment')?.endConversation();
  preview.srcdoc = `<!doctype html><html lang="en"><body style="margin:16px;font-family:system-ui">${snippet}</body></html>`;
}

preview.addEventListener('load', () => {
  const element = preview.contentDocument?.querySelector('tavus-deployment');
  if (element) element.callFactory = callFactory;
});

async function update(): Promise<void> {
  let hash: string;
  try {
    hash = await integrity;
  } catch (error) {
    copyStatus.textContent = `The CDN build could not be read (${(error as Error).message}). Run npm run build.`;
    return;
  }
  const options = chosen();
  snippetField.value = buildSnippet(options, { url: PUBLIC_SCRIPT, integrity: hash });
  copy.disabled = false;
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => void showPreview(buildSnippet(options, { url: LOCAL_SCRIPT, integrity: hash })), 300);
}

form.addEventListener('input', () => void update());
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
