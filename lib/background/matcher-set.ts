import { type PackedMatcher, packMatcher } from '../match/compiled';
import { foldText } from '../match/fold';
import { compileParts } from '../match/matcher';
import type { AliasSpec } from '../match/types';
import { type FactcardDB, listPacks } from '../store/db';

/** The matcher over every enabled pack, as pages receive it, and what the cards need beside it. */
export interface MatcherSet {
  /** Names the enabled packs and their versions: equal sets, equal version. */
  version: string;
  aliases: AliasSpec[];
  packed: PackedMatcher;
  /** For an entity, the entities of other packs that share one of its names. */
  alternates: Map<string, string[]>;
  compileMs: number;
}

/**
 * Keeps the compiled matcher of the enabled packs, rebuilding it when the set changes. Reading the
 * pack list is one small read, so every request checks it: a cold worker, or one that missed a
 * change, still answers with the current set.
 */
export function createMatcherSet(ready: () => Promise<FactcardDB>) {
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

async function compile(db: FactcardDB, packIds: string[], version: string): Promise<MatcherSet> {
  const records = await Promise.all(packIds.map((id) => db.get('aliases', id)));
  const aliases = records.flatMap((r) => r?.aliases ?? []);
  const start = performance.now();
  const packed = packMatcher(compileParts(aliases));
  const compileMs = performance.now() - start;
  return { version, aliases, packed, alternates: findAlternates(aliases), compileMs };
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
