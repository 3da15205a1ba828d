import type { TavusErrorCode } from '../errors.js';
import type { enCall } from './en-call.js';
import type { enFloating } from './en-floating.js';
import type { enLater } from './en-later.js';
import type { enPreJoin } from './en-prejoin.js';
import type { en } from './en.js';

/** The sentences that count something: each may also come in a form per plural category. */
export type CountedKey = 'retry.wait' | 'retry.in';

/**
 * A counted sentence's form for one `Intl.PluralRules` category (`retry.wait.one`, `retry.wait.few`); the plain
 * key is the `other` form, and what a category without its own form falls back to.
 */
export type PluralKey = `${CountedKey}.${Exclude<Intl.LDMLPluralRule, 'other'>}`;

/** A sentence every language has. */
export type StringKey = Exclude<
  keyof typeof en | keyof typeof enLater | keyof typeof enPreJoin | keyof typeof enFloating | keyof typeof enCall,
  PluralKey
>;

/** A whole string table: every sentence, and the plural forms its language needs. */
export type StringTable = Record<StringKey, string> & Partial<Record<PluralKey, string>>;

/** A language the element speaks: its tag, its direction, and its sentences. */
export interface Translation {
  /**
   * For `Intl`, the `lang` of the element's inner wrapper and Turnstile; lowercase (`pt-br`) as Turnstile lists its
   * languages, which BCP 47 and `Intl` accept alike.
   */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** English's are built into the element, so its translation holds none. */
  strings?: Partial<StringTable>;
}

export type StringParams = Record<string, string | number>;

/** Looks a sentence up and fills in its `{parameters}`. Every visitor-facing string goes through one of these. */
export interface Translate {
  (key: StringKey | PluralKey, params?: StringParams): string;
  /** The table has this sentence (a finer one than its code's, or a plural form). */
  has(key: string): boolean;
  /** The language of the table (`en`, `pt-br`…): what Turnstile is told, and whose rules numbers follow. */
  lang: string;
}

/** A translator over `table`, in `lang`. A missing sentence shows its key. */
export function translator(table: Partial<StringTable>, lang: string): Translate {
  const t = (key: StringKey | PluralKey, params?: StringParams) =>
    // `${}`: a page's `strings` attribute can hold any JSON, and a number there must not break the render.
    `${table[key] ?? key}`.replace(/\{(\w+)\}/g, (text, name: string) => String(params?.[name] ?? text));
  return Object.assign(t, { lang, has: (key: string) => Object.hasOwn(table, key) });
}

/** The sentence's key for an error: its finer cause's own sentence where the table has one, else its code's. */
export function errorKey(error: { code: TavusErrorCode; reason?: string | undefined }, t: Translate): StringKey {
  const specific = `error.${error.code}.${error.reason ?? ''}`;
  if (error.reason && t.has(specific)) return specific as StringKey;
  // Typed, not cast: a code without a sentence in the table fails to compile here.
  return `error.${error.code}`;
}
