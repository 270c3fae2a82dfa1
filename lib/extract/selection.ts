import { blockOf, squash } from './blocks';

/** The longest selection that can become a fact: a fact's text holds at most this much. */
export const MAX_SELECTION = 1000;
/** How much text either side of a selection is kept to tell repeats of it apart. */
export const CONTEXT_LENGTH = 32;

/** The page's selection as the quote of a fact: white space squashed, as the stored text has it. */
export interface SelectedText {
  text: string;
  prefix: string;
  suffix: string;
}

export type SelectionRefusal = 'empty' | 'blocks' | 'long';

export type SelectionResult =
  | { ok: true; value: SelectedText }
  | { ok: false; reason: SelectionRefusal };

/**
 * Reads a selection for "Make a card", "Add as a fact" and "Add as another name": its text and a
 * little text of its block either side (the quote selector's prefix and suffix). Refused when
 * nothing is selected, when the text runs over more than one block (a quote is one paragraph's
 * text, and a name never spans two), or when it is longer than a fact may be.
 */
export function readSelection(range: Range | null): SelectionResult {
  const raw = range?.toString() ?? '';
  const text = squash(raw).trim();
  if (!range || !text) return { ok: false, reason: 'empty' };
  if (blocksOf(range).size > 1) return { ok: false, reason: 'blocks' };
  if (text.length > MAX_SELECTION) return { ok: false, reason: 'long' };
  const block = blockOf(range.commonAncestorContainer);
  if (!block) return { ok: true, value: { text, prefix: '', suffix: '' } };
  const before = range.cloneRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const after = range.cloneRange();
  after.selectNodeContents(block);
  after.setStart(range.endContainer, range.endOffset);
  const lead = /^[\s\u00a0]*/u.exec(raw)![0];
  const trail = /[\s\u00a0]*$/u.exec(raw)![0];
  return {
    ok: true,
    value: {
      text,
      prefix: squash(before.toString() + lead)
        .trimStart()
        .slice(-CONTEXT_LENGTH),
      suffix: squash(trail + after.toString())
        .trimEnd()
        .slice(0, CONTEXT_LENGTH),
    },
  };
}

/**
 * The blocks whose text the range selects some of. A triple-click selects a paragraph up to the
 * start of the next one: a block only touched, with nothing of its text selected, is not counted.
 */
function blocksOf(range: Range): Set<Element | null> {
  const root = range.commonAncestorContainer;
  const blocks = new Set<Element | null>();
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE || !range.intersectsNode(node)) continue;
    const value = node.nodeValue ?? '';
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : value.length;
    if (value.slice(start, end).trim()) blocks.add(blockOf(node));
  }
  return blocks;
}
