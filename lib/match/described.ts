import type { Lang } from '../dataset/types';
import { ARTICLES, DESCRIBING } from '../lang/back-references';
import { PATTERN_ADJECTIVES } from '../lang/pattern-words';
import { DUTCH, GERMAN } from './alias-table';
import { isWordUnit } from './char-table';
import { isHyphen } from './continuation';
import { foldString } from './fold';
import { isInlineSpace } from './next-words';

/** The most adjectives read between an article and a head word ("the controversial UN-brokered"). */
const MOST = 2;

let articles: Map<Lang, ReadonlySet<string>> | undefined;
let adjectives: ReadonlySet<string> | undefined;

/** [from, to) of the word (with its hyphens) before the inline spaces at `at`, or null. */
function wordBefore(text: string, at: number): [number, number] | null {
  let to = at;
  while (to > 0 && isInlineSpace(text.charCodeAt(to - 1))) to--;
  if (to === at) return null;
  let from = to;
  while (from > 0 && (isWordUnit(text.charCodeAt(from - 1)) || isHyphen(text.charCodeAt(from - 1))))
    from--;
  return from < to ? [from, to] : null;
}

function isArticle(folded: string, lang: Lang): boolean {
  articles ??= new Map(
    (['en', 'de', 'nl'] as const).map((l) => [l, new Set(ARTICLES[l].map(foldString))]),
  );
  return articles.get(lang)?.has(folded) ?? false;
}

/** Whether `written` describes the head after it without making it another thing of the kind. */
function describes(written: string, lang: Lang): boolean {
  const rule = DESCRIBING[lang];
  if (!rule) return false;
  const folded = foldString(written);
  adjectives ??= new Set(PATTERN_ADJECTIVES.en.words.split('; ').map(foldString));
  if (lang === 'en' && adjectives.has(folded)) return true;
  return rule.ending.test(written) && !rule.not.some((stem) => folded.startsWith(stem));
}

/**
 * Where a head word that a writer describes begins: at the article before its adjectives ("das
 * umstrittene Abkommen", "the UN-brokered treaty"), or -1 where no article and adjective come
 * before it. The head's form says the language: German, Dutch, else English (DESCRIBING).
 */
export function describedStart(text: string, start: number, flags: number): number {
  const lang: Lang = (flags & GERMAN) !== 0 ? 'de' : (flags & DUTCH) !== 0 ? 'nl' : 'en';
  let at = start;
  for (let n = 0; n <= MOST; n++) {
    const word = wordBefore(text, at);
    if (!word) return -1;
    const written = text.slice(word[0], word[1]);
    if (n > 0 && isArticle(foldString(written), lang)) return word[0];
    if (n === MOST || !describes(written, lang)) return -1;
    at = word[0];
  }
  return -1;
}
