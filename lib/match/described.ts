import type { Lang } from '../dataset/types';
import {
  ARTICLES,
  CEREMONY_HEADS,
  DESCRIBING,
  INDEFINITE_ARTICLES,
  isIndefiniteWord,
} from '../lang/back-references';
import { isCalendarWord } from '../lang/calendar';
import { PATTERN_ADJECTIVES } from '../lang/pattern-words';
import { DUTCH, EVENT, GERMAN } from './alias-table';
import { isUpperUnit, isWordUnit } from './char-table';
import { isHyphen } from './continuation';
import { foldString } from './fold';
import { isInlineSpace } from './next-words';
import { isPlaceWord } from './qualifiers';

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

/**
 * Whether the mention at `start` opens with an indefinite article, not written in capitals ("UN"
 * folds to "un"): an event's head word there introduces the event ("a two-day ceremony", "une
 * cérémonie").
 */
export function introducedAt(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && end - start < 6 && isWordUnit(text.charCodeAt(end))) end++;
  const capitals = end - start > 1 && isUpperUnit(text.charCodeAt(start + 1));
  return (
    end > start &&
    !capitals &&
    isInlineSpace(text.charCodeAt(end)) &&
    isIndefiniteWord(foldString(text.slice(start, end)))
  );
}

let ceremonies: readonly string[] | undefined;

/**
 * Whether the mention [start, end) ends on a ceremony's head word (CEREMONY_HEADS, the end of a
 * compound too: "eine Unterzeichnungszeremonie"): only a ceremony is introduced so.
 */
export function endsOnCeremony(text: string, start: number, end: number): boolean {
  ceremonies ??= Object.values(CEREMONY_HEADS).flat().map(foldString);
  const last = foldString(text.slice(start, end)).trim().split(' ').pop() ?? '';
  return ceremonies.some((head) => last.endsWith(head));
}

/**
 * Whether `written` describes the head after it without making it another thing of the kind: an
 * adjective, a month or a weekday ("the October ceremony"), or a word made from one of the
 * pack's places ("die Hanoier Zeremonie", "the Hanoi ceremony").
 */
function describes(written: string, lang: Lang, capitalHead: boolean): boolean {
  const rule = DESCRIBING[lang];
  if (!rule) return false;
  const folded = foldString(written);
  // Before a capitalised head a place's name starts another name ("the Budapest Convention");
  // German writes every noun so ("die Hanoier Zeremonie").
  const placeFits = lang === 'de' || !capitalHead;
  if (isCalendarWord(folded, lang) || (placeFits && isPlaceWord(written))) return true;
  adjectives ??= new Set(PATTERN_ADJECTIVES.en.words.split('; ').map(foldString));
  if (lang === 'en' && adjectives.has(folded)) return true;
  return rule.ending.test(written) && !rule.not.some((stem) => folded.startsWith(stem));
}

/**
 * German and Dutch put where a thing is before the participle that says so, between the article
 * and the head: "die in Wien ansässige UN-Behörde", "het in Wenen gevestigde VN-bureau". These
 * prepositions before one capitalised word may stand there.
 */
const PLACED: Partial<Record<Lang, readonly string[]>> = {
  de: ['in', 'aus', 'am', 'im', 'bei', 'nach'],
  nl: ['in', 'uit', 'te', 'bij'],
};

/**
 * Where a preposition and a capitalised word end at `at` ("in Wien"), the preposition's start,
 * or -1.
 */
function placedBefore(text: string, at: number, lang: Lang): number {
  const place = wordBefore(text, at);
  if (!place || !/^\p{Lu}\p{Ll}/u.test(text.slice(place[0], place[1]))) return -1;
  const link = wordBefore(text, place[0]);
  if (!link || !PLACED[lang]?.includes(text.slice(link[0], link[1]))) return -1;
  return link[0];
}

/**
 * Where a head word that a writer describes begins: at the article before its adjectives ("das
 * umstrittene Abkommen", "the UN-brokered treaty", "die in Wien ansässige UN-Behörde"), or -1
 * where no article and adjective come before it. Before an event's head word the article may be
 * an indefinite one ("a two-day ceremony", "einer zweitägigen Zeremonie"). The head's form says
 * the language: German, Dutch, else English (DESCRIBING).
 */
export function describedStart(text: string, start: number, flags: number): number {
  const lang: Lang = (flags & GERMAN) !== 0 ? 'de' : (flags & DUTCH) !== 0 ? 'nl' : 'en';
  let at = start;
  let placed = false;
  for (let n = 0; n <= MOST; n++) {
    const word = wordBefore(text, at);
    if (!word) return -1;
    const written = text.slice(word[0], word[1]);
    const folded = foldString(written);
    if (n > 0 && isArticle(folded, lang)) return word[0];
    if (n > 0 && (flags & EVENT) !== 0 && INDEFINITE_ARTICLES[lang].includes(folded)) {
      return word[0];
    }
    if (n > 0 && !placed) {
      const link = placedBefore(text, at, lang);
      placed = link >= 0;
      if (placed) {
        at = link;
        n--;
        continue;
      }
    }
    if (n === MOST || !describes(written, lang, isUpperUnit(text.charCodeAt(start)))) return -1;
    at = word[0];
  }
  return -1;
}
