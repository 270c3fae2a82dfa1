import { LANGS, type Lang } from '../dataset/types';
import { FREQUENT_WORDS, foldedSets } from '../lang/frequent-words';

const frequent = foldedSets(FREQUENT_WORDS);

// Letters only one of the eight languages writes: a few of them settle the question.
const OWN_LETTERS: [Lang, RegExp][] = [
  ['ar', /[\u0600-\u06ff]/gu],
  ['vi', /[ăắằẳẵặơớờởỡợưứừửữựđạảấầẩẫậẹẻẽếềểễệịỉọỏốồổỗộụủỳỵỷỹ]/giu],
  ['pl', /[ąćęłńśźż]/giu],
  ['de', /[äöüß]/giu],
];

/**
 * The language of a text, from its script and letters and from how many of each language's
 * commonest words it uses. An article is long enough for this; a line may not be.
 */
export function guessLanguage(text: string): Lang {
  const scores = new Map<Lang, number>(LANGS.map((l) => [l, 0]));
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const sample = words.slice(0, 3000);
  for (const word of sample) {
    const folded = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
    for (const lang of LANGS)
      if (frequent[lang].has(folded)) scores.set(lang, scores.get(lang)! + 1);
  }
  for (const [lang, letters] of OWN_LETTERS) {
    const n = text.slice(0, 20000).match(letters)?.length ?? 0;
    scores.set(lang, scores.get(lang)! + n * (lang === 'ar' || lang === 'vi' ? 2 : 0.5));
  }
  return [...scores.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
