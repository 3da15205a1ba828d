import type { CountedKey, PluralKey, Translate } from './localize.js';

/**
 * A sentence that counts `seconds`, in the translator's language: the form for the number's `Intl.PluralRules`
 * category where the table has one (`retry.wait.one`), else the plain key (the `other` form), with the number
 * written the language's way (`Intl.NumberFormat`: its digits and grouping). Only the views after Start count,
 * so this travels with them.
 */
export function counted(t: Translate, key: CountedKey, seconds: number): string {
  const form = `${key}.${new Intl.PluralRules(t.lang).select(seconds)}` as PluralKey;
  return t(t.has(form) ? form : key, { seconds: seconds.toLocaleString(t.lang) });
}
