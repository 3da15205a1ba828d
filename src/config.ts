/** What the element needs to talk to one deployment. */
export interface DeploymentConfig {
  deploymentId: string;
  baseUrl: string;
}

/** Which attribute a site owner must fix; the string table has a sentence for each. */
export type ConfigProblem = 'missing-id' | 'bad-id' | 'bad-base-url';

/** Checks the attributes a site owner typed: what must be fixed, or `undefined` when the config is usable. */
export function configProblem({ deploymentId, baseUrl }: DeploymentConfig): ConfigProblem | undefined {
  if (!deploymentId.trim()) return 'missing-id';
  // Tavus IDs are short tokens; anything else is a paste gone wrong, not an ID to send.
  if (deploymentId.length > 256 || /[\s\u0000-\u001f\u007f]/.test(deploymentId)) return 'bad-id';
  const base = parseUrl(baseUrl);
  if (!base || (base.protocol !== 'https:' && base.protocol !== 'http:')) return 'bad-base-url';
  return undefined;
}

/** Splits the comma-separated `memory-stores` attribute: trimmed, empties dropped. */
export function parseMemoryStores(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((store) => store.trim())
    .filter((store) => store.length > 0);
}

/** `value` as a URL, or `undefined` when it is not one. */
export function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}
