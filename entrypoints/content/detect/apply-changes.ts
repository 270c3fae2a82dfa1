import type { PageChanges } from './observe';
import type { Scanner } from './scanner';
import { type Block, skippedAncestor } from './text-runs';
import type { WorkQueue } from './work-queue';

/** Whether `node` is `ancestor` or inside it, across shadow roots. */
function composedContains(ancestor: Node, node: Node): boolean {
  for (
    let n: Node | null = node;
    n;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)
  ) {
    if (n === ancestor) return true;
  }
  return false;
}

/**
 * Queues what a batch of page changes asks for: removed blocks drop their mentions, changed
 * blocks are scanned again, added subtrees are walked, and text that moved into a skipped
 * region (one made editable, say) drops what it had.
 */
export function applyChanges(
  { blocks, added, removed }: PageChanges,
  scanner: Scanner,
  queue: WorkQueue,
): void {
  if (removed) scanner.drop((block) => !block.isConnected);
  for (const block of blocks) {
    if (!block.isConnected) continue;
    const skipped = skippedAncestor(block);
    if (skipped) {
      scanner.drop((b: Block) => composedContains(skipped, b));
      continue;
    }
    scanner.stale(block);
    queue.push(scanner.each([block]));
  }
  for (const element of added) {
    if (element.isConnected && !skippedAncestor(element)) queue.push(scanner.walk(element));
  }
}
