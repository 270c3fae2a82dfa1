// Temporary glue until detection exposes its own hit-testing.
import type { MentionRef } from './card-controller';

export function roughHitTest(mentions: readonly MentionRef[], x: number, y: number) {
  const caret = document.caretPositionFromPoint?.(x, y);
  const node = caret?.offsetNode;
  if (!node) return undefined;
  return mentions.find((m) => {
    const live = document.createRange();
    live.setStart(m.range.startContainer, m.range.startOffset);
    live.setEnd(m.range.endContainer, m.range.endOffset);
    if (!live.intersectsNode(node)) return false;
    return [...live.getClientRects()].some(
      (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
    );
  });
}
