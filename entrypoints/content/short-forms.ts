import { compareNodes } from './mention-index';
import type { Mention } from './page-mention';
import type { Block } from './text-runs';

interface Place {
  node: Node;
  offset: number;
}

const placeOf = (m: Mention): Place => ({
  node: m.range.startContainer,
  offset: m.range.startOffset,
});

function before(a: Place, b: Place): boolean {
  return a.node === b.node ? a.offset < b.offset : compareNodes(a.node, b.node) < 0;
}

/**
 * Short forms on a page ("Pinto", "President Cuong", "ông Sơn") count after the entity's first
 * full name in document order: before it, "Pinto" may be someone else. Blocks are scanned screen
 * first, not in document order, so a block holding a short form not yet counted is remembered
 * and scanned again when an earlier full name turns up.
 */
export function createShortForms() {
  let first = new Map<string, Place>();
  let waiting = new Map<string, Set<Block>>();

  return {
    /** The block's mentions the page counts; `wake` gets blocks whose short forms may now count. */
    keep(block: Block, found: Mention[], wake: (block: Block) => void): Mention[] {
      if (found.length === 0) return found;
      const moved: string[] = [];
      for (const m of found) {
        if (m.short) continue;
        const known = first.get(m.entityId);
        const place = placeOf(m);
        if (known && !before(place, known)) continue;
        first.set(m.entityId, place);
        moved.push(m.entityId);
      }
      const kept = found.filter((m) => {
        if (!m.short) return true;
        const name = first.get(m.entityId);
        if (name && before(name, placeOf(m))) return true;
        const blocks = waiting.get(m.entityId) ?? new Set();
        waiting.set(m.entityId, blocks.add(block));
        return false;
      });
      for (const id of moved) {
        const blocks = waiting.get(id);
        waiting.delete(id);
        for (const other of blocks ?? []) if (other !== block && other.isConnected) wake(other);
      }
      return kept;
    },
    clear() {
      first = new Map();
      waiting = new Map();
    },
  };
}
