import type { PageContext } from '../context';
import { type Block, blockOf, isInline } from './text-runs';

/** What changed in the page since the last batch. */
export interface PageChanges {
  /** Blocks whose own text changed: text edited, inline content added or removed. */
  blocks: Set<Block>;
  /** Elements added (or moved): their blocks are scanned unless already up to date. */
  added: Set<Element>;
  /** Something was removed: blocks no longer in the page must drop their mentions. */
  removed: boolean;
}

/** Long enough to gather a burst of changes into one rescan, short enough to feel immediate. */
const BATCH_DELAY_MS = 150;

const TEXT = 3;
const ELEMENT = 1;

/**
 * Watches a document and the open shadow roots it is given for text changes, and reports them in
 * batches, at most one per BATCH_DELAY_MS. The extension's own card host is ignored. The timer is
 * a plain one, cleared on invalidation by a single listener.
 */
export function watchChanges(
  ctx: PageContext,
  onChanges: (changes: PageChanges) => void,
  delay = BATCH_DELAY_MS,
) {
  let pending = noChanges();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (ctx.isInvalid) return;
    const changes = pending;
    pending = noChanges();
    onChanges(changes);
  };
  const observer = new MutationObserver((records) => {
    if (ctx.isInvalid) return;
    if (collect(records, pending) && timer === undefined) timer = setTimeout(flush, delay);
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    timer = undefined;
    pending = noChanges();
  };
  ctx.onInvalidated(stop);
  return {
    observe(root: Document | ShadowRoot) {
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    },
    /** Stops watching everything and forgets changes not yet reported. */
    disconnect: stop,
  };
}

function noChanges(): PageChanges {
  return { blocks: new Set(), added: new Set(), removed: false };
}

const isOwnHost = (node: Node) =>
  node.nodeType === ELEMENT && (node as Element).hasAttribute('data-factcard-host');

/** Adds the records to `changes`; returns whether any of them matters. */
function collect(records: MutationRecord[], changes: PageChanges): boolean {
  let any = false;
  for (const record of records) {
    if (record.type === 'characterData') {
      const block = blockOf(record.target);
      if (block) changes.blocks.add(block);
      any ||= block !== null;
      continue;
    }
    const nodes = [...record.addedNodes, ...record.removedNodes];
    if (nodes.every(isOwnHost)) continue;
    const block = containerBlock(record.target);
    if (block) changes.blocks.add(block);
    for (const node of record.addedNodes) {
      if (node.nodeType === ELEMENT && !isOwnHost(node)) changes.added.add(node as Element);
    }
    if (record.removedNodes.length) changes.removed = true;
    any = true;
  }
  return any;
}

/** The block whose own runs the children of `node` belong to. */
function containerBlock(node: Node): Block | null {
  if (node instanceof ShadowRoot) return node;
  if (node.nodeType === ELEMENT && !isInline(node as Element)) return node as Element;
  return node.nodeType === TEXT || node.nodeType === ELEMENT ? blockOf(node) : null;
}
