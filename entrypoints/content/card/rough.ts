// Temporary glue until detection exposes hit-testing and page messages carry navigation.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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

export function listenForNavigation(ctx: ContentScriptContext, step: (d: 1 | -1) => boolean) {
  if (window !== window.top) return;
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const m = message as { type?: string; direction?: string };
    if (m?.type !== 'navigate') return undefined;
    return Promise.resolve({ ok: true, value: step(m.direction === 'previous' ? -1 : 1) });
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
