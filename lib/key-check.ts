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
 * (`localCheck` below).
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

/** Whether sorted `keys` holds `hash`. */
function holds(keys: Uint32Array, hash: number): boolean {
  let [low, high] = [0, keys.length - 1];
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (keys[middle] === hash) return true;
    if (keys[middle] < hash) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

function isMatcherData(value: unknown): value is PackedMatcherData {
  const data = value as PackedMatcherData | null;
  return (
    typeof data?.version === 'string' &&
    typeof data.matcher === 'object' &&
    data.matcher !== null &&
    typeof data.compileMs === 'number'
  );
}

/**
 * The background's key check done in the page, from what the background stored for pages when
 * they get the whole matcher (a PageMatcher, see utils/page-start.ts): the same answers, without
 * a message, so a page with something to find does not wait for a service worker to start, open
 * the database and compile the packs. Undefined when `stored` is not such a record.
 */
export function localCheck(
  stored: unknown,
): ((hashes: string, known: string) => Promise<KeyCheck | null>) | undefined {
  const record = stored as Record<string, unknown> | null;
  if (typeof record !== 'object' || record === null || !isMatcherData(record.matcher)) {
    return undefined;
  }
  const matcher = record.matcher;
  let exact: Uint32Array;
  let worth: Uint32Array;
  try {
    exact = unpackArray(record.exact as never) as Uint32Array;
    worth = unpackArray(record.worth as never) as Uint32Array;
  } catch {
    return undefined;
  }
  if (!(exact instanceof Uint32Array) || !(worth instanceof Uint32Array)) return undefined;
  const sets = {
    isKey: (hash: number) => holds(exact, hash),
    isWorth: (hash: number) => holds(worth, hash),
  };
  return async (hashes, known) =>
    answerKeyCheck(hashes, known, sets, () => ({ matcher, complete: true }));
}
