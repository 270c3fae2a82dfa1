import { acceptAt, type Page } from './accept';
import { foldAliases, LENGTH, linkSlots, NEXT, SLOT } from './alias-table';
import { buildAutomaton } from './build-automaton';
import { createFoldBuffer, endAfterMarks } from './fold';
import { type Hits, scanText } from './scan';
import { selectLeftmostLongest } from './select';
import { buildTrie } from './trie';
import type { AliasSpec, Mention } from './types';

export interface Matcher {
  /** Non-overlapping mentions in text order. */
  find(text: string): Mention[];
  /** Number of aliases compiled (specs that fold to nothing or repeat one are left out). */
  readonly size: number;
}

/** Compiles the aliases into one Aho-Corasick automaton over folded text. */
export function compileMatcher(specs: readonly AliasSpec[]): Matcher {
  const { keys, table } = foldAliases(specs);
  const trie = buildTrie(keys);
  const { out, kept } = linkSlots(table, specs, trie.keyNode, trie.count);
  const automaton = buildAutomaton(trie, out);
  const entityIds: string[] = [];
  for (const i of table.spec) entityIds.push(specs[i].entityId);
  // find() is synchronous, so one set of buffers per matcher is reused across calls.
  let buf = createFoldBuffer();
  const hits: Hits = { pairs: new Int32Array(64), count: 0 };

  /** Checks the hits of the last scan of `text` and picks the mentions. */
  function resolve(text: string): Mention[] {
    const page: Page = { text, codes: buf.codes, map: buf.map, length: buf.length };
    const candidates: number[] = [];
    for (let h = 0; h < hits.count; h++) {
      const end = hits.pairs[h * 2 + 1];
      for (let slot = hits.pairs[h * 2]; slot >= 0; slot = table.slots[slot * SLOT + NEXT]) {
        const stop = acceptAt(table, slot, page, end);
        if (stop >= 0) candidates.push(end - table.slots[slot * SLOT + LENGTH], stop, slot);
      }
    }
    return selectLeftmostLongest(candidates).map((i) => {
      const slot = candidates[i + 2];
      return {
        start: page.map[candidates[i]],
        end: endAfterMarks(text, page.map[candidates[i + 1] - 1] + 1),
        entityId: entityIds[slot],
        alias: table.spec[slot],
      };
    });
  }

  function find(text: string): Mention[] {
    if (kept === 0 || text.length === 0) return [];
    scanText(text, automaton, buf, hits);
    const mentions = hits.count === 0 ? [] : resolve(text);
    // Let one huge text's buffers go rather than keep them for the matcher's lifetime.
    if (buf.codes.length > 1 << 20) buf = createFoldBuffer();
    return mentions;
  }

  return { find, size: kept };
}
