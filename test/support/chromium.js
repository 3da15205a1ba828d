// @ts-check
import { existsSync } from 'node:fs';

/** Where the tests look for a browser: CHROME_PATH first, then Debian's Chromium. */
const CANDIDATES = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags for a headless Chromium on a machine with no outside network and no sandbox support as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
];

/** The system Chromium's path, or exits with instructions: the tests never download a browser. */
export function findChromium() {
  const found = CANDIDATES.find((path) => path && existsSync(path));
  if (found) return found;
  console.error(
    [
      'No Chromium found for the browser tests.',
      'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`),',
      'or point CHROME_PATH at an existing Chrome or Chromium binary, then run `npm test` again.',
    ].join('\n'),
  );
  process.exit(1);
}
