import { type PackedArray, uint32Base64, unpackArray } from '@/lib/match/compiled';
import type { PrefilterBits } from '@/lib/match/prefilter-probe';
import type { KeyCheck, PackedMatcherData } from '@/lib/messages';
import { ask } from '@/utils/ask';
import { PAGE_MATCHER_KEY, PREFILTER_KEY, readStored } from '@/utils/page-start';
import type { PageContext } from './context';
import { localCheck } from './local-check';

/** Hashes per check message (the message field holds up to 24,576). */
const BATCH = 4096;

export type CheckKeys = (hashes: string, known: string) => Promise<KeyCheck | null>;

const askBackground: CheckKeys = (hashes, known) => ask({ type: 'prefilter-check', hashes, known });

/**
 * Checks keys in the page when the background stored what that needs (pages get the whole
 * matcher: local-check.ts), read at the first check; else asks the background.
 */
function checkInPageOrAsk(): CheckKeys {
  let local: Promise<CheckKeys | undefined> | undefined;
  return async (hashes, known) => {
    local ??= readStored(PAGE_MATCHER_KEY).then(localCheck, () => undefined);
    return ((await local) ?? askBackground)(hashes, known);
  };
}

/**
 * What a page has learned of the prefilter's keys (lib/match/prefilter.ts): the hashes of its
 * text that hit the bits, which of them the background has answered about, which are keys, and
 * the matcher of those keys. The search (watch-text.ts) and then detection's gate (key-gate.ts)
 * feed it, so no hash is asked about twice; each answer that brings a matcher goes to
 * `onMatcher`.
 */
export function createPageKeys(
  filter: PrefilterBits,
  options: { check?: CheckKeys; onAsk?: () => void } = {},
) {
  const check = options.check ?? checkInPageOrAsk();
  const waiting = new Set<number>();
  const answered = new Set<number>();
  const keys = new Set<number>();
  const listeners = new Set<(matcher: PackedMatcherData) => void>();
  let latest: PackedMatcherData | null = null;
  let complete = false;
  let matchers = 0;
  let running: Promise<PackedMatcherData | null> | undefined;

  async function askAll(): Promise<PackedMatcherData | null> {
    while (waiting.size) {
      const batch = new Uint32Array(Math.min(waiting.size, BATCH));
      let n = 0;
      for (const hash of waiting) {
        if (n === batch.length) break;
        batch[n++] = hash;
        waiting.delete(hash);
      }
      options.onAsk?.();
      const answer = await check(uint32Base64(batch), uint32Base64(Uint32Array.from(keys))).catch(
        (error: unknown) => {
          console.warn('Fact cards: the key check failed', error);
          return null;
        },
      );
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

  return {
    filter,
    /** Whether the latest matcher holds every alias: no text can hold a key it does not know. */
    complete: () => complete,
    /** Notes a hash that hit the bits; true while the background has not answered about it. */
    hit(hash: number): boolean {
      if (complete || answered.has(hash)) return false;
      waiting.add(hash);
      return true;
    },
    /** Asks about every hash not asked about yet; resolves to the latest matcher, or null. */
    flush(): Promise<PackedMatcherData | null> {
      running ??= askAll().finally(() => {
        running = undefined;
      });
      return running;
    },
    /** Whether some hash waits for its answer. */
    busy: () => waiting.size > 0 || running !== undefined,
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
  const { bits, log, lengths, capitalLengths, everyStart } = data as Record<string, unknown>;
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
    };
  } catch {
    return undefined;
  }
}

/**
 * The prefilter of the enabled packs: the one the background stored for pages
 * (utils/page-start.ts), read now unless the page has read it already (`stored`), else asked of
 * the background (before it has stored one); undefined when neither can be had.
 */
export async function findPrefilter(
  ctx: PageContext,
  stored: unknown = readStored(PREFILTER_KEY).catch(() => undefined),
): Promise<PrefilterBits | undefined> {
  const ready = unpackPrefilter(await stored);
  if (ready) return ready;
  const data = await ask({ type: 'prefilter' }).catch((error: unknown) => {
    // After an extension update the old script's channel is gone: stop quietly.
    if (ctx.isValid) console.warn('Fact cards: no prefilter', error);
    return undefined;
  });
  return unpackPrefilter(data);
}
