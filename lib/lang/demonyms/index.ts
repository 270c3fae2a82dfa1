import type { Lang } from '../../dataset/types';
import { AR } from './ar';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { NL } from './nl';
import { PL } from './pl';

export { isStateCode } from './codes';

/**
 * Each sovereign state's demonyms, one line per ISO 3166-1 alpha-2 code, fields after a tab
 * ("-" where the language has no such word):
 * - en: adjective, person noun ("Polish", "Pole");
 * - fr, es: masculine, feminine, in small letters ("portugais", "portugaise");
 * - de: masculine and feminine noun, adjective stem ("Portugiese", "Portugiesin", "portugiesisch");
 * - nl: masculine and feminine noun, adjective before a noun ("Portugees", "Portugese", "Portugese");
 * - pl: the masculine noun in six cases (nominative, genitive, dative, accusative, instrumental,
 *   locative), the feminine in the same six, the adjective;
 * - ar: the nisba without the article ("مصري").
 */
const TABLES: Partial<Record<Lang, string>> = {
  en: EN,
  fr: FR,
  es: ES,
  de: DE,
  nl: NL,
  pl: PL,
  ar: AR,
};

const parsed = new Map<Lang, Map<string, string[]>>();

/** `lang`'s table: each state's code to the fields of its line. */
function tableOf(lang: Lang): Map<string, string[]> {
  let table = parsed.get(lang);
  if (!table) {
    table = new Map();
    for (const line of (TABLES[lang] ?? '').split('\n')) {
      const [code, ...fields] = line.split('\t');
      if (code) table.set(code, fields);
    }
    parsed.set(lang, table);
  }
  return table;
}

/** The fields of `country`'s line in `lang`'s table, or undefined. */
export function demonymFields(lang: Lang, country: string): string[] | undefined {
  return tableOf(lang).get(country);
}

/** Each state's code with its line's fields in `lang`'s table. */
export function demonymLines(lang: Lang): ReadonlyMap<string, string[]> {
  return tableOf(lang);
}

/**
 * A Polish adjective in -i or -y in the forms the press writes before a noun: masculine
 * nominative, genitive (and accusative), dative, instrumental (and locative); feminine nominative,
 * genitive (and dative, locative).
 */
export function polishAdjective(adjective: string) {
  const stem = adjective.slice(0, -1);
  const i = adjective.endsWith('i') ? 'i' : '';
  return {
    mNom: adjective,
    mGen: `${stem}${i}ego`,
    mDat: `${stem}${i}emu`,
    mIns: `${stem}${i}m`,
    fNom: `${stem}a`,
    fGen: `${stem}${i}ej`,
  };
}
