import { isWordUnit } from './char-table';
import { foldString } from './fold';
import { markedVietnameseAround } from './text-language';

/**
 * Vietnamese tells words apart by the marks the fold drops: "quỹ" (a fund) is not "quy" of "quy
 * định" (a rule), "lễ" (a ceremony) not "lệ" of "thông lệ" (a custom), "Lê" (a name) not "lê" (a
 * pear) only by case. Where a page writes Vietnamese with its marks, a word of the vocabulary
 * found there must carry the marks the vocabulary gives it.
 */

// Tone marks (grave, acute, tilde, hook above, dot below) and the marks of a vowel's quality
// (circumflex, breve, horn), as combining marks.
const TONES = new Set([0x300, 0x301, 0x303, 0x309, 0x323]);
const QUALITIES = new Set([0x302, 0x306, 0x31b]);

/**
 * The syllable's letters with their vowel marks, in small letters, then its tone: "Hoà" and "Hòa"
 * alike (a tone is placed on either vowel), "hoa" and "hóa" not. Other marks are left out, as
 * the fold leaves them ("Hanoï" is "hanoi").
 */
export function toneKey(syllable: string): string {
  let letters = '';
  let tone = '';
  for (const ch of syllable.toLowerCase().normalize('NFD')) {
    const c = ch.charCodeAt(0);
    if (TONES.has(c)) tone = ch;
    else if (QUALITIES.has(c) || c < 0x300 || c > 0x36f) letters += ch;
  }
  return letters.normalize('NFC') + tone;
}

/** Per folded syllable, the keys (toneKey) of the ways the vocabulary writes it. */
export type ToneTable = Map<string, Set<string>>;

const SYLLABLE = /[\p{L}\p{M}]+/gu;

/** The table of the words' syllables ("quỹ", "lễ khai mạc"). */
export function toneTable(words: Iterable<string>): ToneTable {
  const table: ToneTable = new Map();
  for (const word of words) {
    for (const [syllable] of word.matchAll(SYLLABLE)) {
      const folded = foldString(syllable);
      const keys = table.get(folded) ?? new Set<string>();
      keys.add(toneKey(syllable));
      table.set(folded, keys);
    }
  }
  return table;
}

/**
 * The distinct syllables of the words, in small letters, one space between them: what a table
 * is made of, in a form that travels as text.
 */
export function syllablesOf(words: Iterable<string>): string {
  const seen = new Set<string>();
  for (const word of words) {
    for (const [syllable] of word.matchAll(SYLLABLE)) seen.add(syllable.toLowerCase());
  }
  return [...seen].join(' ');
}

// The keys of the syllables read last: a page repeats its words.
const keyCache = new Map<string, string>();

function keyOf(syllable: string): string {
  let key = keyCache.get(syllable);
  if (key === undefined) {
    if (keyCache.size > 4096) keyCache.clear();
    key = toneKey(syllable);
    keyCache.set(syllable, key);
  }
  return key;
}

/** Whether a unit is a Latin letter with a mark, or a combining mark (the marks of Vietnamese). */
export const isMarked = (c: number) =>
  (c >= 0xc0 && c < 0x250) || (c >= 0x300 && c < 0x370) || (c >= 0x1e00 && c < 0x1f00);

/**
 * Whether text[from, to) may be the vocabulary's words it folds to: each of its syllables that
 * the table holds is written as the table has it, or the text around is not Vietnamese written
 * with its marks (a French "le", an English text that writes "Lương Cường" once and "Le" later).
 * A name written with no mark at all is read only where `unmarked` asks ("quy" of "quy định" is
 * no "quỹ"): most names are checked at the cost of a loop over their units.
 */
export function marksFit(
  table: ToneTable,
  text: string,
  from: number,
  to: number,
  unmarked = false,
): boolean {
  if (table.size === 0) return true;
  // A name the page writes with no mark is read only where asked to; one with a mark, whole
  // ("Ông Chinh Nguyen" is no "Chính").
  let any = unmarked;
  for (let i = from; i < to && !any; i++) any = isMarked(text.charCodeAt(i));
  if (!any) return true;
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 0x20;
    if (i < to && (isWordUnit(c) || (c >= 0x300 && c < 0x370))) continue;
    if (i > start) {
      const syllable = text.slice(start, i);
      const keys = table.get(foldString(syllable));
      if (keys && !keys.has(keyOf(syllable))) return !markedVietnameseAround(text, from, to);
    }
    start = i + 1;
  }
  return true;
}
