// @ts-check
/**
 * Writes dist/cdn/integrity.json once the CDN build is on disk: every script's Subresource Integrity hash, by file
 * name. The snippet builder reads it for the names of the lazily imported chunks (their import-map `integrity`
 * entries), and a page author can copy the hashes from it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const INTEGRITY_FILE = 'integrity.json';

/** @param {Buffer | string} bytes */
export const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** @returns {import('vite').Plugin} */
export function cdnIntegrity() {
  return {
    name: 'cdn-integrity',
    apply: 'build',
    // Hashed from disk: the files end with a sourceMappingURL comment that is added only when they are written.
    writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      const scripts = Object.keys(bundle).filter((file) => file.endsWith('.js')).sort();
      const hashes = Object.fromEntries(scripts.map((file) => [file, sha384(readFileSync(join(dir, file)))]));
      writeFileSync(join(dir, INTEGRITY_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
    },
  };
}
