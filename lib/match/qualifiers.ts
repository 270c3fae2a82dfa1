import { isFrequentWord } from '../lang/frequent-words';
import { isHeadWord } from '../lang/heads';
import { isSeatWord } from '../lang/links';
import { germanAround } from './accept';
import { ARTICLE_WORDS } from './body-words';
import { isLowerUnit, isUpperUnit, isWordUnit } from './char-table';
import { foldString } from './fold';
import {
  isCalendarAnywhere,
  isInlineSpace,
  isLinkWord,
  skipInlineSpace,
  wordAfter,
  wordBefore,
} from './next-words';
import type { AliasSpec } from './types';

// A generic name ("Ministry of Finance", "وزارة الخارجية") qualified by another country is that
// country's body: "Japan's Ministry of Finance", "the Russian Ministry of Foreign Affairs", "het
// Amerikaanse ministerie van Buitenlandse Zaken", "das japanische Finanzministerium", "le ministère
// russe des Affaires étrangères", "وزارة الخارجية الأمريكية". A qualifier made from one of the
// pack's places keeps it ("the Vietnamese Ministry of Finance", "ministère vietnamien des
// Affaires étrangères").

/** The folded names of the pack's places, from which their adjectives are made. */
export function placeStems(specs: readonly AliasSpec[]): string[] {
  const stems = new Set<string>();
  for (const spec of specs) {
    if (spec.type !== 'place' || spec.short || spec.part || spec.exclude) continue;
    let folded = foldString(spec.text);
    if (folded.startsWith(ARABIC_ARTICLE)) folded = folded.slice(2);
    if (folded.length >= 4) stems.add(folded);
  }
  return [...stems].sort();
}

// find() is synchronous: the stems of the matcher that is finding.
let stems: readonly string[] = [];
export function useStems(of: readonly string[]): void {
  stems = of;
}

const ARABIC_ARTICLE = 'ال';

/** Whether the word is made from a place of the pack: "vietnamien", "Vietnamese", "الفيتنامية". */
export function isPlaceWord(word: string): boolean {
  let folded = foldString(word);
  if (folded.startsWith(ARABIC_ARTICLE)) folded = folded.slice(2);
  return stems.some(
    (stem) => folded.startsWith(stem) || (stem.length >= 6 && folded.startsWith(stem.slice(0, -1))),
  );
}

/**
 * Whether a word made from a place of the pack stands right before text[from, to) or right
 * after it: "het Vietnamese ministerie van Buitenlandse Zaken", "وزارة الخارجية الفيتنامية".
 */
export function placeWordBeside(text: string, from: number, to: number): boolean {
  let before = wordBefore(text, from);
  // Past a link: "le ministère vietnamien des Affaires étrangères".
  if (before && isLinkWord(foldString(text.slice(before[0], before[1])))) {
    before = wordBefore(text, before[0]);
  }
  if (before && isPlaceWord(text.slice(before[0], before[1]))) return true;
  const after = wordAfter(text, to);
  return after !== null && isPlaceWord(text.slice(after[0], after[1]));
}

// Adjectives of nationality before a noun: English and Dutch write them with a capital ("Japanese",
// "Russian", "British", "Dutch"; "Amerikaanse", "Belgische"), German in lower case
// ("japanische"), Polish too ("amerykańskie"); and English ones of other shapes (folded).
const CAPITAL_ADJECTIVE = /(?:ese|ian|an|ish|ch|se|sche)$/u;
const OTHER_ADJECTIVES = new Set(
  'thai saudi iraqi israeli kuwaiti qatari omani yemeni emirati pakistani bangladeshi nepali somali greek swiss lao filipino philippine argentine'.split(
    ' ',
  ),
);
const LOWER_ADJECTIVE = /(?:ische[nmrs]?|[sc]ki(?:e|ego|ej|m)?|[sc]ka)$/u;

/** Whether the word at [from, to) is another country's adjective of nationality before a name. */
function adjectiveBefore(text: string, from: number, to: number): boolean {
  const word = text.slice(from, to);
  const folded = foldString(word);
  if (
    isFrequentWord(folded, 'en') ||
    isFrequentWord(folded, 'nl') ||
    isFrequentWord(folded, 'de')
  ) {
    return false;
  }
  const first = text.charCodeAt(from);
  const shaped = isUpperUnit(first)
    ? isLowerUnit(text.charCodeAt(from + 1)) &&
      (CAPITAL_ADJECTIVE.test(folded) || OTHER_ADJECTIVES.has(folded))
    : LOWER_ADJECTIVE.test(folded);
  return shaped && !isPlaceWord(word);
}

/**
 * Whether what comes right before text[from, …) makes the name another country's: a possessive
 * ("Japan's"), an adjective of nationality ("Russian", "Amerikaanse", "japanische"), or a
 * Romance head word with its adjective before the link ("ministère russe des", "Ministerio
 * colombiano de"), where the name is the part after the link.
 */
export function otherCountryBefore(text: string, from: number): boolean {
  if (stems.length === 0) return false;
  if (possessiveBefore(text, from)) return true;
  const before = wordBefore(text, from);
  if (!before) return false;
  const [a, b] = before;
  if (adjectiveBefore(text, a, b)) return true;
  if (!isLinkWord(foldString(text.slice(a, b)))) return false;
  // "de la": an article between the link and the name.
  let link = a;
  const article = wordBefore(text, link);
  if (article && isLinkWord(foldString(text.slice(article[0], article[1])))) link = article[0];
  const adjective = adjectiveWordBefore(text, link);
  if (!adjective || isPlaceWord(text.slice(adjective[0], adjective[1]))) return false;
  const head = wordBefore(text, adjective[0]);
  if (!head) return false;
  const folded = foldString(text.slice(head[0], head[1]));
  return isHeadWord(folded, 'fr') || isHeadWord(folded, 'es');
}

/** "Japan's", "Thailand’s" right before `from`, of a place not the pack's. */
function possessiveBefore(text: string, from: number): boolean {
  let i = from;
  while (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  if (i === from || text.charCodeAt(i - 1) !== 0x73) return false;
  const apostrophe = text.charCodeAt(i - 2);
  if (apostrophe !== 0x27 && apostrophe !== 0x2019) return false;
  let start = i - 2;
  while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
  if (start === i - 2 || !isUpperUnit(text.charCodeAt(start))) return false;
  if (isPlaceWord(text.slice(start, i - 2))) return false;
  // A place's name of two words: "Viet Nam's".
  const words = foldString(text.slice(Math.max(0, start - 16), i - 2));
  return !stems.some((stem) => stem.includes(' ') && words.endsWith(stem));
}

/** The lower-case word before `at`, hyphenated ones whole ("sud-coréen"), or null. */
function adjectiveWordBefore(text: string, at: number): [number, number] | null {
  const word = wordBefore(text, at);
  if (!word || !isLowerUnit(text.charCodeAt(word[0]))) return null;
  let [from] = word;
  if (from > 1 && text.charCodeAt(from - 1) === 0x2d) {
    let first = from - 1;
    while (first > 0 && from - first < 24 && isWordUnit(text.charCodeAt(first - 1))) first--;
    if (first < from - 1) from = first;
  }
  const folded = foldString(text.slice(from, word[1]));
  if (isLinkWord(folded) || isFrequentWord(folded, 'fr') || isFrequentWord(folded, 'es'))
    return null;
  return [from, word[1]];
}

/**
 * Whether an Arabic adjective of nationality follows text[…, to), one not made from the pack's
 * places: "وزارة الخارجية الأمريكية", "نائب رئيس الوزراء البولندي" (it has the article, ends
 * in ي or ية and no word with the article follows it), or another place's German genitive.
 */
export function otherCountryAfter(text: string, to: number): boolean {
  if (stems.length === 0) return false;
  const next = wordAfter(text, to);
  if (!next) return false;
  const word = text.slice(next[0], next[1]);
  const folded = foldString(word);
  if (germanGenitive(text, word, next[0])) return true;
  const relative =
    folded.length >= 6 &&
    folded.startsWith(ARABIC_ARTICLE) &&
    (folded.endsWith('ي') || folded.endsWith('يه') || folded.endsWith('يين'));
  // A head word is a noun, the object ("ووصف الأمين العام الاتفاقية"), not an adjective.
  if (!relative || isPlaceWord(word) || isHeadWord(folded, 'ar')) return false;
  return !adjectiveAfter(text, next[1]);
}

/**
 * Whether an adjective with the Arabic article, in ي or ية, follows `end`. A word in ية with one
 * after it is a noun with its adjective, the object of the sentence, not a country's adjective
 * that ends the body's name: "تولت وزارة الأمن العام المسؤولية الرئيسية" (but "نائب رئيس الوزراء
 * البولندي الحفل").
 */
function adjectiveAfter(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  if (next === null) return false;
  const folded = foldString(text.slice(next[0], next[1]));
  return folded.startsWith(ARABIC_ARTICLE) && (folded.endsWith('ي') || folded.endsWith('يه'));
}

/**
 * Whether a body's generic name is seated elsewhere by what follows text[…, to): a preposition of
 * place and a capitalised name none of the pack's places, nor a month's or a weekday's: "das
 * Verteidigungsministerium in Quito", "le ministère des Affaires étrangères à Pékin".
 */
export function seatedElsewhereAfter(text: string, to: number): boolean {
  const link = wordAfter(text, to);
  if (!link || !isSeatWord(foldString(text.slice(link[0], link[1])))) return false;
  const next = wordAfter(text, link[1]);
  if (!next || next[1] - next[0] < 3) return false;
  const word = text.slice(next[0], next[1]);
  if (!isUpperUnit(word.charCodeAt(0)) || !isLowerUnit(word.charCodeAt(1))) return false;
  const folded = foldString(word);
  return !isPlaceWord(word) && !isCalendarAnywhere(folded);
}

// French and Spanish adjectives of nationality, after the noun: "colombiano", "mexicana",
// "francesa", "japonés", "estadounidense", "marroquí", "italien", "française", "chinoise".
const ROMANCE_NATIONALITY =
  /(?:an[oa]s?|ens[ea]s?|in[oa]s?|es[ao]s?|és|eñ[oa]s?|í|ien(?:ne)?s?|aise?s?|oise?s?|ol[ae]s?)$/u;

/**
 * Where the French or Spanish adjective of nationality after `to` ends ("el presidente
 * ecuatoriano", "le président français"), or -1: any country's, the pack's places' too.
 */
export function romanceNationalityAfter(text: string, to: number): number {
  const next = wordAfter(text, to);
  if (!next || next[1] - next[0] < 5 || !isLowerUnit(text.charCodeAt(next[0]))) return -1;
  const word = text.slice(next[0], next[1]);
  if (!ROMANCE_NATIONALITY.test(word)) return -1;
  const folded = foldString(word);
  return isFrequentWord(folded, 'es') || isFrequentWord(folded, 'fr') ? -1 : next[1];
}

/**
 * Whether another country's French or Spanish adjective follows a body's generic name at `to`:
 * "el Ministerio de Relaciones Exteriores colombiano", "la Cancillería mexicana", "le ministère
 * des Finances italien". Not one made from the pack's places ("vietnamita").
 */
export function romanceAdjectiveAfter(text: string, to: number): boolean {
  if (stems.length === 0) return false;
  const end = romanceNationalityAfter(text, to);
  return end >= 0 && !isPlaceWord(text.slice(skipInlineSpace(text, to), end));
}

/**
 * Whether `word`, at `from` after a body's name, is another place's German genitive: "die
 * Kommunistische Partei Chinas", "das Außenministerium Russlands". A capitalised word in -s,
 * not made from the pack's places ("Vietnams") nor one of the commonest German words.
 */
function germanGenitive(text: string, word: string, from: number): boolean {
  if (word.length < 5 || !isUpperUnit(word.charCodeAt(0)) || !word.endsWith('s')) return false;
  if (!isLowerUnit(word.charCodeAt(1)) || isPlaceWord(word)) return false;
  if (isFrequentWord(foldString(word), 'de')) return false;
  return germanAround(text, from, from + word.length);
}

/**
 * Whether one of the pack's places is named right after `end` (an article before it or not):
 * after a head word's link it says for whom, not of what ("the convention for Vietnam").
 */
export function placeAfter(text: string, end: number): boolean {
  let next = wordAfter(text, end);
  if (next && ARTICLE_WORDS.has(foldString(text.slice(next[0], next[1])))) {
    next = wordAfter(text, next[1]);
  }
  if (!next) return false;
  const word = text.slice(next[0], next[1]);
  return !isLowerUnit(word.charCodeAt(0)) && isPlaceWord(word) && foldString(word).length >= 4;
}
