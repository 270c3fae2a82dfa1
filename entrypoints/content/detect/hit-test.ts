import type { MentionIndex } from './mention-index';
import type { Mention } from './page-mention';

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The mention under a viewport point. The caret position at the point names a text node, whose
 * mentions the index lists; a caret API returns the nearest position even in the margin or the
 * white space beside a word, so the point must also fall inside one of the mention's line rects.
 * One caret lookup and a live range or two: some tens of microseconds, cheap enough for every
 * frame of a pointer move.
 */
export function createHitTest(
  doc: Document,
  index: MentionIndex,
  shadowRoots: () => ShadowRoot[],
): (x: number, y: number) => Mention | undefined {
  const caretDoc = doc as CaretDocument;

  function caretAt(x: number, y: number): Caret | undefined {
    if (caretDoc.caretPositionFromPoint) {
      // Without the shadow roots listed, a position inside one is reported as its host.
      const p = caretDoc.caretPositionFromPoint(x, y, { shadowRoots: shadowRoots() });
      return p ? { node: p.offsetNode, offset: p.offset } : undefined;
    }
    const r = caretDoc.caretRangeFromPoint?.(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
  }

  /** Fallback: the deepest element at the point (through open shadow roots), text children. */
  function textsAt(x: number, y: number): Text[] {
    let element = doc.elementFromPoint(x, y);
    while (element?.shadowRoot) {
      const inner = element.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === element) break;
      element = inner;
    }
    const texts: Text[] = [];
    for (let n = element?.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) texts.push(n as Text);
    }
    return texts;
  }

  return (x, y) => {
    const caret = caretAt(x, y);
    if (caret?.node.nodeType === Node.TEXT_NODE) {
      const found = pick(index.at(caret.node as Text), x, y, caret);
      if (found) return found;
    }
    for (const text of textsAt(x, y)) {
      const found = pick(index.at(text), x, y);
      if (found) return found;
    }
    return undefined;
  };
}

/** The innermost candidate whose rects hold the point; those around the caret come first. */
function pick(
  candidates: readonly Mention[] | undefined,
  x: number,
  y: number,
  caret?: Caret,
): Mention | undefined {
  if (!candidates) return undefined;
  const near = caret ? candidates.filter((m) => spans(m, caret)) : [];
  const rest = near.length ? candidates.filter((m) => !near.includes(m)) : candidates;
  // Mentions nest ("Ecuador" in "Vice President of Ecuador María José Pinto"): the innermost one
  // under the point is the word the reader means.
  let found: Mention | undefined;
  for (const mention of [...near, ...rest]) {
    if (found && mention.depth <= found.depth) continue;
    if (mention.rects().some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) {
      found = mention;
    }
  }
  return found;
}

/** Whether the caret offset lies within (or at an edge of) the mention's part of that node. */
function spans(mention: Mention, caret: Caret): boolean {
  const { startContainer, startOffset, endContainer, endOffset } = mention.range;
  const from = startContainer === caret.node ? startOffset : 0;
  const to = endContainer === caret.node ? endOffset : Number.POSITIVE_INFINITY;
  return caret.offset >= from && caret.offset <= to;
}
