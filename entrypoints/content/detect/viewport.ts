import type { Painter } from '../paint/paint';
import type { MentionIndex } from './mention-index';
import type { Scanner } from './scanner';
import { NOT_INLINE, skippedAncestor } from './text-runs';
import type { WorkQueue } from './work-queue';

/** Enough for any screen; a page of tiny blocks is finished by the sweep instead. */
const MAX_BLOCKS = 400;

/**
 * The blocks on screen, for the pass that paints what the reader sees before the rest of a long
 * page. In normal flow a block's top never decreases in document order (children start below
 * their parent's top, the next sibling below the previous one), so a bisection over the page's
 * blocks finds the first on screen with a dozen layout reads; blocks placed out of flow may be
 * missed, and the document-order sweep gets them. It reads layout, so it runs in an animation
 * frame, where layout is about to be brought up to date anyway.
 */
function blocksInView(root: Element, height: number): Element[] {
  const list = root.querySelectorAll(NOT_INLINE);
  const top = (i: number): number => {
    // Boxes without size (display: none or contents) say nothing; ask the next few instead.
    for (let k = i; k < Math.min(list.length, i + 8); k++) {
      const rect = list[k].getBoundingClientRect();
      if (rect.width || rect.height) return rect.top;
    }
    return Number.NEGATIVE_INFINITY;
  };
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (top(mid) < 0) lo = mid + 1;
    else hi = mid;
  }
  const found: Element[] = [];
  // The block just above may still show its last lines.
  if (lo > 0 && list[lo - 1].getBoundingClientRect().bottom > 0) found.push(list[lo - 1]);
  for (let i = lo; i < list.length && found.length < MAX_BLOCKS; i++) {
    const rect = list[i].getBoundingClientRect();
    if (rect.top > height) break;
    found.push(list[i]);
  }
  return found;
}

/**
 * Paints the mentions on screen at once. During a pass their blocks are scanned first; the rest
 * of the page waits for the end of the pass, or on a page painted in a window, for the window's
 * first report after this frame.
 */
export function paintScreenFirst(
  body: HTMLElement,
  scanning: boolean,
  { index, painter, scanner, queue }: ScreenDeps,
): void {
  const blocks = blocksInView(body, innerHeight).filter((block) => !skippedAncestor(block));
  const show = () => {
    painter.flush();
    painter.reveal(blocks.flatMap((block) => index.of(block)));
  };
  if (scanning) queue.first(scanner.each(blocks, show));
  else show();
}

interface ScreenDeps {
  index: MentionIndex;
  painter: Painter;
  scanner: Scanner;
  queue: WorkQueue;
}
