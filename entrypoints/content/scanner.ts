import type { Matcher } from '@/lib/match/matcher';
import type { KeyGate } from './key-gate';
import type { MentionIndex } from './mention-index';
import type { Painter } from './paint';
import { scanBlock } from './scan';
import { createShortForms } from './short-forms';
import { type Block, listBlocks } from './text-runs';
import type { Job } from './work-queue';

export interface ScannerDeps {
  matcher: Matcher;
  index: MentionIndex;
  painter: Painter;
  onShadowRoot: (shadow: ShadowRoot) => void;
  /** Told of every element block met (custom elements may get a shadow root later). */
  onBlock: (block: Element) => void;
  /** Sees each text before the matcher (key-gate.ts), when the matcher knows only some keys. */
  gate?: KeyGate;
}

/**
 * Scans blocks into the index and stages their ranges with the painter, remembering which
 * blocks are up to date ("fresh") so that no pass scans a block twice; and makes the jobs that
 * walk the page.
 */
export function createScanner(deps: ScannerDeps) {
  const { index, painter, gate } = deps;
  let fresh = new WeakSet<Block>();
  const shortForms = createShortForms();
  let scanning: Block | undefined;
  const matcher: Matcher = gate
    ? {
        find(text) {
          if (scanning) gate.covers(text, scanning);
          return deps.matcher.find(text);
        },
        get size() {
          return deps.matcher.size;
        },
      }
    : deps.matcher;

  function scan(block: Block, leaf?: boolean) {
    scanning = block;
    const found = shortForms.keep(block, scanBlock(block, matcher, leaf), (other) => scan(other));
    painter.stage(index.set(block, found), found);
    if (found.length) {
      const root = block.getRootNode();
      if (root instanceof ShadowRoot) painter.styleShadowRoot(root);
    }
    fresh.add(block);
  }

  /** Scans `block` unless it is up to date. */
  function visit(block: Block, leaf?: boolean) {
    if (block instanceof Element) {
      deps.onBlock(block);
      if (block.shadowRoot) deps.onShadowRoot(block.shadowRoot);
    }
    if (!fresh.has(block) && block.isConnected) scan(block, leaf);
  }

  return {
    visit,
    /** Marks a block as changed: the next visit scans it again. */
    stale: (block: Block) => fresh.delete(block),
    /** A job visiting the blocks of a subtree in document order. */
    walk(root: Block): Job {
      const next = listBlocks(root, deps.onShadowRoot);
      return () => {
        const unit = next();
        if (unit) visit(unit.block, unit.leaf);
        return unit !== null;
      };
    },
    /** A job visiting blocks one by one; `then` runs after the last. */
    each(blocks: Block[], then?: () => void): Job {
      let i = 0;
      return () => {
        if (i < blocks.length) visit(blocks[i++]);
        if (i < blocks.length) return true;
        then?.();
        return false;
      };
    },
    /** Drops the mentions of the blocks `test` picks. */
    drop(test: (block: Block) => boolean) {
      const gone = index.dropWhere(test);
      painter.stage(gone.mentions, []);
      for (const block of gone.blocks) fresh.delete(block);
    },
    /** Forgets every mention. */
    reset() {
      fresh = new WeakSet();
      gate?.clear();
      shortForms.clear();
      index.clear();
      painter.clear();
    },
  };
}

export type Scanner = ReturnType<typeof createScanner>;
