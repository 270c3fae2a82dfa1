import type { Lang } from '../dataset/types';

// Case endings, folded (ó → o, ą → a): "To Lama" and "To Lam", "Konwencji" and "Konwencja" are
// one name written in two cases, and count as one.
const POLISH =
  /(?:owie|owi|ami|ach|iego|iemu|ego|emu|iej|ych|ymi|ich|imi|ow|om|em|ej|ie|ym|im|a|u|y|i|e|o)$/;
// German adds -s, -es, -n or -en to a name in the genitive and dative ("Vietnams", "Nationen"),
// and its adjectives end in -e, -em, -en, -er or -es ("Nationale", "Nationalen").
const GERMAN = /(?:es|en|em|er|s|n|e)$/;

/** The part of a folded word that stays the same across the language's case endings. */
export function stem(folded: string, lang: Lang): string {
  if (lang === 'pl') return cut(folded, POLISH, 3);
  if (lang === 'de') return cut(folded, GERMAN, 4);
  if (lang === 'ar') return arabicStem(folded);
  return folded;
}

function cut(word: string, endings: RegExp, keep: number): string {
  const m = endings.exec(word);
  return m && word.length - m[0].length >= keep ? word.slice(0, m.index) : word;
}

/**
 * Arabic joins "and", "in", "to" and "as" to the next word ("واتفاقية", "بالأمم"), and "to the" is
 * written "لل" ("للأمم"): the word without them.
 */
export function arabicStem(folded: string): string {
  if (folded.startsWith('لل') && folded.length > 4) return `ال${folded.slice(2)}`;
  const m = /^[وف]?[بلك]?(?=ال)/u.exec(folded);
  // "وكالة" is a word of its own: what is left after a proclitic is an article and a word.
  if (m && m[0].length > 0 && folded.length - m[0].length >= 4) return folded.slice(m[0].length);
  return folded;
}

/**
 * The number of leading letters of a written Arabic word that are a proclitic and not part of the
 * name. ("للأمم" keeps them: without its first letter it is no word.)
 */
export function arabicProclitic(folded: string): number {
  if (folded.startsWith('لل')) return 0;
  const n = /^[وف]?[بلك]?(?=ال)/u.exec(folded)?.[0].length ?? 0;
  return folded.length - n >= 4 ? n : 0;
}

/**
 * One key for the forms of one name: its words' stems (in Arabic without the article, so "حفل
 * التوقيع" and "حفل توقيع" are one).
 */
export function nameKey(words: readonly string[], lang: Lang): string {
  const stems = words.map((w) => stem(w, lang));
  return (lang === 'ar' ? stems.map((s) => s.replace(/^ال(?=..)/u, '')) : stems).join(' ');
}
