import { frequentAnywhere } from '../lang/frequent-words';
import {
  ACRONYM,
  type AliasTable,
  ARABIC,
  DUTCH,
  FLAGS,
  GERMAN,
  GERMAN_FORM,
  INFLECTED,
  LAM,
  LENGTH,
  OFFICE,
  PERSON,
  POLISH,
  SHORT,
  SLOT,
  UPPER,
} from './alias-table';
import {
  isLetterUnit,
  isLowerUnit,
  isProclitic,
  isUpperUnit,
  isWordCodePoint,
  isWordUnit,
} from './char-table';
import { AROUND, DUTCH_WORDS, GERMAN_WORDS, isGermanLetter, wordsAround } from './text-language';

/** Folded page text with its map to the original, as find() sees it. */
export interface Page {
  text: string;
  codes: Uint16Array;
  map: Uint32Array;
  length: number;
}

/** Whether the folded char just before pos is a letter, digit or mark. */
export function wordBefore(codes: Uint16Array, pos: number): boolean {
  if (pos === 0) return false;
  const c = codes[pos - 1];
  if (c >= 0xdc00 && c <= 0xdfff && pos >= 2) {
    const hi = codes[pos - 2];
    if (hi >= 0xd800 && hi <= 0xdbff) return isWordCodePoint((hi - 0xd800) * 0x400 + c + 0x2400);
  }
  return isWordUnit(c);
}

/** Whether the folded char at pos is a letter, digit or mark. */
export function wordAt(codes: Uint16Array, length: number, pos: number): boolean {
  if (pos >= length) return false;
  const c = codes[pos];
  if (c >= 0xd800 && c <= 0xdbff && pos + 1 < length) {
    const lo = codes[pos + 1];
    if (lo >= 0xdc00 && lo <= 0xdfff) return isWordCodePoint((c - 0xd800) * 0x400 + lo + 0x2400);
  }
  return isWordUnit(c);
}

// Folded, so ą, ę and ó need no entries of their own. A stem in -k or -g takes -iem
// (instrumental: "z ministrem Luong Tam Quangiem"); one in -r or -d its locative in -ze, -zie
// ("w Ekwadorze").
const POLISH_ENDINGS = [
  'a',
  'u',
  'owi',
  'em',
  'iem',
  'ie',
  'ze',
  'zie',
  'y',
  'i',
  'ach',
  'ami',
  'om',
  'ow',
  'e',
].map((s) => Array.from(s, (ch) => ch.charCodeAt(0)));

const POLISH_PLURAL = ['ow', 'ach', 'ami', 'om'];

/** Whether codes[from, to) is one of the Polish plural endings. */
function pluralEnding(codes: Uint16Array, from: number, to: number): boolean {
  const n = to - from;
  if (n < 2) return false;
  return POLISH_PLURAL.some((e) => {
    if (e.length !== n) return false;
    for (let k = 0; k < n; k++) if (codes[from + k] !== e.charCodeAt(k)) return false;
    return true;
  });
}

// The endings of German feminine nouns (folded: "tät" is "tat"), which take no ending in the
// singular: "Behörden", "Zeremonien", "Konferenzen", "Agenturen" are plurals.
const FEMININE = ['e', 'ion', 'ung', 'heit', 'keit', 'schaft', 'tat', 'enz', 'anz', 'ur'];
const E_LETTER = 0x65;

/**
 * Whether the folded word ending at `end` has a German feminine noun's ending; not -ee, a neuter
 * one ("des Komitees").
 */
function feminineEnd(codes: Uint16Array, end: number): boolean {
  if (codes[end - 1] === E_LETTER && codes[end - 2] === E_LETTER) return false;
  return FEMININE.some((e) => {
    if (end < e.length + 2) return false;
    for (let k = 0; k < e.length; k++) {
      if (codes[end - e.length + k] !== e.charCodeAt(k)) return false;
    }
    return true;
  });
}

// Folded: ß is ss, so "des Übereinkommens" ends like "Übereinkommen" + "s".
const GERMAN_ENDINGS = ['s', 'es', 'n', 'en'].map((s) => Array.from(s, (ch) => ch.charCodeAt(0)));

/** The end of an ending from `endings` at pos followed by a word boundary, or -1. */
function endingEnd(codes: Uint16Array, length: number, pos: number, endings: number[][]): number {
  for (const ending of endings) {
    const end = pos + ending.length;
    if (end > length) continue;
    let k = 0;
    while (k < ending.length && codes[pos + k] === ending[k]) k++;
    if (k === ending.length && !wordAt(codes, length, end)) return end;
  }
  return -1;
}

const GENITIVE = [[0x73]];

const WAW = 0x648;
const FEH = 0x641;
const ALEF = 0x627;
const LAM_LETTER = 0x644;

/** Whether the proclitic before pos starts a word, or (second) follows a word-initial و or ف. */
function procliticStart(codes: Uint16Array, pos: number, second: boolean): boolean {
  if (!wordBefore(codes, pos)) return true;
  const c = codes[pos - 1];
  return second && (c === WAW || c === FEH) && !wordBefore(codes, pos - 1);
}

/**
 * Proclitics right before an Arabic alias at pos: one of و ب ل ك ف, or و/ف then ب ل ك ("وبالأمم").
 * Before the article ال the preposition ل takes the alif's place ("للأمم"): that form is a slot
 * of its own (LAM), so ل directly before ال is no proclitic.
 */
function afterProclitic(codes: Uint16Array, pos: number, lam: boolean): boolean {
  if (lam) return pos > 0 && codes[pos - 1] === LAM_LETTER && procliticStart(codes, pos - 1, true);
  if (pos === 0 || !isProclitic(codes[pos - 1])) return false;
  const c = codes[pos - 1];
  if (c === LAM_LETTER && codes[pos] === ALEF && codes[pos + 1] === LAM_LETTER) return false;
  return procliticStart(codes, pos - 1, c !== WAW && c !== FEH);
}

/** Polish-only letters (ą ć ę ł ń ś ź ż, either case) and the ogonek of a decomposed ą or ę. */
const isPolishLetter = (c: number) =>
  c === 0x328 ||
  (c >= 0x104 && c <= 0x107) ||
  c === 0x118 ||
  c === 0x119 ||
  (c >= 0x141 && c <= 0x144) ||
  c === 0x15a ||
  c === 0x15b ||
  (c >= 0x179 && c <= 0x17c);

const W = 0x77;
const Z = 0x7a;

/**
 * Whether the text around [from, to) is Polish: an ending like -u or -a is also the end of many
 * foreign words ("Flights To Lamu"), so it is only read as a case ending in Polish text. Polish is
 * a letter only Polish uses, or the prepositions "w" and "z", which a headline without such a
 * letter still has ("Spotkanie z To Lamem").
 */
export function polishAround(text: string, from: number, to: number): boolean {
  const start = Math.max(0, from - AROUND);
  const end = Math.min(text.length, to + AROUND);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isPolishLetter(c)) return true;
    if (
      (c === W || c === Z) &&
      (i === 0 || !isLetterUnit(text.charCodeAt(i - 1))) &&
      (i + 1 === text.length || !isLetterUnit(text.charCodeAt(i + 1)))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Whether the text around [from, to) is German: "Hanois" or "Lamen" are no words elsewhere, but
 * an ending is only read as one where German is written (its letters or its commonest words).
 */
export function germanAround(text: string, from: number, to: number): boolean {
  const start = Math.max(0, from - AROUND);
  const end = Math.min(text.length, to + AROUND);
  for (let i = start; i < end; i++) if (isGermanLetter(text.charCodeAt(i))) return true;
  return wordsAround(text, from, to, GERMAN_WORDS);
}

/** Whether the text around [from, to) is Dutch, where a name's genitive -s is read as one. */
export function dutchAround(text: string, from: number, to: number): boolean {
  return wordsAround(text, from, to, DUTCH_WORDS);
}

/** Whether the word after white space from i on (step 1) or before i (step -1) is all capitals. */
function capsWord(text: string, i: number, step: 1 | -1): boolean {
  let k = step === 1 ? i : i - 1;
  while (k >= 0 && k < text.length && /\s/.test(text[k])) k += step;
  let letters = 0;
  for (; k >= 0 && k < text.length && isLetterUnit(text.charCodeAt(k)); k += step) {
    if (!isUpperUnit(text.charCodeAt(k))) return false;
    letters++;
  }
  return letters >= 2;
}

/** A lower-case page letter where the alias has a capital is only fine in an all-caps match. */
function caseFits(table: AliasTable, slot: number, page: Page, start: number): boolean {
  const { text, map } = page;
  const { slots, upperPos } = table;
  let clash = false;
  const field = slots[slot * SLOT + UPPER];
  if (field < 0) {
    // Bit k: a capital at k. Each turn takes the lowest bit left.
    for (let bits = ~field; bits !== 0 && !clash; bits &= bits - 1) {
      clash = isLowerUnit(text.charCodeAt(map[start + 31 - Math.clz32(bits & -bits)]));
    }
  } else {
    const last = field + upperPos[field];
    for (let k = field + 1; k <= last && !clash; k++) {
      clash = isLowerUnit(text.charCodeAt(map[start + upperPos[k]]));
    }
  }
  if (!clash) return true;
  const end = start + slots[slot * SLOT + LENGTH];
  // Acronyms of four letters and more are also written as a word ("Unodc", "Onudc"); shorter
  // ones would read as words ("Un", "Onz"), but for three in German text ("die Uno", as the
  // Swiss and much of the German press write it).
  const flags = slots[slot * SLOT + FLAGS];
  const long = end - start >= 4;
  const german = end - start === 3 && (flags & GERMAN) !== 0;
  if (
    flags & ACRONYM &&
    (long || german) &&
    isUpperUnit(text.charCodeAt(map[start])) &&
    (long || germanAround(text, map[start], map[end - 1] + 1))
  ) {
    let lower = true;
    for (let f = start + 1; f < end && lower; f++) lower = !isUpperUnit(text.charCodeAt(map[f]));
    if (lower) return true;
  }
  for (let f = start; f < end; f++) if (isLowerUnit(text.charCodeAt(map[f]))) return false;
  return true;
}

/**
 * Checks the alias in `slot` found in the folded page ending at `end`; returns the folded end of
 * the mention (past any Polish ending), or -1 when the rules reject it.
 */
export function acceptAt(table: AliasTable, slot: number, page: Page, end: number): number {
  const { codes, length, text, map } = page;
  const start = end - table.slots[slot * SLOT + LENGTH];
  const flags = table.slots[slot * SLOT + FLAGS];
  if (flags & LAM) {
    if (!afterProclitic(codes, start, true)) return -1;
  } else if (wordBefore(codes, start) && !(flags & ARABIC && afterProclitic(codes, start, false))) {
    return -1;
  }
  let stop = end;
  // The language whose text an ending needs (one of these flags, or German or Dutch).
  let ending = 0;
  if (wordAt(codes, length, end)) {
    if (flags & POLISH) {
      stop = endingEnd(codes, length, end, POLISH_ENDINGS);
      ending = POLISH;
      // A thing's head word in the plural is other things: "traktatów wielostronnych".
      if ((flags & (SHORT | PERSON)) === SHORT && pluralEnding(codes, end, stop)) return -1;
    } else if (flags & GERMAN) {
      // A title alone with -s is as often the plural: "Staats- und Regierungschefs".
      if ((flags & (SHORT | OFFICE)) === (SHORT | OFFICE)) return -1;
      // A thing's feminine head word with an ending is the plural: "der beteiligten Behörden".
      if ((flags & (SHORT | PERSON)) === SHORT && feminineEnd(codes, end)) return -1;
      stop = endingEnd(codes, length, end, GERMAN_ENDINGS);
      ending = GERMAN;
    } else if (flags & DUTCH && !(flags & ACRONYM)) {
      // A thing's head word with -s is the plural: "de ministeries".
      if ((flags & (SHORT | PERSON)) === SHORT) return -1;
      stop = endingEnd(codes, length, end, GENITIVE);
      ending = DUTCH;
    } else if (flags & PERSON) {
      // German and Dutch give any person's name its genitive -s ("To Lams Rede").
      stop = endingEnd(codes, length, end, GENITIVE);
      ending = GERMAN | DUTCH;
    }
    if (stop < 0 || stop === end) return -1;
  }
  if (!caseFits(table, slot, page, start)) return -1;
  const from = map[start];
  const to = map[stop - 1] + 1;
  if (flags & GERMAN_FORM && !germanAround(text, from, to)) return -1;
  if (flags & INFLECTED && !polishAround(text, from, to)) return -1;
  if (
    ending !== 0 &&
    !(ending & POLISH && polishAround(text, from, to)) &&
    !(ending & GERMAN && germanAround(text, from, to)) &&
    !(ending & DUTCH && dutchAround(text, from, to))
  ) {
    return -1;
  }
  // Beside words in capitals, an acronym that is a common word ("UN", "UNO") may be that word
  // ("UN TRAITÉ"); one that is no word ("LHQ", "UNODC") is the acronym still.
  if (
    flags & ACRONYM &&
    (capsWord(text, to, 1) || capsWord(text, from, -1)) &&
    frequentAnywhere(String.fromCharCode(...codes.subarray(start, stop)))
  ) {
    return -1;
  }
  // Dutch writes VN for the UN, other languages for Vietnam ("VN-Index", Vietnamese headlines): an
  // acronym given in Dutch counts in Dutch text (the same acronym in English has a slot of its own).
  if (flags & DUTCH && flags & ACRONYM && !dutchAround(text, from, to)) return -1;
  // A hyphen after a name joins it to a word that says what belongs to it ("UN-Mission",
  // "VN-vredesmacht"): still a mention, unless the compound names a body (others.ts).
  return stop;
}
