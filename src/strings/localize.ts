import type { TavusErrorCode } from '../errors.js';
import { en } from './en.js';

export type StringKey = keyof typeof en;

/** A whole string table: English today, a translation or a page's overrides later. */
export type StringTable = Record<StringKey, string>;

export type StringParams = Record<string, string | number>;

/** Looks a sentence up and fills in its `{parameters}`. Every visitor-facing string goes through one of these. */
export type Translate = (key: StringKey, params?: StringParams) => string;

export function translator(table: StringTable = en): Translate {
  return (key, params) => table[key].replace(/\{(\w+)\}/g, (text, name: string) => String(params?.[name] ?? text));
}

/** The sentence's key for an error: its finer cause's own sentence where the table has one, else its code's. */
export function errorKey(error: { code: TavusErrorCode; reason?: string | undefined }): StringKey {
  const specific = `error.${error.code}.${error.reason ?? ''}`;
  if (error.reason && Object.hasOwn(en, specific)) return specific as StringKey;
  // Typed, not cast: a code without a sentence in the table fails to compile here.
  return `error.${error.code}`;
}
