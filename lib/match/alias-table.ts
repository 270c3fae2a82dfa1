import { isLetterUnit, isUpperUnit } from './char-table';
import { createFoldBuffer, foldInto } from './fold';
import type { Keys } from './trie';
import type { AliasSpec } from './types';

/** The last word may take a Polish case ending. */
export const POLISH = 1;
/** The alias may follow Arabic proclitic letters. */
export const ARABIC = 2;

/** Fields of a slot's record: checking a hit in a large table then costs one cache miss. */
export const LENGTH = 0; // folded length
export const NEXT = 1; // next slot with the same folded text, in spec order; -1 ends the chain
export const UPPER = 2; // start in upperPos; the slot's entries end where the next slot's start
export const FLAGS = 3;
export const SLOT = 4;

/**
 * What matching needs to know about each alias that folds to something ("slot"); slot k is key
 * k of the trie. `slots` holds SLOT Int32 per slot, plus one closing record.
 */
export interface AliasTable {
  slots: Int32Array;
  /** Index into the specs array. */
  spec: Int32Array;
  /** Folded positions, relative to the alias start, of letters upper-case in the alias. */
  upperPos: Int32Array;
}

function grown<T extends Uint16Array | Int32Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const size = Math.max(needed, array.length * 2);
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

const isPolish = (lang: string) => lang === 'pl' || lang.startsWith('pl-');
const isArabic = (lang: string) => lang === 'ar' || lang.startsWith('ar-');

/** Folds every alias into one flat key array and records its matching rules. */
export function foldAliases(specs: readonly AliasSpec[]): { keys: Keys; table: AliasTable } {
  const buf = createFoldBuffer();
  let chars = 0;
  for (const s of specs) chars += s.text.length;
  let codes = new Uint16Array(chars + 16);
  let upperPos = new Int32Array(256);
  const slots = new Int32Array((specs.length + 1) * SLOT);
  const spec = new Int32Array(specs.length);
  const start = new Int32Array(specs.length);
  const length = new Int32Array(specs.length);
  let count = 0;
  let used = 0;
  let uppers = 0;
  for (let i = 0; i < specs.length; i++) {
    const { text, lang } = specs[i];
    foldInto(text, buf);
    let from = 0;
    let to = buf.length;
    if (from < to && buf.codes[from] === 32) from++;
    if (from < to && buf.codes[to - 1] === 32) to--;
    if (from >= to) continue;
    codes = grown(codes, used + to - from);
    codes.set(buf.codes.subarray(from, to), used);
    const at = count * SLOT;
    slots[at + UPPER] = uppers;
    upperPos = grown(upperPos, uppers + to - from);
    for (let k = from; k < to; k++) {
      if (isUpperUnit(text.charCodeAt(buf.map[k]))) upperPos[uppers++] = k - from;
    }
    slots[at + LENGTH] = to - from;
    slots[at + NEXT] = -1;
    const polish = isPolish(lang) && isLetterUnit(buf.codes[to - 1]);
    slots[at + FLAGS] = (polish ? POLISH : 0) | (isArabic(lang) ? ARABIC : 0);
    spec[count] = i;
    start[count] = used;
    length[count++] = to - from;
    used += to - from;
  }
  slots[count * SLOT + UPPER] = uppers;
  const keys: Keys = { codes, start, length, count };
  const table: AliasTable = {
    slots: slots.slice(0, (count + 1) * SLOT),
    spec: spec.slice(0, count),
    upperPos: upperPos.slice(0, uppers),
  };
  return { keys, table };
}

/**
 * Chains the slots that end at the same trie node, in spec order, and returns per node
 * -(first slot + 1), or 0. A slot repeating an earlier (text, lang) could never win, so it is
 * left out. Also returns how many slots were kept.
 */
export function linkSlots(
  table: AliasTable,
  specs: readonly AliasSpec[],
  keyNode: Int32Array,
  nodes: number,
): { out: Int32Array; kept: number } {
  const { slots, spec } = table;
  const out = new Int32Array(nodes);
  let kept = 0;
  for (let slot = 0; slot < keyNode.length; slot++) {
    const node = keyNode[slot];
    if (out[node] === 0) {
      out[node] = -(slot + 1);
      kept++;
      continue;
    }
    // Same folded text as an earlier slot: rare, so walking the chain to its end is cheap.
    const { text, lang } = specs[spec[slot]];
    let last = -out[node] - 1;
    let same = false;
    for (let s = last; s >= 0 && !same; s = slots[s * SLOT + NEXT]) {
      const other = specs[spec[s]];
      same = other.text === text && other.lang === lang;
      last = s;
    }
    if (same) continue;
    slots[last * SLOT + NEXT] = slot;
    kept++;
  }
  return { out, kept };
}
