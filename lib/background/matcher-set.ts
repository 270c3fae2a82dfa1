import { expandPatterns } from '../dataset/alias-specs';
import { withArabicSpellings } from '../match/arabic-spellings';
import { withBodyForms } from '../match/body-forms';
import { type PackedMatcher, packMatcher } from '../match/compiled';
import { foldText } from '../match/fold';
import { compileParts } from '../match/matcher';
import { aliasesWithKeys, buildPrefilter, type Prefilter } from '../match/prefilter';
import { withShortForms } from '../match/short-form-rules';
import type { AliasSpec } from '../match/types';
import { type FactcardDB, listPacks } from '../store/db';

/** The matcher over every enabled pack, as pages receive it, and what the cards need beside it. */
export interface MatcherSet {
  /** Names the enabled packs and their versions: equal sets, equal version. */
  version: string;
  /** The packs' aliases and the short forms the rules give their entities (short-form-rules.ts). */
  aliases: AliasSpec[];
  packed: PackedMatcher;
  /** What a page searches first, to find out whether it may mention anything at all. */
  prefilter: Prefilter;
  /** For an entity, the entities of other packs that share one of its names. */
  alternates: Map<string, string[]>;
  compileMs: number;
  /** Whether pages get the whole matcher (it is small: see WHOLE_MATCHER_CHARS). */
  whole: boolean;
  /**
   * The matcher of the aliases with one of `keys` (keys a page holds): what a page gets, so that
   * it holds only the part of the packs it can find. Compiled once per set of aliases, for the
   * last few sets asked (the pages open at once). The whole matcher (`complete`) when it is
   * small or most aliases are picked: a page then needs no more keys.
   */
  subset(keys: Iterable<number>): { matcher: PackedMatcher; compileMs: number; complete: boolean };
}

/** How many subsets are kept compiled. */
const SUBSETS_KEPT = 16;
/**
 * Up to this size (in message characters) a page gets the whole matcher: the bundled pack's is
 * most of it, 1.61 M characters (docs/PERFORMANCE.md). Larger sets go to pages in parts.
 */
export const WHOLE_MATCHER_CHARS = 1_800_000;

/** Whether a page gets this matcher whole: it is at most `limit` characters as a message. */
export function goesWhole(packed: PackedMatcher, limit = WHOLE_MATCHER_CHARS): boolean {
  return JSON.stringify(packed).length <= limit;
}

/**
 * Keeps the compiled matcher of the enabled packs, rebuilding it when the set changes. Reading the
 * pack list is one small read, so every request checks it: a cold worker, or one that missed a
 * change, still answers with the current set.
 */
export function createMatcherSet(
  ready: () => Promise<FactcardDB>,
  wholeMatcherChars = WHOLE_MATCHER_CHARS,
) {
  let cached: { version: string; set: Promise<MatcherSet> } | undefined;

  async function current(): Promise<MatcherSet> {
    const db = await ready();
    const enabled = (await listPacks(db)).filter((p) => p.enabled);
    const version = enabled.map((p) => `${p.id}:${p.version}`).join('|') || 'none';
    if (cached?.version !== version) {
      const set = compile(
        db,
        enabled.map((p) => p.id),
        version,
        wholeMatcherChars,
      );
      cached = { version, set };
      set.catch(() => {
        if (cached?.set === set) cached = undefined;
      });
    }
    return cached.set;
  }

  return { current };
}

async function compile(
  db: FactcardDB,
  packIds: string[],
  version: string,
  wholeMatcherChars: number,
): Promise<MatcherSet> {
  const records = await Promise.all(packIds.map((id) => db.get('aliases', id)));
  const listed = records.flatMap((r) => r?.aliases ?? []);
  // Patterns expand here, in the background, so packs and stored records stay small.
  const patterns = records.flatMap((r) => expandPatterns(r?.patterns ?? []));
  const aliases = [...withShortForms(withBodyForms(withArabicSpellings(listed))), ...patterns];
  const start = performance.now();
  const packed = packMatcher(compileParts(aliases));
  const compileMs = performance.now() - start;
  const small = goesWhole(packed, wholeMatcherChars);
  const prefilter = buildPrefilter(aliases, { worthOnly: small });
  const subsets = new Map<string, { matcher: PackedMatcher; compileMs: number; complete: false }>();
  function subset(keys: Iterable<number>) {
    if (small) return { matcher: packed, compileMs, complete: true };
    const picked = aliasesWithKeys(prefilter, keys);
    if (picked.length * 2 > aliases.length) return { matcher: packed, compileMs, complete: true };
    const id = picked.join(',');
    let found = subsets.get(id);
    if (found) subsets.delete(id);
    else {
      const begin = performance.now();
      const matcher = packMatcher(
        compileParts(
          picked.map((i) => aliases[i]),
          packed,
        ),
      );
      found = { matcher, compileMs: performance.now() - begin, complete: false as const };
      if (subsets.size >= SUBSETS_KEPT) subsets.delete(subsets.keys().next().value as string);
    }
    // Most recently asked last, so the oldest goes first.
    subsets.set(id, found);
    return found;
  }
  return {
    version,
    aliases,
    packed,
    prefilter,
    alternates: findAlternates(listed),
    compileMs,
    whole: small,
    subset,
  };
}

/** Entities of different packs that share a name (after folding), for the card to offer. */
export function findAlternates(aliases: readonly AliasSpec[]): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const alias of aliases) {
    const key = foldText(alias.text).folded;
    const set = owners.get(key);
    if (set) set.add(alias.entityId);
    else owners.set(key, new Set([alias.entityId]));
  }
  const alternates = new Map<string, string[]>();
  for (const set of owners.values()) {
    if (set.size < 2) continue;
    for (const id of set) {
      const list = alternates.get(id) ?? [];
      for (const other of set) if (other !== id && !list.includes(other)) list.push(other);
      alternates.set(id, list);
    }
  }
  return alternates;
}
