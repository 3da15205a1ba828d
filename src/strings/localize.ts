import type { TavusErrorCode } from '../errors.js';
import type { enFloating } from './en-floating.js';
import type { enLater } from './en-later.js';
import { en } from './en.js';

export type StringKey = keyof typeof en | keyof typeof enLater | keyof typeof enFloating;

/** A whole string table: English today, a translation or a page's overrides later. */
export type StringTable = Record<StringKey, string>;

export type StringParams = Record<string, string | number>;

/** Looks a sentence up and fills in its `{parameters}`. Every visitor-facing string goes through one of these. */
export interface Translate {
  (key: StringKey, params?: StringParams): string;
  /** The table has this sentence (a finer one than its code's, say). */
  has(key: string): key is StringKey;
}

/**
 * A translator over `table`, which may grow: the sentences of the views after
 * Start are added to it when they arrive. A missing sentence shows its key.
 */
export function translator(table: Partial<StringTable> = en): Translate {
  const t = (key: StringKey, params?: StringParams) =>
    (table[key] ?? key).replace(/\{(\w+)\}/g, (text, name: string) => String(params?.[name] ?? text));
  return Object.assign(t, { has: (key: string): key is StringKey => Object.hasOwn(table, key) });
}

/** The sentence's key for an error: its finer cause's own sentence where the table has one, else its code's. */
export function errorKey(error: { code: TavusErrorCode; reason?: string | undefined }, t: Translate): StringKey {
  const specific = `error.${error.code}.${error.reason ?? ''}`;
  if (error.reason && t.has(specific)) return specific;
  // Typed, not cast: a code without a sentence in the table fails to compile here.
  return `error.${error.code}`;
}
