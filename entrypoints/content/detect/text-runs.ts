import { INVISIBLE, isInline, isSkipped, NOT_INLINE, SKIP, SKIP_ATTRIBUTES } from './tags';

export { isInline, isSkipped, NOT_INLINE };

/**
 * The page as the scanner sees it (tags.ts says which elements join text and which are skipped):
 * blocks, and in each block runs of text that read as one line of prose: text nodes joined
 * across inline elements (`To <b>Lam</b>`), never across block boundaries.
 */
/** A unit of scanning: an element that starts a block, or a shadow root (its top level). */
export type Block = Element | ShadowRoot;

export interface TextRun {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

const TEXT = 3;
const ELEMENT = 1;

/** The block whose own runs hold `node`: its nearest non-inline ancestor, or its shadow root. */
export function blockOf(node: Node): Block | null {
  let parent = node.parentNode;
  while (parent) {
    if (parent.nodeType === ELEMENT) {
      if (!isInline(parent as Element)) return parent as Element;
    } else {
      return parent instanceof ShadowRoot ? parent : null;
    }
    parent = parent.parentNode;
  }
  return null;
}

/**
 * The outermost skipped element around `node` (crossing shadow roots to their hosts), or null.
 * Used for text that changed after the first scan: it may sit in a region that became editable.
 */
export function skippedAncestor(node: Node): Element | null {
  let found: Element | null = null;
  for (let n: Node | null = node; n; ) {
    if (n.nodeType === ELEMENT && isSkipped(n as Element)) found = n as Element;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return found;
}

/**
 * The runs of `block`'s own text: text under it through inline elements only. Text inside a
 * nested block belongs to that block, which is scanned on its own; a nested block (or a replaced
 * element) ends the current run, so nothing is matched across it.
 */
export function ownRuns(block: Block): TextRun[] {
  const runs: TextRun[] = [];
  let run: TextRun = { text: '', nodes: [], starts: [] };
  const flush = () => {
    if (run.nodes.length && /\S/.test(run.text)) runs.push(run);
    if (run.nodes.length) run = { text: '', nodes: [], starts: [] };
  };
  let node: Node | null = block.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT) {
      run.starts.push(run.text.length);
      run.nodes.push(node as Text);
      run.text += (node as Text).data;
    } else if (node.nodeType === ELEMENT) {
      // Only inline elements can need an attribute lookup: any other element ends the run.
      const element = node as Element;
      if (isInline(element)) {
        if (isSkipped(element)) flush();
        else descend = true;
      } else if (!INVISIBLE.has(element.localName)) {
        flush();
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node !== block && !node.nextSibling) node = node.parentNode as Node;
    node = node === block ? null : node.nextSibling;
  }
  flush();
  return runs;
}

/** A block to scan; `leaf` when it holds inline content only (its text is its textContent). */
interface ScanUnit {
  block: Block;
  leaf: boolean;
}

/**
 * The blocks of a subtree in document order, `root` first when it is one. One native selector
 * query finds them: JavaScript then touches only blocks, never the many inline elements of the
 * prose, which matters in a content script, where reaching a DOM node costs about twice what it
 * costs the page. A block whose next listed element is not inside it is a leaf. Skipped subtrees
 * are left out; open shadow roots of the blocks are reported to `onShadowRoot` (an inline element
 * hosting a shadow root is not noticed: rare, and finding it would mean touching every element).
 */
export function listBlocks(
  root: Block,
  onShadowRoot: (shadow: ShadowRoot) => void,
): () => ScanUnit | null {
  let list: NodeListOf<Element> | null = null;
  let i = -1;
  let skipping: Element | null = null;
  const skipped = new Set<Element>();
  const slow = new Set<Block>();
  const isBlock = root instanceof ShadowRoot || !isInline(root);

  function start(): ScanUnit | null {
    list = root.querySelectorAll(NOT_INLINE);
    for (const element of root.querySelectorAll(SKIP_ATTRIBUTES)) {
      if (!isSkipped(element)) continue;
      if (!isInline(element)) skipped.add(element);
      else slow.add(blockOf(element) ?? root);
    }
    if (!isBlock) return null;
    if (root instanceof Element && root.shadowRoot) onShadowRoot(root.shadowRoot);
    return { block: root, leaf: list.length === 0 && !slow.has(root) };
  }

  return () => {
    if (!list) {
      const first = start();
      if (first) return first;
    }
    const elements = list as NodeListOf<Element>;
    while (++i < elements.length) {
      const element = elements[i];
      if (skipping?.contains(element)) continue;
      skipping = null;
      if (SKIP.has(element.localName) || skipped.has(element)) {
        skipping = element;
        continue;
      }
      if (element.shadowRoot) onShadowRoot(element.shadowRoot);
      const next = elements[i + 1];
      const leaf = !slow.has(element) && !(next && element.contains(next));
      return { block: element, leaf };
    }
    return null;
  };
}

/** Whether a block holds inline content only (a block met alone, outside `listBlocks`). */
export function isLeaf(block: Block): boolean {
  return block.querySelector(`${NOT_INLINE},${SKIP_ATTRIBUTES}`) === null;
}

/** The one run of a leaf block: its text nodes, found natively, and their concatenation. */
export function leafRun(block: Block, text: string): TextRun {
  const only = block.firstChild;
  if (only && only === block.lastChild && only.nodeType === TEXT) {
    return { text, nodes: [only as Text], starts: [0] };
  }
  const walker = (block.ownerDocument ?? document).createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let at = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push(node);
    starts.push(at);
    at += node.length;
  }
  return { text, nodes, starts };
}
