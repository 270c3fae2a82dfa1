import { type PackedArray, uint32Base64, unpackArray } from '../match/compiled';
import { createProbe, mayBeWorth, type PrefilterBits, probeText } from '../match/prefilter-probe';
import type { KeyCheck, PackedMatcherData } from '../messages';

/** Hashes per check message (the message field holds up to 24,576). */
const BATCH = 4096;

/** Asks which hashes are keys (base64 of Uint32Arrays): the background, or the page itself. */
export type CheckKeys = (hashes: string, known: string) => Promise<KeyCheck | null>;

export type Probe = ReturnType<typeof createProbe>;

/**
 * What a page has learned of the prefilter's keys (lib/match/prefilter.ts): the hashes of its
 * text that hit the bits, which of them `check` has answered about, which are keys, and the
 * matcher of those keys. The text feed, then detection's gate (key-gate.ts), feed it, so no hash
 * is asked about twice; each answer that brings a matcher goes to the `onMatcher` listeners.
 */
export function createPageKeys(
  filter: PrefilterBits,
  options: { check: CheckKeys; onAsk?: () => void },
) {
  const waiting = new Set<number>();
  const answered = new Set<number>();
  const keys = new Set<number>();
  const listeners = new Set<(matcher: PackedMatcherData) => void>();
  let latest: PackedMatcherData | null = null;
  let complete = false;
  let matchers = 0;
  let running: Promise<PackedMatcherData | null> | undefined;
  // Whether a hit may be a key worth scanning for. Until one is, the page holds nothing to find
  // (its hits are at most short forms or generic names), so nothing is asked: the hits wait to be
  // asked about with the first one that may be worth it.
  let worthHit = false;
  const asks = () => worthHit || latest !== null;

  function hit(hash: number): boolean {
    if (complete || answered.has(hash)) return false;
    waiting.add(hash);
    if (!worthHit && mayBeWorth(filter, hash)) worthHit = true;
    return true;
  }

  async function askAll(): Promise<PackedMatcherData | null> {
    while (waiting.size && asks()) {
      const batch = new Uint32Array(Math.min(waiting.size, BATCH));
      let n = 0;
      for (const hash of waiting) {
        if (n === batch.length) break;
        batch[n++] = hash;
        waiting.delete(hash);
      }
      options.onAsk?.();
      const known = uint32Base64(Uint32Array.from(keys));
      const answer = await options.check(uint32Base64(batch), known).catch((error: unknown) => {
        console.warn('Fact cards: the key check failed', error);
        return null;
      });
      for (const hash of batch) answered.add(hash);
      if (!answer) continue;
      for (const key of unpackArray({ type: 'Uint32Array', base64: answer.keys })) keys.add(key);
      if (!answer.matcher) continue;
      latest = answer.matcher;
      complete = answer.complete;
      // A matcher of every alias: no hash needs asking about any more.
      if (complete) {
        for (const hash of waiting) answered.add(hash);
        waiting.clear();
      }
      matchers++;
      for (const listener of listeners) listener(answer.matcher);
    }
    return latest;
  }

  // Detection's probe: whether a text it is about to match holds a hash not answered yet. Made
  // on first use: a page with nothing to find never gets that far.
  let uncovered = false;
  let gateProbe: Probe | undefined;

  return {
    filter,
    /** Whether the latest matcher holds every alias: no text can hold a key it does not know. */
    complete: () => complete,
    /** Notes a hash that hit the bits; true while it has not been answered about. */
    hit,
    /** A probe whose hits are noted here, for text read a node at a time (the text feed). */
    probe: (): Probe => createProbe(filter, hit),
    /** Whether every hash `text` holds has been answered about; the others are noted. */
    covers(text: string): boolean {
      if (complete) return true;
      uncovered = false;
      gateProbe ??= createProbe(filter, (hash) => {
        if (hit(hash)) uncovered = true;
      });
      probeText(gateProbe, text);
      return !uncovered;
    },
    /** Asks about every hash not asked about yet; resolves to the latest matcher, or null. */
    flush(): Promise<PackedMatcherData | null> {
      running ??= askAll().finally(() => {
        running = undefined;
      });
      return running;
    },
    /** Whether some hash waits for its answer. */
    busy: () => (waiting.size > 0 && asks()) || running !== undefined,
    /** The matcher the latest answer brought (it knows every key found so far), or null. */
    latest: () => latest,
    /** How many matchers the answers brought so far (each one knows more keys). */
    matchers: () => matchers,
    onMatcher(listener: (matcher: PackedMatcherData) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type PageKeys = ReturnType<typeof createPageKeys>;

/** The prefilter a page holds, from its packed form; undefined when `data` is not one. */
export function unpackPrefilter(data: unknown): PrefilterBits | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { bits, log, lengths, capitalLengths, everyStart, worthMarked } = data as Record<
    string,
    unknown
  >;
  const numbers = [log, lengths, capitalLengths].every(Number.isInteger);
  if (
    !numbers ||
    typeof everyStart !== 'boolean' ||
    (bits as PackedArray)?.type !== 'Uint32Array'
  ) {
    return undefined;
  }
  try {
    const unpacked = unpackArray(bits as PackedArray) as PrefilterBits['bits'];
    // The bits must be as many as `log` says: each lookup reads anywhere among them.
    if (unpacked.length * 32 !== 2 ** (log as number)) return undefined;
    return {
      bits: unpacked,
      log: log as number,
      lengths: lengths as number,
      capitalLengths: capitalLengths as number,
      everyStart,
      // A prefilter stored before worth keys were marked.
      worthMarked: worthMarked === true,
    };
  } catch {
    return undefined;
  }
}
