import {
  caseOf,
  caseTable,
  SPACE as FOLDS_TO_SPACE,
  foldEntry,
  foldTable,
  MULTI,
  mayStartAfter,
  multiFold,
  START_BIT,
  UNIT_MASK,
  wordClass,
  wordTable,
} from './char-table';

/**
 * The page's half of the prefilter (prefilter.ts builds the other): the key of an alias form is
 * the hash of its first KEY_UNITS folded units, or all of them when it is shorter.
 */
// Long enough that a name starting with a common word ("Minister of ...") is not a key of
// every page that says "minister".
export const KEY_UNITS = 16;
export const KEY_SEED = 0x811c9dc5;
// All-capitals aliases ("UN") hash from another seed: they count only where the page has no
// lower-case letter, or every "un..." word of a page would hit.
export const CAPITALS_SEED = 0x050c5d1f;
// The first word of a form (up to KEY_UNITS units) hashes from a third seed into the same bits:
// a page opens the windows of its keys only at words that begin a form.
export const FIRST_SEED = 0x2f6b1a53;
/** The longest ending the matcher reads after a name (Polish "ach", "ami", "owi"). */
const ENDING_UNITS = 3;

/** One more folded unit into an FNV-1a hash. */
export const step = (hash: number, unit: number) => Math.imul(hash ^ unit, 0x01000193);

/** The filter a page holds: a Bloom filter of the keys with three bits per key. */
export interface PrefilterBits {
  bits: Uint32Array<ArrayBuffer>;
  /** log2 of the number of bits. */
  log: number;
  /** Bit L set when some key is L units long; `capitalLengths` the same for all-capitals keys. */
  lengths: number;
  capitalLengths: number;
  /**
   * Some form starts with something other than a letter or digit: it has no first word, so keys
   * are looked for from every place a name may start, not only where a first word is in the bits.
   */
  everyStart: boolean;
  /**
   * The keys worth scanning for are in the bits a second time, as `worthHash` of the key: a page
   * whose hits are all short forms or generic names (never a mention alone) asks nothing.
   */
  worthMarked: boolean;
}

/** The hash under which a key worth scanning for is in the bits too. */
export const worthHash = (key: number) => Math.imul(key ^ 0x5f3759df, 0x01000193) >>> 0;

/** Whether the key `hash` may be one worth scanning for: always, when the bits do not say. */
export function mayBeWorth(filter: PrefilterBits, hash: number): boolean {
  return !filter.worthMarked || hasBits(filter, worthHash(hash));
}

/**
 * The three bits a hash sets, from different mixes of it. A page makes some tens of thousands of
 * lookups, so a chance hit must be rarer than one in a million for most pages to have none.
 */
export function bitsOf(hash: number, log: number): [number, number, number] {
  const h = hash >>> 0;
  return [
    h & ((1 << log) - 1),
    Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - log),
    Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> (32 - log),
  ];
}

// bitsOf without the array: this runs for every place a key may start.
function hasBits(filter: PrefilterBits, hash: number): boolean {
  const { bits, log } = filter;
  const h = hash >>> 0;
  const a = h & ((1 << log) - 1);
  if ((bits[a >>> 5] & (1 << (a & 31))) === 0) return false;
  const b = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - log);
  if ((bits[b >>> 5] & (1 << (b & 31))) === 0) return false;
  const c = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> (32 - log);
  return (bits[c >>> 5] & (1 << (c & 31))) !== 0;
}

const SPACE = 32;
/** No place a name may start is looked at further into a word than this (URLs, base64). */
const WORD_UNITS = 48;
const PREFIXES = KEY_UNITS + 1;

/**
 * Looks for keys in text fed node by node in document order. A word is hashed as it is read
 * (FIRST_SEED), from its start and from every other place a name may start inside it (after an
 * Arabic proclitic, at a node start); where it ends, its first units are looked up, as is the word
 * without the last one to three units (an ending the matcher reads). Only a word found there opens
 * a window: the hash of the next KEY_UNITS units from that place, looked up at every length a key
 * has. A window may run on from one node into the next (inline elements split a name:
 * `To <b>Lam</b>`, `<b>G</b>hada`), and every node start is also a place a key may begin
 * (`textContent` would join `</p><p>` into one word). So the probe finds at least every place the
 * matcher could, `onHit` gets each key hash in the bits, and ordinary words cost one hash step
 * per unit. `end()` ends the last word (the text ends there, or what follows is read later).
 */
export function createProbe(filter: PrefilterBits, onHit: (hash: number) => void) {
  const { bits, lengths, capitalLengths, everyStart } = filter;
  // Most lookups miss at the first of the three bits: it is read inline, without a call (this
  // runs over every page's text once, mostly as code the engine has not optimised yet).
  const firstMask = (1 << filter.log) - 1;
  // The windows still open: their hash, all-capitals hash, length, and whether no unit so far
  // was lower-case in the page.
  const hash = new Int32Array(KEY_UNITS);
  const capital = new Int32Array(KEY_UNITS);
  const length = new Int32Array(KEY_UNITS);
  const caps = new Uint8Array(KEY_UNITS);
  let open = 0;
  // The word being read (its units, and whether each was lower-case in the page), and the places
  // a name may start in it with the first-word hash of each prefix from there.
  const word = new Uint16Array(WORD_UNITS + KEY_UNITS);
  const lowerIn = new Uint8Array(WORD_UNITS + KEY_UNITS);
  let wordLength = 0;
  const startAt = new Int32Array(KEY_UNITS);
  const prefix = new Int32Array(KEY_UNITS * PREFIXES);
  let starts = 0;
  let prev = SPACE;
  // Whether a name may start after the last unit (mayStartAfter of it).
  let afterStart = true;

  function lookUp(h: number, c: number, n: number, upper: boolean) {
    const a = h & firstMask;
    if (lengths & (1 << n) && bits[a >>> 5] & (1 << (a & 31)) && hasBits(filter, h)) onHit(h >>> 0);
    if (!upper || !(capitalLengths & (1 << n))) return;
    const b = c & firstMask;
    if (bits[b >>> 5] & (1 << (b & 31)) && hasBits(filter, c)) onHit(c >>> 0);
  }

  function stepWindows(code: number, lower: boolean) {
    let kept = 0;
    for (let w = 0; w < open; w++) {
      const h = step(hash[w], code);
      const n = length[w] + 1;
      const upper = caps[w] === 1 && !lower;
      // The all-capitals hash only matters while every unit is a capital.
      const c = upper ? step(capital[w], code) : 0;
      lookUp(h, c, n, upper);
      if (n >= KEY_UNITS) continue;
      hash[kept] = h;
      capital[kept] = c;
      length[kept] = n;
      caps[kept] = upper ? 1 : 0;
      kept++;
    }
    open = kept;
  }

  function openWindow() {
    if (open === KEY_UNITS) return;
    hash[open] = KEY_SEED;
    capital[open] = CAPITALS_SEED;
    length[open] = 0;
    caps[open] = 1;
    open++;
  }

  /** Opens a window at `from` in the word, fed the word's units from there. */
  function openWindowAt(from: number) {
    let h = KEY_SEED;
    let c = CAPITALS_SEED;
    let upper = true;
    const to = Math.min(wordLength, from + KEY_UNITS);
    for (let i = from; i < to; i++) {
      h = step(h, word[i]);
      upper &&= lowerIn[i] === 0;
      c = upper ? step(c, word[i]) : 0;
      lookUp(h, c, i - from + 1, upper);
    }
    const n = to - from;
    if (n >= KEY_UNITS || open === KEY_UNITS) return;
    hash[open] = h;
    capital[open] = c;
    length[open] = n;
    caps[open] = upper ? 1 : 0;
    open++;
  }

  /** The word ended: opens a window at each place in it whose first word is in the bits. */
  function endWord() {
    for (let k = 0; k < starts; k++) {
      const from = startAt[k];
      const full = wordLength - from;
      // The word, and the word without an ending, up to their first KEY_UNITS units.
      const longest = Math.min(full, KEY_UNITS);
      let n = full > ENDING_UNITS ? full - ENDING_UNITS : 1;
      if (n > longest) n = longest;
      for (; n <= longest; n++) {
        const h = prefix[k * PREFIXES + n];
        const a = h & firstMask;
        if (bits[a >>> 5] & (1 << (a & 31)) && hasBits(filter, h)) {
          openWindowAt(from);
          break;
        }
      }
    }
    starts = 0;
    wordLength = 0;
  }

  /** One folded unit; `start` when a name may start at it. */
  function unit(code: number, lower: boolean, start: boolean) {
    if (everyStart) {
      if (start) openWindow();
      stepWindows(code, lower);
      return;
    }
    let kind = wordTable[code];
    if (kind === 0) kind = wordClass(code);
    if (kind < 2) {
      if (wordLength > 0) endWord();
      if (open > 0) stepWindows(code, lower);
      return;
    }
    if (open > 0) stepWindows(code, lower);
    if (start && starts < KEY_UNITS && wordLength < WORD_UNITS) {
      startAt[starts] = wordLength;
      prefix[starts * PREFIXES] = FIRST_SEED;
      starts++;
    }
    if (wordLength < word.length) {
      word[wordLength] = code;
      lowerIn[wordLength] = lower ? 1 : 0;
    }
    wordLength++;
    // Mostly one place a name may start (the word's first unit): no loop for it.
    if (starts === 1) {
      const n = wordLength - startAt[0];
      if (n <= KEY_UNITS) prefix[n] = Math.imul(prefix[n - 1] ^ code, 0x01000193);
      return;
    }
    for (let k = 0; k < starts; k++) {
      const n = wordLength - startAt[k];
      if (n > KEY_UNITS) continue;
      const at = k * PREFIXES + n;
      prefix[at] = Math.imul(prefix[at - 1] ^ code, 0x01000193);
    }
  }

  /** Whether the page's character is lower-case. */
  function isLower(ch: number): boolean {
    let v = caseTable[ch];
    if (v === 0) v = caseOf(ch);
    return v === 2;
  }

  return {
    /**
     * One text node's text, folded as the matcher folds it (fold.ts) in the same pass: this runs
     * over every page's text, mostly as code not yet optimised, so it reads the tables inline.
     */
    feed(text: string) {
      let first = true;
      for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        let v = foldTable[ch];
        if (v === 0) v = foldEntry(ch);
        if (v > 0) {
          const code = (v & UNIT_MASK) - 1;
          let letterCase = caseTable[ch];
          if (letterCase === 0) letterCase = caseOf(ch);
          unit(code, letterCase === 2, first || afterStart);
          afterStart = (v & START_BIT) !== 0;
          prev = code;
          first = false;
        } else if (v === FOLDS_TO_SPACE) {
          // White space, even split over two nodes, folds to one space, as in the joined run.
          if (prev === SPACE) continue;
          unit(SPACE, false, first || afterStart);
          afterStart = true;
          prev = SPACE;
          first = false;
        } else if (v === MULTI) {
          const folded = multiFold(ch);
          const lower = isLower(ch);
          for (let k = 0; k < folded.length; k++) {
            const code = folded.charCodeAt(k);
            unit(code, lower, first || afterStart);
            afterStart = mayStartAfter(code);
            prev = code;
            first = false;
          }
        }
      }
    },
    /** The text read so far ends here (the last word is looked up); windows stay open. */
    end() {
      if (wordLength > 0) endWord();
    },
    /** Nothing joins across what comes next (another subtree). */
    reset() {
      if (wordLength > 0) endWord();
      open = 0;
      prev = SPACE;
      afterStart = true;
    },
  };
}

/** Feeds one text alone to a probe: what the matcher sees when it is given `text`. */
export function probeText(probe: ReturnType<typeof createProbe>, text: string): void {
  probe.reset();
  probe.feed(text);
  probe.end();
}
