import { type AliasTable, ARABIC, FLAGS, LENGTH, POLISH, SLOT, UPPER } from './alias-table';
import { isLowerUnit, isProclitic, isWordCodePoint, isWordUnit } from './char-table';

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

// Folded, so ą, ę and ó need no entries of their own.
const POLISH_ENDINGS = ['a', 'u', 'owi', 'em', 'ie', 'y', 'i', 'ach', 'ami', 'om', 'ow', 'e'].map(
  (s) => Array.from(s, (ch) => ch.charCodeAt(0)),
);

/** The end of a Polish case ending at pos followed by a word boundary, or -1. */
function polishEnd(codes: Uint16Array, length: number, pos: number): number {
  for (const ending of POLISH_ENDINGS) {
    const end = pos + ending.length;
    if (end > length) continue;
    let k = 0;
    while (k < ending.length && codes[pos + k] === ending[k]) k++;
    if (k === ending.length && !wordAt(codes, length, end)) return end;
  }
  return -1;
}

/** One or two proclitic letters right before pos, themselves at a word start. */
function afterProclitic(codes: Uint16Array, pos: number): boolean {
  if (pos === 0 || !isProclitic(codes[pos - 1])) return false;
  if (!wordBefore(codes, pos - 1)) return true;
  return pos >= 2 && isProclitic(codes[pos - 2]) && !wordBefore(codes, pos - 2);
}

/** A lower-case page letter where the alias has a capital is only fine in an all-caps match. */
function caseFits(table: AliasTable, slot: number, page: Page, start: number): boolean {
  const { text, map } = page;
  const { slots, upperPos } = table;
  let clash = false;
  const last = slots[(slot + 1) * SLOT + UPPER];
  for (let k = slots[slot * SLOT + UPPER]; k < last && !clash; k++) {
    clash = isLowerUnit(text.charCodeAt(map[start + upperPos[k]]));
  }
  if (!clash) return true;
  const end = start + slots[slot * SLOT + LENGTH];
  for (let f = start; f < end; f++) if (isLowerUnit(text.charCodeAt(map[f]))) return false;
  return true;
}

/**
 * Checks the alias in `slot` found in the folded page ending at `end`; returns the folded end of
 * the mention (past any Polish ending), or -1 when the rules reject it.
 */
export function acceptAt(table: AliasTable, slot: number, page: Page, end: number): number {
  const { codes, length } = page;
  const start = end - table.slots[slot * SLOT + LENGTH];
  const flags = table.slots[slot * SLOT + FLAGS];
  if (wordBefore(codes, start) && !(flags & ARABIC && afterProclitic(codes, start))) return -1;
  let stop = end;
  if (wordAt(codes, length, end)) {
    if (!(flags & POLISH)) return -1;
    stop = polishEnd(codes, length, end);
    if (stop < 0) return -1;
  }
  return caseFits(table, slot, page, start) ? stop : -1;
}
