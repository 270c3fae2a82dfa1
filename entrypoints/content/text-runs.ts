/**
 * Splits a subtree into runs of text that read as one line of prose: text nodes joined across
 * inline elements (`To <b>Lam</b>`), never across block boundaries. Whether an element is inline is
 * decided by its tag, not by computed style: asking for styles would force a style recalculation on
 * every element of a large page.
 */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'DEL',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'NOBR',
  'TT',
  'BIG',
  'ACRONYM',
  'RUBY',
  'RB',
  'RT',
  'RP',
]);

/** Subtrees whose text is not prose a reader reads, or that the reader is editing. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEMPLATE',
  'IFRAME',
  'CANVAS',
  'SVG',
  'MATH',
  'OBJECT',
  'HEAD',
  'TITLE',
]);

export interface TextRun {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

export function isSkipped(element: Element): boolean {
  return (
    SKIP.has(element.tagName.toUpperCase()) ||
    (element instanceof HTMLElement && element.isContentEditable) ||
    element.hasAttribute('data-factcard-host')
  );
}

export function isInline(element: Element): boolean {
  return INLINE.has(element.tagName.toUpperCase());
}

/**
 * Walks `root` in document order and calls `onRun` for each run of text. Open shadow roots met on
 * the way are reported through `onShadowRoot` so the caller can scan (and observe) them too.
 */
export function collectRuns(root: Node, onShadowRoot?: (shadow: ShadowRoot) => void): TextRun[] {
  const runs: TextRun[] = [];
  let run: TextRun = { text: '', nodes: [], starts: [] };
  let runBlock: Node | null = null;
  const flush = () => {
    if (run.nodes.length && /\S/u.test(run.text)) runs.push(run);
    run = { text: '', nodes: [], starts: [] };
    runBlock = null;
  };
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
      return isSkipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (!isInline(element)) flush();
      if (element.shadowRoot && onShadowRoot) onShadowRoot(element.shadowRoot);
      continue;
    }
    const text = node as Text;
    const block = blockOf(text, root);
    if (block !== runBlock) flush();
    runBlock = block;
    run.starts.push(run.text.length);
    run.nodes.push(text);
    run.text += text.data;
  }
  flush();
  return runs;
}

function blockOf(node: Node, root: Node): Node {
  let parent = node.parentNode;
  while (parent && parent !== root && parent.nodeType === Node.ELEMENT_NODE) {
    if (!isInline(parent as Element)) return parent;
    parent = parent.parentNode;
  }
  return parent ?? root;
}
