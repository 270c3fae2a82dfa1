import type { Mention } from './page-mention';
import type { Block } from './text-runs';

/**
 * Short forms on a page ("Pinto", "President Cuong", "ông Sơn") count once the entity's full name
 * is on the page. Blocks are scanned viewport first, not in document order, so a block holding a
 * short form of an entity not yet named is remembered and scanned again when the name turns up.
 */
export function createShortForms() {
  let named = new Set<string>();
  let waiting = new Map<string, Set<Block>>();

  return {
    /** The block's mentions the page counts; `wake` gets blocks whose short forms now count. */
    keep(block: Block, found: Mention[], wake: (block: Block) => void): Mention[] {
      if (found.length === 0) return found;
      const newly: string[] = [];
      for (const m of found) {
        if (m.short || named.has(m.entityId)) continue;
        named.add(m.entityId);
        newly.push(m.entityId);
      }
      const kept = found.filter((m) => !m.short || named.has(m.entityId));
      if (kept.length < found.length) {
        for (const m of found) {
          if (named.has(m.entityId)) continue;
          const blocks = waiting.get(m.entityId) ?? new Set();
          waiting.set(m.entityId, blocks.add(block));
        }
      }
      for (const id of newly) {
        const blocks = waiting.get(id);
        waiting.delete(id);
        for (const other of blocks ?? []) if (other !== block && other.isConnected) wake(other);
      }
      return kept;
    },
    clear() {
      named = new Set();
      waiting = new Map();
    },
  };
}
