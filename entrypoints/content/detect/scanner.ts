import type { Matcher } from '@/lib/match/matcher';
import { createPageNames } from '@/lib/match/page-names';
import { createShortForms } from '@/lib/match/short-forms';
import { createKeyGate } from '@/lib/page/key-gate';
import type { ShadowRootFinder } from '../dom/shadow-roots';
import type { DetectionKeys } from '../handoff';
import type { Painter } from '../paint/paint';
import { compareNodes, type MentionIndex } from './mention-index';
import type { Mention } from './page-mention';
import { scanBlock } from './scan';
import { type Block, listBlocks } from './text-runs';
import type { Job } from './work-queue';

interface ScannerDeps {
  matcher: Matcher;
  index: MentionIndex;
  painter: Painter;
  roots: ShadowRootFinder;
  /** The page's keys: each text goes through their gate before the matcher. */
  keys: () => DetectionKeys;
}

/** Whether mention `a` comes before mention `b` in the page. */
function before(a: Mention, b: Mention): boolean {
  const x = a.range.startContainer;
  const y = b.range.startContainer;
  return x === y ? a.range.startOffset < b.range.startOffset : compareNodes(x, y) < 0;
}

// Where a page lists other things: other news, captions, headings, menus.
const ASIDE = 'li, td, th, dt, dd, figcaption, h1, h2, h3, h4, h5, h6, nav, aside, header, footer';

/**
 * The mentions of a block, without generic names alone in a text (Mention.alone) outside running
 * text: a paragraph of the article that lists ministries after its people is the story's, an
 * item of other news ("Japan's Ministry of Finance") or a caption is not.
 */
function inRunningText(block: Block, found: Mention[]): Mention[] {
  if (!found.some((m) => m.alone)) return found;
  const element = block instanceof Element ? block : block.host;
  return element.closest(ASIDE) ? found.filter((m) => !m.alone) : found;
}

/**
 * Scans blocks into the index and stages their ranges with the painter, remembering which
 * blocks are up to date ("fresh") so that no pass scans a block twice; and makes the jobs that
 * walk the page. Each block's text passes the key gate first (lib/page/key-gate.ts): a block
 * naming a key not answered about yet is scanned again once the answer brings a larger matcher.
 */
export function createScanner(deps: ScannerDeps) {
  const { index, painter, roots } = deps;
  let fresh = new WeakSet<Block>();
  const shortForms = createShortForms<Block, Mention>(
    before,
    (block) => block.isConnected,
    (m, id) => m.claimedBy(id),
  );
  const gate = createKeyGate<Block>(deps.keys);
  const pageNames = createPageNames();
  let push: ((job: Job) => void) | undefined;
  let scanning: Block | undefined;
  const matcher: Matcher = {
    find(text) {
      if (scanning) gate.covers(text, scanning);
      return pageNames.read(text, deps.matcher.find(text));
    },
    get size() {
      return deps.matcher.size;
    },
  };

  function scan(block: Block, leaf?: boolean) {
    scanning = block;
    const found = shortForms.keep(
      block,
      inRunningText(block, scanBlock(block, matcher, leaf)),
      (other) => scan(other),
    );
    painter.stage(index.set(block, found), found);
    if (found.length) {
      const root = block.getRootNode();
      if (root instanceof ShadowRoot) painter.styleShadowRoot(root);
    }
    fresh.add(block);
    // A block read before an acronym was defined may use it: the page is read again, once
    // for each acronym the page defines.
    if (pageNames.grown() && push) {
      const page = block.ownerDocument?.body;
      if (page) {
        fresh = new WeakSet([block]);
        push(walk(page));
      }
    }
  }

  /** Scans `block` unless it is up to date. */
  function visit(block: Block, leaf?: boolean) {
    if (block instanceof Element) roots.element(block);
    if (!fresh.has(block) && block.isConnected) scan(block, leaf);
  }

  /** A job visiting the blocks of a subtree in document order. */
  function walk(root: Block): Job {
    const next = listBlocks(root, roots.found);
    return () => {
      const unit = next();
      if (unit) visit(unit.block, unit.leaf);
      return unit !== null;
    };
  }

  /** A job visiting blocks one by one; `then` runs after the last. */
  function each(blocks: Block[], then?: () => void): Job {
    let i = 0;
    return () => {
      if (i < blocks.length) visit(blocks[i++]);
      if (i < blocks.length) return true;
      then?.();
      return false;
    };
  }

  return {
    visit,
    each,
    /** Marks a block as changed: the next visit scans it again. */
    stale: (block: Block) => fresh.delete(block),
    /** A job visiting the blocks of a subtree in document order. */
    walk,
    /** Where the gate's blocks go once an answer brought a larger matcher: stale, to be read. */
    onRescan(rescan: (job: Job) => void) {
      push = rescan;
      gate.connect((blocks) => {
        for (const block of blocks) fresh.delete(block);
        rescan(each(blocks.filter((block) => block.isConnected)));
      });
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
      gate.clear();
      shortForms.clear();
      pageNames.clear();
      index.clear();
      painter.clear();
    },
  };
}

export type Scanner = ReturnType<typeof createScanner>;
