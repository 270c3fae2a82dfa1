import { createProbe, probeText } from '@/lib/match/prefilter-probe';
import type { PageKeys } from './page-keys';
import type { Block } from './text-runs';

/**
 * Stands before detection's matcher, which knows only the keys the page was found to hold
 * (lib/match/prefilter.ts): each block's text goes through the prefilter's probe first. A text
 * with a hash not answered about yet is matched with what is known, and the block waits; once the
 * background has answered, the blocks that waited are scanned again if an answer brought a
 * larger matcher. So new text (the rest of a loading page, a live update) costs one probe pass
 * and, only when it names something new, a round trip.
 */
export function createKeyGate(keys: () => PageKeys) {
  const waiting = new Set<Block>();
  let uncovered = false;
  let probe: ReturnType<typeof createProbe> | undefined;
  let probing: PageKeys | undefined;
  let asking = false;
  let rescan: (blocks: Block[]) => void = () => {};

  async function settle() {
    const current = keys();
    const before = current.matchers();
    await current.flush();
    asking = false;
    if (current !== keys()) return;
    const blocks = [...waiting];
    waiting.clear();
    if (current.matchers() !== before && blocks.length) rescan(blocks);
  }

  return {
    /** Whether the matcher knows every key `text` may hold; when not, `block` waits. */
    covers(text: string, block: Block): boolean {
      const current = keys();
      if (current.complete()) return true;
      if (probing !== current) {
        probing = current;
        probe = createProbe(current.filter, (hash) => {
          if (current.hit(hash)) uncovered = true;
        });
      }
      uncovered = false;
      if (probe) probeText(probe, text);
      if (!uncovered) return true;
      waiting.add(block);
      if (!asking) {
        asking = true;
        queueMicrotask(() => void settle());
      }
      return false;
    },
    /** How blocks are scanned again (detection's). */
    connect(scan: (blocks: Block[]) => void) {
      rescan = scan;
    },
    /** Forgets the blocks waiting (the page is scanned again from the start). */
    clear: () => waiting.clear(),
  };
}

export type KeyGate = ReturnType<typeof createKeyGate>;
