import { LANGS, type Lang } from '../dataset/types';
import { isIndefiniteWord } from '../lang/back-references';
import { isCalendarWord } from '../lang/calendar';
import {
  isNotOfWord,
  isPossessiveWord,
  oneWordLinks,
  TAIL_LINK_PHRASES,
  THING_LINK_PHRASES,
} from '../lang/links';
import { dutchAround, polishAround } from './accept';
import { ARTICLE_WORDS } from './body-words';
import { isLowerUnit, isUpperUnit, isWordUnit } from './char-table';
import { foldString } from './fold';
import { isVietnameseLetter } from './text-language';

// The words right before and after a name in the original text, and what the links among them
// say: the rules of short forms and of others' names read them.

/** One-word links of every language's names: a head word followed by one names what follows. */
export function isLinkWord(folded: string): boolean {
  return linkLanguages().has(folded);
}

let languagesOfLinks: Map<string, Lang | null> | undefined;

/** Each one-word link, with the one language it links names in, or null when several. */
function linkLanguages(): ReadonlyMap<string, Lang | null> {
  if (!languagesOfLinks) {
    languagesOfLinks = new Map();
    for (const lang of LANGS) {
      for (const link of [...oneWordLinks(lang), ...TAIL_LINK_PHRASES[lang]]) {
        if (!link || link.includes(' ')) continue;
        const known = languagesOfLinks.get(link);
        languagesOfLinks.set(link, known === undefined || known === lang ? lang : null);
      }
    }
  }
  return languagesOfLinks;
}

export const isInlineSpace = (c: number) => c === 0x20 || c === 0xa0;
export const CALENDAR_LANGS: readonly Lang[] = ['en', 'fr', 'es', 'de', 'nl', 'pl', 'ar'];

/** Whether a folded word is a month's or a weekday's name in one of CALENDAR_LANGS. */
export const isCalendarAnywhere = (folded: string) =>
  CALENDAR_LANGS.some((lang) => isCalendarWord(folded, lang));

/**
 * Whether what follows the link ending at `end` says when or what for, not what of: a number, a
 * month's or a weekday's name, or a word such as "day", "behalf", "que", after an article or a
 * possessive or not ("signed the convention on Saturday", "la convention du 25 octobre", "on the
 * opening day", "on the country's behalf", "el convenio para que"); "of" and an indefinite
 * article ("von einem"); or a quotation ("le traité d'« étape importante »").
 */
export function notOfAfter(text: string, end: number): boolean {
  const at = skipInlineSpace(text, pastApostrophe(text, end));
  if (OPENING_QUOTES.has(text.charCodeAt(at))) return true;
  let [word, to] = foldedWordAt(text, at);
  // "of" and an indefinite article is what a verb speaks of, not whose the thing is: "sprach
  // bei der Zeremonie von einem Meilenstein", "sprak tijdens de ceremonie van een mijlpaal", "la
  // cérémonie d'ouverture à la signature d'un traité" (in small letters: "UN" folds to "un"). Not
  // English, where "the ceremony of a new school" is that school's.
  if (isIndefiniteWord(word) && isLowerUnit(text.charCodeAt(at)) && ofBefore(text, end)) {
    return true;
  }
  if (ARTICLE_WORDS.has(word) || isPossessiveWord(word)) {
    [word, to] = foldedWordAt(text, skipInlineSpace(text, to));
    // An English genitive before the word: "on the country's behalf".
    const mark = text.charCodeAt(to);
    if ((mark === 0x27 || mark === 0x2019) && text[to + 1] === 's') {
      const [after] = foldedWordAt(text, skipInlineSpace(text, to + 2));
      if (isNotOfWord(after)) return true;
    }
  }
  if (!word || to === at) return false;
  return /^\d/u.test(word) || isNotOfWord(word) || isCalendarAnywhere(word);
}

const OF_LINKS = new Set(['von', 'van', 'de', 'd']);

/** Whether the link that ends at `end` (an elided one with its apostrophe) is "of": "von", "d'". */
function ofBefore(text: string, end: number): boolean {
  let to = end;
  const last = text.charCodeAt(to - 1);
  if (last === 0x27 || last === 0x2019) to--;
  let from = to;
  while (from > 0 && to - from < 4 && isWordUnit(text.charCodeAt(from - 1))) from--;
  return from < to && OF_LINKS.has(text.slice(from, to).toLowerCase());
}

/** `at`, or past the apostrophe there that ends an elided word ("d’", "l'"). */
export function pastApostrophe(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c === 0x27 || c === 0x2019 ? at + 1 : at;
}

export function skipInlineSpace(text: string, at: number): number {
  while (at < text.length && isInlineSpace(text.charCodeAt(at))) at++;
  return at;
}

/** The folded word that starts at `from` (24 units at most) and where it ends. */
export function foldedWordAt(text: string, from: number): [string, number] {
  let to = from;
  while (to < text.length && to - from < 24 && isWordUnit(text.charCodeAt(to))) to++;
  return [foldString(text.slice(from, to)), to];
}

/** Quotation marks that open: « „ “ " and the single ones but the apostrophe. */
export const OPENING_QUOTES: ReadonlySet<number> = new Set([
  0xab, 0x201e, 0x201c, 0x22, 0x2018, 0x201a,
]);

/** [from, to) of the word after the inline spaces at `end`, or null. */
export function wordAfter(text: string, end: number): [number, number] | null {
  let from = end;
  while (from < text.length && isInlineSpace(text.charCodeAt(from))) from++;
  let to = from;
  while (to < text.length && to - from < 24 && isWordUnit(text.charCodeAt(to))) to++;
  return to === from || from === end ? null : [from, to];
}

/** [from, to) of the word before the inline spaces at `start`, or null. */
export function wordBefore(text: string, start: number): [number, number] | null {
  let to = start;
  while (to > 0 && isInlineSpace(text.charCodeAt(to - 1))) to--;
  let from = to;
  while (from > 0 && to - from < 24 && isWordUnit(text.charCodeAt(from - 1))) from--;
  return to === from || to === start ? null : [from, to];
}

/**
 * Whether a one-word link follows the name ending at `end` ("de", "pour", "voor", "über", "d’"):
 * what comes next says what the thing named is of.
 */
export function linkAfter(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  if (!next) return false;
  const from = next[0];
  // An elided link keeps its apostrophe ("d’").
  const to = pastApostrophe(text, next[1]);
  const folded = foldString(text.slice(from, to));
  // A word with letters only Vietnamese writes is a Vietnamese link or none: "vẫn" (still) folds
  // to Dutch "van".
  for (let i = from; i < to; i++) {
    if (isVietnameseLetter(text.charCodeAt(i))) return vietnameseLinks().has(folded);
  }
  if (!isLinkWord(folded)) return longLinkAfter(text, folded, to);
  // Dutch "de" is the article, no link: "omdat het verdrag de doorgifte verbiedt".
  if (folded === 'de' && dutchAround(text, from, to)) return false;
  // A link of Dutch or Polish alone is one only in text of its language: English writes "over"
  // ("carry the convention over the line"). Dutch "van" is no word elsewhere.
  const only = linkLanguages().get(folded);
  if (only === 'nl' && folded !== 'van') return dutchAround(text, from, to);
  // Polish "z" (with) joins a name only to a capitalised one: "Konwencja z Hanoi", not "o
  // konwencji z wieloma partnerami".
  if (folded === 'z') return isUpperUnit(text.charCodeAt(skipInlineSpace(text, to)));
  if (only === 'pl') return polishAround(text, from, to);
  return true;
}

let longLinks: ReadonlyMap<string, string[]> | undefined;

/**
 * Whether `first`, the word ending at `to`, and the words after it are a link of several words
 * whose first word is no link alone: Polish "w sprawie", "na rzecz", "do spraw".
 */
function longLinkAfter(text: string, first: string, to: number): boolean {
  if (!longLinks) {
    const byFirst = new Map<string, string[]>();
    for (const lang of LANGS) {
      for (const phrase of [...THING_LINK_PHRASES[lang], ...TAIL_LINK_PHRASES[lang]]) {
        const head = phrase.split(' ')[0];
        if (!phrase.includes(' ') || isLinkWord(head)) continue;
        byFirst.set(head, [...(byFirst.get(head) ?? []), phrase.slice(head.length + 1)]);
      }
    }
    longLinks = byFirst;
  }
  const rests = longLinks.get(first);
  if (!rests) return false;
  const next = wordAfter(text, to);
  if (!next) return false;
  const word = foldString(text.slice(next[0], next[1]));
  return rests.some((rest) => rest === word || rest.startsWith(`${word} `));
}

let vietnamese: ReadonlySet<string> | undefined;
const vietnameseLinks = () => {
  vietnamese ??= new Set(oneWordLinks('vi'));
  return vietnamese;
};
