import type { Lang } from '../dataset/types';
import { frequentIn } from '../lang/frequent-words';
import { foldText } from '../match/fold';

const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  pl: 'Polish',
  nl: 'Dutch',
  fr: 'French',
  ar: 'Arabic',
  vi: 'Vietnamese',
  de: 'German',
  es: 'Spanish',
};

/**
 * Why a name would mark common words on every page, or undefined when it would not: it is empty
 * once folded (spaces, zero-width characters), a single letter, a number, or one of the
 * commonest words of one of the eight languages. Every name is tried on every page, whatever
 * its language, so "de" is refused in an English pack too.
 */
export function commonNameReason(text: string): string | undefined {
  const folded = foldText(text).folded.trim();
  if (!folded) return 'is empty once folded (only spaces or invisible characters)';
  if (!/[\p{L}]/u.test(folded)) return 'is a number or punctuation, not a name';
  const letters = folded.replace(/[^\p{L}\p{N}]/gu, '');
  if ([...letters].length === 1) return 'is a single letter';
  // A name in capitals ("UN", "EU") only matches capitals on a page (docs/DATASET.md), so it
  // does not mark the French "un" or the Spanish "un".
  if (/^\p{Lu}{2,}$/u.test(text.trim())) return undefined;
  const langs = frequentIn(folded);
  if (langs.length) {
    const names = langs.map((lang) => LANG_NAMES[lang]).join(', ');
    return `is one of the commonest words of ${names}: it would be marked all over every page`;
  }
  return undefined;
}

/** A name in quotes, with invisible characters spelt out ("\u200b"), so a reader sees them. */
export function quoteName(text: string): string {
  const shown = text.replace(
    /[\p{Cf}\p{Cc}\p{Zl}\p{Zp}\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${shown}"`;
}
