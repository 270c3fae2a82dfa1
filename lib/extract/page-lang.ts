import { toLang } from '../card/lang';
import type { Lang } from '../dataset/types';
import { guessLanguage } from '../story/language';

/**
 * The language a page is written in: the one its root element, Content-Language or og:locale
 * declares, else a guess from its text. '' when it declares one the cards are not written in.
 */
export function pageLang(langTag: string, text: () => string): Lang | '' {
  if (langTag) return toLang(langTag) ?? '';
  return guessLanguage(text());
}
