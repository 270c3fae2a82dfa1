/** What short-form gating needs of a mention. */
interface Named {
  entityId: string;
  short?: boolean;
}

/**
 * Keeps a short form ("Pinto", "President Cuong") only after a full mention of its entity earlier
 * in `mentions` (text order): before the full name, "Pinto" may well be someone else. `named`
 * carries the entities already named in full across calls (the paragraphs of one text).
 */
export function keepNamedShortForms<M extends Named>(
  mentions: readonly M[],
  named = new Set<string>(),
): M[] {
  return mentions.filter((m) => {
    if (!m.short) named.add(m.entityId);
    return !m.short || named.has(m.entityId);
  });
}

/**
 * The same rule for text read out of order: a page is scanned screen first, a block at a time.
 * `keep` takes a block's mentions and returns those that count; a block holding a short form
 * not counted yet is remembered, and `wake` gets it again once an earlier full name turns up.
 * `before` orders two mentions in the text; `live` says whether a block is still there.
 */
export function createShortForms<B, M extends Named>(
  before: (a: M, b: M) => boolean,
  live: (block: B) => boolean,
) {
  let first = new Map<string, M>();
  let waiting = new Map<string, Set<B>>();

  return {
    keep(block: B, found: M[], wake: (block: B) => void): M[] {
      if (found.length === 0) return found;
      const moved: string[] = [];
      for (const m of found) {
        if (m.short) continue;
        const known = first.get(m.entityId);
        if (known && !before(m, known)) continue;
        first.set(m.entityId, m);
        moved.push(m.entityId);
      }
      const kept = found.filter((m) => {
        if (!m.short) return true;
        const name = first.get(m.entityId);
        if (name && before(name, m)) return true;
        const blocks = waiting.get(m.entityId) ?? new Set();
        waiting.set(m.entityId, blocks.add(block));
        return false;
      });
      for (const id of moved) {
        const blocks = waiting.get(id);
        waiting.delete(id);
        for (const other of blocks ?? []) if (other !== block && live(other)) wake(other);
      }
      return kept;
    },
    clear() {
      first = new Map();
      waiting = new Map();
    },
  };
}
