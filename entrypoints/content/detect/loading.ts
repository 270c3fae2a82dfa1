import type { Scanner } from './scanner';
import { isSkipped, NOT_INLINE } from './text-runs';
import type { Job } from './work-queue';

/**
 * Scanning a long page while the HTML parser is still at work on it, so that most of it is done
 * by DOMContentLoaded. The parser only ever adds at the end of the document, so the blocks that
 * do not contain the document's last node are closed for good, and each look carries on from
 * where the previous one stopped. Blocks still open (the ancestors of the last node) wait for
 * `rest()`, after DOMContentLoaded; `recheck()` then rescans blocks a page script changed since
 * they were scanned, and a full walk after it catches what a script inserted earlier in the page.
 */
export function createLoadingSweep(doc: Document, scanner: Scanner) {
  const closed = closedBlocks(doc);
  let early = new Map<Element, number>();

  return {
    /** A job scanning what the parser has closed since the last look. */
    pass(): Job {
      closed.refresh();
      return () => {
        const block = closed.next();
        if (!block) return false;
        scanner.visit(block);
        early.set(block, block.textContent?.length ?? 0);
        return true;
      };
    },
    /** After DOMContentLoaded: the rest of the page, then the blocks that were left open. */
    rest(): Job {
      closed.finish();
      return () => {
        const block = closed.next();
        if (block) scanner.visit(block);
        return block !== null;
      };
    },
    /** A job rescanning the blocks whose text changed after their loading-time scan. */
    recheck(): Job {
      const entries = [...early];
      early = new Map();
      let i = 0;
      return () => {
        const [block, length] = entries[i++] ?? [];
        if (block?.isConnected && block.textContent?.length !== length) {
          scanner.stale(block);
          scanner.visit(block);
        }
        return i < entries.length;
      };
    },
  };
}

/** The blocks of the page the parser has closed, in document order, from one look to the next. */
function closedBlocks(doc: Document) {
  let list: NodeListOf<Element> | null = null;
  let i = 0;
  let last: Node | null = null;
  let skipping: Element | null = null;
  const open: Element[] = [];

  return {
    /** Takes a new look at what the parser has added since the last one. */
    refresh() {
      list = doc.body?.querySelectorAll(NOT_INLINE) ?? null;
      last = doc.documentElement;
      while (last?.lastChild) last = last.lastChild;
    },
    /** Once the parser is done: `next()` goes on to the end, then gives the blocks left open. */
    finish() {
      list = doc.body?.querySelectorAll(NOT_INLINE) ?? null;
      last = null;
    },
    /** The next closed block, or null when caught up with the parser. */
    next(): Element | null {
      while (list && i < list.length) {
        const element = list[i++];
        if (skipping?.contains(element)) continue;
        skipping = null;
        if (isSkipped(element)) skipping = element;
        else if (last && element.contains(last)) open.push(element);
        else return element;
      }
      return open.length && !last ? (open.shift() as Element) : null;
    },
  };
}

export type LoadingSweep = ReturnType<typeof createLoadingSweep>;
