import type { PageKeys } from './page-keys';

/** What the gate uses of the page's keys. */
export type GateKeys = Pick<PageKeys, 'complete' | 'covers' | 'flush' | 'matchers'>;

/**
 * Stands before detection's matcher, which knows only the keys the page was found to hold
 * (lib/match/prefilter.ts): each block's text goes through the prefilter's probe first. A text
 * with a hash not answered about yet is matched with what is known, and the block waits; once the
 * answer is in, the blocks that waited are scanned again if it brought a larger matcher. So new
 * text (the rest of a loading page, a live update) costs one probe pass and, only when it names
 * something new, a round trip. `keys` gives the current keys: a change of packs replaces them.
 */
export function createKeyGate<B>(keys: () => GateKeys) {
  const waiting = new Set<B>();
  let asking = false;
  let rescan: (blocks: B[]) => void = () => {};

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
    covers(text: string, block: B): boolean {
      if (keys().covers(text)) return true;
      waiting.add(block);
      if (!asking) {
        asking = true;
        queueMicrotask(() => void settle());
      }
      return false;
    },
    /** How blocks are scanned again (detection's). */
    connect(scan: (blocks: B[]) => void) {
      rescan = scan;
    },
    /** Forgets the blocks waiting (the page is scanned again from the start). */
    clear: () => waiting.clear(),
  };
}
