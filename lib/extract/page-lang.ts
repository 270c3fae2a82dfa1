import { LANGS, type Lang } from '../dataset/types';
import { guessLanguage } from '../story/language';

/**
 * One of the eight languages from a language tag ("fr-FR", "pt_BR", "AR"), or undefined when the
 * tag names another.
 */
export function langOfTag(tag: string): Lang | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary);
}

/**
 * The language a page is written in: the one its root element, Content-Language or og:locale
 * declares, else a guess from its text. '' when it declares one the cards are not written in.
 */
export function pageLang(langTag: string, text: () => string): Lang | '' {
  if (langTag) return langOfTag(langTag) ?? '';
  return guessLanguage(text());
}
