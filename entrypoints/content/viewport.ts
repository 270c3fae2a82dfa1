import { NOT_INLINE } from './text-runs';

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
export function blocksInView(root: Element, height: number): Element[] {
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
