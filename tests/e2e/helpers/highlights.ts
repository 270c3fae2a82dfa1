import type { Frame, Page } from 'playwright-core';

export interface PaintedMention {
  text: string;
}

/**
 * Reads the `factcard-mention` highlight as the page itself sees it: the registry belongs to the
 * document, so the page's own world can read the ranges the extension painted.
 */
export async function readHighlights(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const highlight = CSS.highlights.get('factcard-mention');
    if (!highlight) return [];
    const texts: { text: string; key: string }[] = [];
    for (const range of highlight as unknown as Iterable<AbstractRange>) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const rect = live.getBoundingClientRect();
      texts.push({ text: live.toString(), key: `${rect.top + scrollY}:${rect.left}` });
    }
    return texts.map((t) => t.text);
  });
}

/** Waits until the highlight holds at least `count` ranges, then returns their texts. */
export async function waitForHighlights(target: Page | Frame, count = 1, timeout = 10_000) {
  await target.waitForFunction(
    (n) => (CSS.highlights.get('factcard-mention')?.size ?? 0) >= n,
    count,
    { timeout },
  );
  return readHighlights(target);
}
