import { uint32Base64, unpackArray } from './match/compiled';
import type { KeyCheck, PackedMatcherData } from './messages';

/** What a key check knows of the prefilter's keys (lib/match/prefilter.ts). */
export interface KeySets {
  isKey(hash: number): boolean;
  /** A key of a name that is a mention on its own (not a generic name or a short form). */
  isWorth(hash: number): boolean;
}

/**
 * The answer to a page's key check (`prefilter-check`): which of the hashes asked about (base64
 * of a Uint32Array) are keys, null when none is; and once one of the page's keys (those asked
 * about and the `known` ones) is worth scanning for, the matcher `matcherFor` gives for them all.
 * The background answers with it, and so does a page that holds the whole matcher
 * (entrypoints/content/local-check.ts).
 */
export function answerKeyCheck(
  hashes: string,
  known: string,
  sets: KeySets,
  matcherFor: (keys: number[]) => { matcher: PackedMatcherData; complete: boolean },
): KeyCheck | null {
  const keysIn = (base64: string) =>
    [...unpackArray({ type: 'Uint32Array', base64 })].filter((hash) => sets.isKey(hash));
  const real = keysIn(hashes);
  if (real.length === 0) return null;
  const all = [...keysIn(known), ...real];
  const keys = uint32Base64(Uint32Array.from(real));
  if (!all.some((hash) => sets.isWorth(hash))) return { keys, matcher: null, complete: false };
  return { keys, ...matcherFor(all) };
}
