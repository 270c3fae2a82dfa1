import { isLetterUnit, isUpperUnit } from './char-table';
import { createFoldBuffer, type FoldBuffer, foldInto } from './fold';
import { masculineLocative, polishPersonCases, polishPhraseCases } from './polish-cases';
import type { Keys } from './trie';
import type { AliasSpec } from './types';

/** The last word may take a Polish case ending. */
export const POLISH = 1;
/** The alias may follow Arabic proclitic letters. */
export const ARABIC = 2;
/** A name other things share too: only taken next to a mention of something else (select.ts). */
export const GENERIC = 4;
/** All capitals, like "UN": in all-caps text it cannot be told from a word ("UN ACCORD"). */
export const ACRONYM = 8;
/** A Polish form derived from the alias (an inner word in -a inflected): Polish text only. */
export const INFLECTED = 16;
/** An Arabic ال-alias without its alif (or its article, before ل): the form after the preposition ل ("للأمم", "للجنة"). */
export const LAM = 32;
/** A short form ("Pinto", "President Cuong"): a page counts it once the full name is there. */
export const SHORT = 64;
/** A longer name of something else ("United Nations Office at Vienna"): hides its inside. */
export const EXCLUDE = 128;
/** The entity's type, for mentions inside mentions (matcher.ts): an event ... */
export const EVENT = 256;
/** ... a person ... */
export const PERSON = 512;
/** The last word may take a German case ending: -s, -es, -n, -en ("des Übereinkommens"). */
export const GERMAN = 1024;
/** A German form derived from the alias (an inner word inflected): German text only. */
export const GERMAN_FORM = 2048;
/** ... or a document. */
export const DOCUMENT = 4096;
/** ... or a place: a capitalised word after its name makes a longer name ("Hanoi FC"). */
export const PLACE = 8192;
/** A Dutch alias: its last word may take the genitive -s ("Vietnams president"), an acronym counts in Dutch text. */
export const DUTCH = 16384;

/** A short form that is a common word alone ("Cường"): only after a title (title-before.ts). */
export const TITLED = 32768;
/** The front of a name pattern: a mention only with a back after it (join-parts.ts). */
export const FRONT = 65536;
/** The back of a name pattern: never a mention alone. */
export const BACK = 131072;
/** A front that joins its back only through a middle ("UN's new" + "treaty"). */
export const LEAD = 262144;
/** The middle of a name pattern, between a front and a back: never a mention alone. */
export const MIDDLE = 524288;
/** A pattern's subject before its head ("cybercrime treaty"): a mention only after a lead. */
export const TAIL = 1048576;
/** A person's name that is the office alone ("UN Secretary-General"), see AliasSpec.office. */
export const OFFICE = 2097152;
/** A head word that counts with an article and an adjective before it (AliasSpec.described). */
export const DESCRIBED = 4194304;
/** A pattern's body written after a name ("der Vereinten Nationen"): a mention only after a tail. */
export const AFTER = 8388608;
/** What the thing is, "the country" (AliasSpec.kind). */
export const KIND = 16777216;

const PART_FLAGS = {
  none: 0,
  front: FRONT,
  lead: FRONT | LEAD,
  middle: MIDDLE,
  back: BACK,
  tail: TAIL,
  after: AFTER,
};

/** Fields of a slot's record: checking a hit in a large table then costs one cache miss. */
export const LENGTH = 0; // folded length
export const NEXT = 1; // next slot with the same folded text, in spec order; -1 ends the chain
/**
 * Where the alias has capitals: ~bits (a negative number) when all of them are among its first
 * MASKED_UPPERS units, bit k for folded position k, so most checks read nothing else; else the
 * index in upperPos of their count, followed by the positions.
 */
export const UPPER = 2;
export const FLAGS = 3;
export const SLOT = 4;
export const MASKED_UPPERS = 31;

/**
 * What matching needs to know about each form of an alias that folds to something ("slot"); slot
 * k is key k of the trie. An alias has one slot as written, and more for the Polish and Arabic
 * forms derived from it (INFLECTED, LAM), all in spec order. `slots` holds SLOT Int32 per slot.
 */
export interface AliasTable {
  slots: Int32Array;
  /** Index into the specs array. */
  spec: Int32Array;
  /**
   * Folded positions, relative to the alias start, of letters upper-case in an alias with some
   * beyond MASKED_UPPERS: a count, then the positions (see UPPER).
   */
  upperPos: Int32Array;
  /** Per slot, the name pattern group of a front or back (1, 2, ...; 0 for other names). */
  group: Int32Array;
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
const isGerman = (lang: string) => lang === 'de' || lang.startsWith('de-');
const isDutch = (lang: string) => lang === 'nl' || lang.startsWith('nl-');

/** The flags an entity's type gives each of its aliases (see select.ts). */
function typeFlags(type: string | undefined): number {
  if (type === 'person') return PERSON;
  if (type === 'event') return EVENT;
  if (type === 'place') return PLACE;
  return type === 'document' ? DOCUMENT : 0;
}

const LOWER_A = 0x61;
const SPACE = 0x20;
const ALEF = 0x627;
const LAM_LETTER = 0x644;
// A Polish feminine name in -a takes -y or -i (genitive, dative) or -ę (accusative, folded to e)
// in the middle of a name too ("pani Ghady Waly"); -ą (instrumental) folds back to -a.
const FEMININE_ENDINGS = [0x79, 0x69, 0x65];

/**
 * Slots being collected: one key per slot, several slots may share a spec. Everything goes into
 * growing typed arrays, so a dictionary of 100,000 aliases is folded without an allocation each.
 */
class SlotList {
  codes = new Uint16Array(1024);
  used = 0;
  upperPos = new Int32Array(256);
  uppers = 0;
  /** Upper-case positions given since the last slot was added: they are the next slot's. */
  pending: number[] = [];
  records = new Int32Array(256 * SLOT);
  spec = new Int32Array(256);
  start = new Int32Array(256);
  count = 0;

  /**
   * Adds source[from, to) as a slot of spec `index`; its upper-case positions are those given to
   * upper() since the previous slot.
   */
  add(source: Uint16Array, from: number, to: number, flags: number, index: number): void {
    const n = this.count;
    if (n + 2 > this.spec.length) {
      this.spec = grown(this.spec, n + 2);
      this.start = grown(this.start, n + 2);
      this.records = grown(this.records, (n + 2) * SLOT);
    }
    this.codes = grown(this.codes, this.used + (to - from));
    const codes = this.codes;
    for (let k = from, at = this.used; k < to; k++, at++) codes[at] = source[k];
    const r = n * SLOT;
    this.records[r + LENGTH] = to - from;
    this.records[r + NEXT] = -1;
    this.records[r + UPPER] = this.upperField();
    this.records[r + FLAGS] = flags;
    this.spec[n] = index;
    this.start[n] = this.used;
    this.used += to - from;
    this.count = n + 1;
  }

  /** Records an upper-case position of the slot about to be added. */
  upper(k: number): void {
    this.pending.push(k);
  }

  /** The UPPER field of the slot being added, from the pending positions, which it clears. */
  private upperField(): number {
    const { pending } = this;
    if (pending.every((k) => k < MASKED_UPPERS)) {
      let bits = 0;
      for (const k of pending) bits |= 1 << k;
      pending.length = 0;
      return ~bits;
    }
    const at = this.uppers;
    this.upperPos = grown(this.upperPos, at + 1 + pending.length);
    this.upperPos[at] = pending.length;
    for (let i = 0; i < pending.length; i++) this.upperPos[at + 1 + i] = pending[i];
    this.uppers = at + 1 + pending.length;
    pending.length = 0;
    return at;
  }
}

/**
 * Adds the Polish alias key[from, to) with one capitalised non-final word in -a inflected (the
 * final word takes its endings at match time, see accept.ts). `upper` lists its capitals, sorted.
 */
function addPolishVariants(
  list: SlotList,
  key: Uint16Array,
  from: number,
  to: number,
  upper: readonly number[],
  flags: number,
  index: number,
): void {
  let wordStart = 0;
  for (let k = 0; k < to - from; k++) {
    if (key[from + k] !== SPACE) continue;
    const last = k - 1;
    if (last - wordStart >= 2 && key[from + last] === LOWER_A && upper.includes(wordStart)) {
      for (const ending of FEMININE_ENDINGS) {
        const variant = key.slice(from, to);
        variant[last] = ending;
        for (const u of upper) list.upper(u);
        list.add(variant, 0, variant.length, flags | INFLECTED, index);
      }
    }
    wordStart = k + 1;
  }
}

const LOWER_E = 0x65;
const LOWER_S = 0x73;

/**
 * Adds the German alias key[from, to) with one capitalised non-final word inflected: -s for the
 * genitive ("des Übereinkommens von Hanoi"), -es after -s ("des Lenkungsausschusses für ..."), -n
 * after -e for the weak adjective ("der Vereinten Nationen"), and so one in small letters in -e
 * ("zur hochrangigen UN-Konferenz"). The final word takes its endings at match time (accept.ts).
 */
function addGermanVariants(
  list: SlotList,
  key: Uint16Array,
  from: number,
  to: number,
  upper: readonly number[],
  flags: number,
  index: number,
): void {
  let wordStart = 0;
  for (let k = 0; k < to - from; k++) {
    if (key[from + k] !== SPACE) continue;
    const last = key[from + k - 1];
    // A capitalised word takes its ending; an adjective in small letters its weak -n
    // ("der hochrangigen UN-Konferenz").
    const capital = upper.includes(wordStart);
    const adjective = !capital && last === LOWER_E && k - wordStart >= 5;
    if (k - wordStart >= 3 && (capital || adjective) && isLetterUnit(last)) {
      const ending = last === LOWER_E ? [0x6e] : last === LOWER_S ? [LOWER_E, LOWER_S] : [LOWER_S];
      const n = ending.length;
      const variant = new Uint16Array(to - from + n);
      variant.set(key.subarray(from, from + k));
      variant.set(ending, k);
      variant.set(key.subarray(from + k, to), k + n);
      for (const u of upper) list.upper(u < k ? u : u + n);
      list.add(variant, 0, variant.length, flags | GERMAN | GERMAN_FORM, index);
    }
    wordStart = k + 1;
  }
}

/**
 * Folds every alias into one flat key array and records its matching rules. The work of one
 * alias and the making of the table are functions of their own: on a cold start the loop is
 * optimised while it runs, and code after it that had not run yet sent it back to the
 * interpreter to be optimised again.
 */
export function foldAliases(specs: readonly AliasSpec[]): { keys: Keys; table: AliasTable } {
  const buf = createFoldBuffer();
  const list = new SlotList();
  const upper: number[] = [];
  for (let i = 0; i < specs.length; i++) addAlias(list, specs[i], i, buf, upper);
  return tableOf(list, specs);
}

/** Adds the slots of spec `index`; `buf` and `upper` are scratch space. */
function addAlias(
  list: SlotList,
  spec: AliasSpec,
  index: number,
  buf: FoldBuffer,
  upper: number[],
): void {
  const { text, lang, generic, short, titled, exclude, type, part, office, described, kind } = spec;
  foldInto(text, buf);
  const { codes, map } = buf;
  let from = 0;
  let to = buf.length;
  if (from < to && codes[from] === SPACE) from++;
  if (from < to && codes[to - 1] === SPACE) to--;
  if (from >= to) return;
  upper.length = 0;
  let letters = 0;
  for (let k = from; k < to; k++) {
    if (isUpperUnit(text.charCodeAt(map[k]))) upper.push(k - from);
    if (isLetterUnit(codes[k])) letters++;
  }
  const polish = isPolish(lang);
  const arabic = isArabic(lang);
  const flags =
    (polish && isLetterUnit(codes[to - 1]) ? POLISH : 0) |
    (arabic ? ARABIC : 0) |
    (isGerman(lang) && isLetterUnit(codes[to - 1]) ? GERMAN : 0) |
    (isDutch(lang) && isLetterUnit(codes[to - 1]) ? DUTCH : 0) |
    (generic ? GENERIC : 0) |
    (short ? SHORT : 0) |
    (titled ? TITLED : 0) |
    (office ? OFFICE : 0) |
    (described ? DESCRIBED : 0) |
    (kind ? KIND : 0) |
    (exclude ? EXCLUDE : 0) |
    typeFlags(type) |
    PART_FLAGS[part ?? 'none'] |
    (letters >= 2 && upper.length === letters ? ACRONYM : 0);
  for (const u of upper) list.upper(u);
  list.add(codes, from, to, flags, index);
  if (polish) {
    addPolishVariants(list, codes, from, to, upper, flags, index);
    const key = Array.from(codes.subarray(from, to));
    // A generic name in small letters takes its head word's cases; a short form made by rule
    // ("agencja onz") is left to the endings at match time.
    const cases = polishPhraseCases(key, upper, false, generic === true && !short);
    if (type === 'person') cases.push(...polishPersonCases(key, upper));
    const locative = type === 'person' ? null : masculineLocative(key);
    if (locative) cases.push({ key: locative, upper: [...upper] });
    for (const form of cases) {
      for (const u of form.upper) list.upper(u);
      list.add(Uint16Array.from(form.key), 0, form.key.length, flags | INFLECTED, index);
    }
  }
  if (isGerman(lang)) addGermanVariants(list, codes, from, to, upper, flags, index);
  if (arabic && to - from > 2 && codes[from] === ALEF && codes[from + 1] === LAM_LETTER) {
    // A noun that begins with ل drops the article's ل too: ل + "اللجنة المركزية" is "للجنة
    // المركزية". Not a word alone, which is as often "to a committee" ("للجنة خاصة").
    const lamNoun = to - from > 3 && codes[from + 2] === LAM_LETTER;
    const oneWord = !codes.subarray(from, to).includes(SPACE);
    const drop = lamNoun ? 2 : 1;
    if (!(lamNoun && oneWord)) {
      for (const u of upper) if (u >= drop) list.upper(u - drop);
      list.add(codes, from + drop, to, flags | LAM, index);
    }
  }
}

function tableOf(list: SlotList, specs: readonly AliasSpec[]): { keys: Keys; table: AliasTable } {
  const count = list.count;
  // Pattern groups as small numbers, so a packed matcher carries no strings per slot.
  const groups = new Map<string, number>();
  const group = new Int32Array(count);
  for (let s = 0; s < count; s++) {
    const name = specs[list.spec[s]].group;
    if (name === undefined) continue;
    if (!groups.has(name)) groups.set(name, groups.size + 1);
    group[s] = groups.get(name) as number;
  }
  const slots = list.records.slice(0, count * SLOT);
  const length = new Int32Array(count);
  for (let s = 0; s < count; s++) length[s] = slots[s * SLOT + LENGTH];
  const keys: Keys = { codes: list.codes, start: list.start.slice(0, count), length, count };
  const table: AliasTable = {
    slots,
    spec: list.spec.slice(0, count),
    upperPos: list.upperPos.slice(0, list.uppers),
    group,
  };
  return { keys, table };
}

/**
 * Chains the slots that end at the same trie node, in spec order, and returns per node
 * -(first slot + 1), or 0. A slot repeating an earlier (text, lang) of its entity, or of another
 * when it is no short form, could never win, so it is left out; a short form two entities share
 * is kept for both, for the page to decide (short-forms.ts), and a pattern's part is left out only
 * when it repeats one of its own entity's. Also returns how many slots were kept.
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
    const { text, lang, entityId, short, part, group } = specs[spec[slot]];
    let last = -out[node] - 1;
    let same = false;
    for (let s = last; s >= 0 && !same; s = slots[s * SLOT + NEXT]) {
      const other = specs[spec[s]];
      // A pattern's back stays beside another entity's equal back, and beside its own entity's
      // equal back of another group, which joins other fronts (fronts carry their group as
      // their entity, so equal fronts of one group are kept once); a short form two entities
      // share is kept for both.
      same =
        other.text === text &&
        other.lang === lang &&
        other.part === part &&
        (part
          ? other.entityId === entityId && other.group === group
          : other.entityId === entityId || !short || !other.short);
      last = s;
    }
    if (same) continue;
    slots[last * SLOT + NEXT] = slot;
    kept++;
  }
  return { out, kept };
}
