/**
 * What an element needs once its page is not plainly English, or has sentences of its own: which shipped language
 * the visitor reads, that language's table (each a chunk of its own, fetched only for its readers), and the check
 * of the page's sentences. An English page without `strings` never fetches this.
 */
import type { ReactiveElement } from 'lit';
import { en } from './en.js';
import type { CountedKey, StringTable, Translation } from './localize.js';

/** The language the element chose, and the tags it chose it for (`fr-CA`, or the browser's `de-AT,de,en`). */
export interface LanguageChoice extends Translation {
  /** None before the element first looked. */
  tags?: string;
}

/** The element: it renders again once its language arrives, and its `strings` (any JSON, from the attribute) get checked. */
export interface LanguageHost extends ReactiveElement {
  strings: unknown;
}

/** A shipped translation: every sentence (`satisfies` in each file, and a test, make sure of it). */
export interface ShippedTranslation extends Translation {
  strings: StringTable;
}

/** English, whose sentences the element carries: a language left behind takes its own with it. */
const ENGLISH: Translation = { lang: 'en', dir: 'ltr', strings: {} };

/** The sentences that may come in plural forms (see `counted.ts`). */
export const COUNTED: readonly CountedKey[] = ['retry.wait', 'retry.in'];

/** Every language but English, by the primary language subtag that chooses it. */
export const translations: Record<string, () => Promise<{ default: ShippedTranslation }>> = {
  es: () => import('./translations/es.js'),
  fr: () => import('./translations/fr.js'),
  de: () => import('./translations/de.js'),
  it: () => import('./translations/it.js'),
  pt: () => import('./translations/pt-BR.js'),
  nl: () => import('./translations/nl.js'),
  pl: () => import('./translations/pl.js'),
  ja: () => import('./translations/ja.js'),
  ko: () => import('./translations/ko.js'),
  zh: () => import('./translations/zh-CN.js'),
  ar: () => import('./translations/ar.js'),
};

/**
 * The shipped language a tag asks for (`en` or a key of `translations`), by its primary subtag: `es-MX` is Spanish,
 * `pt` and `pt-PT` get Brazilian Portuguese. Chinese is Simplified unless the tag asks for Traditional (`zh-Hant`,
 * `zh-TW`, `zh-HK`, `zh-MO`): its readers get their next choice, or English, rather than a script they did not ask for.
 */
export function shipped(tag: string): string | undefined {
  return /^(en|es|fr|de|it|pt|nl|pl|ja|ko|ar|zh(?![-_](hant|tw|hk|mo)(?![a-z])))(?![a-z])/i.exec(tag)?.[1]?.toLowerCase();
}

/**
 * Puts the translation for `choice.tags` (comma-separated: the first one shipped wins, else English) into `choice`
 * and has the host render again, unless the element chose again meanwhile. Checks the host's `strings` too.
 */
export async function choose(choice: LanguageChoice, host: LanguageHost): Promise<void> {
  // The element sets the tags before it asks.
  const tags = choice.tags!;
  // A check that could not fetch what it needs is tried again at the next change of `strings`.
  checkStrings(host).catch(() => undefined);
  const code = tags.split(',').map(shipped).find(Boolean);
  const translation = code && code !== 'en' ? (await translations[code]!()).default : ENGLISH;
  if (choice.tags === tags) {
    Object.assign(choice, translation);
    host.requestUpdate();
  }
}

/** Warnings already given: once per page, however many elements share the mistake. */
const warned = new Set<string>();

function warn(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`<tavus-deployment>: ${message}`);
}

/**
 * Warns about what the page's `strings` cannot do: an attribute that is not JSON (Lit leaves the property `null`),
 * or no object; keys no sentence has (a typo leaves the built-in sentence, so say which); values that are not text.
 */
async function checkStrings(host: LanguageHost): Promise<void> {
  const { strings } = host;
  if (strings === null && host.hasAttribute('strings')) {
    warn('the `strings` attribute is not valid JSON, so it was ignored. Give an object: {"start.label": "…"}.');
  }
  if (strings == null) return;
  if (typeof strings !== 'object' || Array.isArray(strings)) {
    warn('`strings` must be an object of sentences by key, such as {"start.label": "…"}; it was ignored.');
    return;
  }
  // The sentences after Start live in their own chunk, which the page needs anyway once a visitor heads for Start.
  const known = { ...en, ...(await import('../views/later.js')).strings };
  const unknown = Object.keys(strings).filter((key) => !Object.hasOwn(known, key) && !isPluralForm(key));
  if (unknown.length) warn(`\`strings\` has no sentence called ${quoted(unknown)}, so those were ignored.`);
  const notText = Object.keys(strings).filter((key) => typeof (strings as Record<string, unknown>)[key] !== 'string');
  if (notText.length) warn(`\`strings\` values must be text; these are not: ${quoted(notText)}.`);
}

const quoted = (keys: string[]) => keys.map((key) => `"${key}"`).join(', ');

/** A plural form of a counted sentence (`retry.wait.few`), which only some languages' tables have. */
function isPluralForm(key: string): boolean {
  const [, base, category] = /^(.+)\.(zero|one|two|few|many)$/.exec(key) ?? [];
  return Boolean(category) && COUNTED.includes(base as CountedKey);
}
