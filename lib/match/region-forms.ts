import { LANGS, type Lang } from '../dataset/types';
import { STATE_CODES } from '../lang/demonyms/codes';
import { regionForms } from '../lang/regions';
import { foldString } from './fold';
import type { ShortForm } from './person-short-forms';
import type { AliasSpec } from './types';

const byName = new Map<string, Map<string, string>>();

/** `lang`'s names of the sovereign states, folded, to their codes. */
function stateNames(lang: string): Map<string, string> {
  let names = byName.get(lang);
  if (names) return names;
  names = new Map();
  try {
    const display = new Intl.DisplayNames([lang], { type: 'region' });
    for (const code of STATE_CODES) {
      const name = display.of(code);
      if (name && name !== code) names.set(foldString(name).trim(), code);
    }
  } catch {
    // A runtime without the language's region names gives none.
  }
  byName.set(lang, names);
  return names;
}

/** The sovereign state a place's names name ("Vietnam", "Việt Nam"), by its code, or undefined. */
export function stateOf(names: readonly AliasSpec[]): string | undefined {
  for (const { text, lang } of names) {
    const code = stateNames(lang).get(foldString(text).trim());
    if (code) return code;
  }
  return undefined;
}

/**
 * How the press describes a state by its regions once it has named it, in every language: "the
 * Southeast Asian country", "el país asiático", "das südamerikanische Land" (lib/lang/regions.ts).
 */
export function stateRegionForms(names: readonly AliasSpec[]): ShortForm[] {
  const code = stateOf(names);
  if (!code) return [];
  return LANGS.flatMap((lang: Lang) => regionForms(code, lang).map((text) => ({ text, lang })));
}
