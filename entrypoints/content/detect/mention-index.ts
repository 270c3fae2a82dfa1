import type { Mention } from './page-mention';
import type { Block } from './text-runs';

/**
 * Where the mentions of the page are: per block (what a rescan replaces or a removal drops) and
 * per text node (what hit-testing looks up; a mention split over several nodes is listed on each).
 */
export function createMentionIndex() {
  const byBlock = new Map<Block, Mention[]>();
  let byText = new WeakMap<Text, Mention[]>();
  let ordered: Mention[] | null = null;
  let count = 0;

  function drop(block: Block): Mention[] {
    const old = byBlock.get(block);
    if (!old) return [];
    byBlock.delete(block);
    count -= old.length;
    ordered = null;
    // A text node moved from one block to another may already be listed for its new block.
    const gone = new Set(old);
    for (const mention of old) {
      for (const text of mention.texts) {
        const kept = byText.get(text)?.filter((m) => !gone.has(m));
        if (kept?.length) byText.set(text, kept);
        else byText.delete(text);
      }
    }
    return old;
  }

  return {
    /** Replaces a block's mentions; returns the ones it had. */
    set(block: Block, mentions: Mention[]): Mention[] {
      const old = drop(block);
      if (mentions.length === 0) return old;
      byBlock.set(block, mentions);
      count += mentions.length;
      ordered = null;
      for (const mention of mentions) {
        for (const text of mention.texts) {
          const list = byText.get(text);
          if (list) list.push(mention);
          else byText.set(text, [mention]);
        }
      }
      return old;
    },
    drop,
    /** Drops every block `test` picks; returns the blocks and their mentions. */
    dropWhere(test: (block: Block) => boolean): { blocks: Block[]; mentions: Mention[] } {
      const blocks = [...byBlock.keys()].filter(test);
      return { blocks, mentions: blocks.flatMap(drop) };
    },
    at: (text: Text): readonly Mention[] | undefined => byText.get(text),
    /** A block's mentions. */
    of: (block: Block): readonly Mention[] => byBlock.get(block) ?? [],
    /** Every mention in document order (composed: shadow content in place of its host). */
    list(): readonly Mention[] {
      if (!ordered) {
        // Map order is mostly document order already (the sweep goes top to bottom), and the
        // engine's merge sort is close to linear on nearly sorted input.
        ordered = [...byBlock.values()].flat().sort(compareMentions);
      }
      return ordered;
    },
    get size() {
      return count;
    },
    clear() {
      byBlock.clear();
      byText = new WeakMap();
      ordered = null;
      count = 0;
    },
  };
}

export type MentionIndex = ReturnType<typeof createMentionIndex>;

function compareMentions(a: Mention, b: Mention): number {
  const x = a.range.startContainer;
  const y = b.range.startContainer;
  if (x === y) return a.range.startOffset - b.range.startOffset;
  return compareNodes(x, y);
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const DISCONNECTED = 1;

/** Document order across shadow roots: a shadow tree's content sorts where its host is. */
export function compareNodes(a: Node, b: Node): number {
  const position = a.compareDocumentPosition(b);
  if (!(position & DISCONNECTED)) return position & FOLLOWING ? -1 : 1;
  const pathA = hostPath(a);
  const pathB = hostPath(b);
  let i = pathA.length - 1;
  let j = pathB.length - 1;
  while (i > 0 && j > 0 && pathA[i] === pathB[j]) {
    i--;
    j--;
  }
  if (pathA[i] === pathB[j]) return i - j || 0;
  const p = pathA[i].compareDocumentPosition(pathB[j]);
  if (p & DISCONNECTED) return 0;
  return p & FOLLOWING ? -1 : 1;
}

/** The node, then the host of its shadow root, and so on up to the document's tree. */
function hostPath(node: Node): Node[] {
  const path = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    path.push(root.host);
  }
  return path;
}
