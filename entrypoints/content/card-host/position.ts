import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/**
 * Keeps `floating` placed below its anchor (above when there is no room), inside the viewport,
 * as the page scrolls and resizes; calls `onGone` once the anchor has left the screen. Returns
 * what stops following.
 */
export function followAnchor(
  doc: Document,
  anchor: () => DOMRect,
  floating: HTMLElement,
  onGone: () => void,
): () => void {
  const reference = { getBoundingClientRect: anchor };
  return autoUpdate(reference, floating, () => {
    const rect = anchor();
    const view = doc.defaultView;
    if (view && (rect.bottom < 0 || rect.top > view.innerHeight)) return onGone();
    computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // A tall card scrolls inside itself rather than running off the screen.
        size({
          padding: 8,
          apply({ availableHeight }) {
            floating.style.setProperty('--max-height', `${Math.max(160, availableHeight)}px`);
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`);
    });
  });
}
