import type { PackedMatcherData } from '@/lib/messages';
import type { PageKeys, Probe } from '@/lib/page/page-keys';
import { runInSlices, yieldToPage } from '@/lib/page/slices';
import type { PageContext } from '../context';
import { findShadowRoots } from './shadow-roots';
import { whileParsing } from './while-parsing';

const UNREAD = new Set(['script', 'style', 'noscript', 'textarea']);
const WATCHED = { childList: true, subtree: true, characterData: true };

/** Feeds one text node, unless it is a script's, a style's or a form field's. */
function feedNode(probe: Probe, node: Node | null) {
  if (!node) return;
  const parent = node.parentNode as Element | null;
  if (parent && UNREAD.has(parent.localName)) return;
  probe.feed((node as Text).data);
}

/** Feeds a subtree's text, in document order, as one run of nodes. */
function feedSubtree(probe: Probe, root: Node) {
  probe.reset();
  if (root.nodeType === Node.TEXT_NODE) feedNode(probe, root);
  else {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) feedNode(probe, node);
  }
  probe.end();
}

/** Feeds all of the document's text to `keys`, open shadow roots included, at once. */
export function readDocument(ctx: PageContext, keys: PageKeys): void {
  const probe = keys.probe();
  const roots = findShadowRoots(ctx, (shadow) => feedSubtree(probe, shadow));
  feedSubtree(probe, document);
  roots.tree(document);
  roots.release();
}

/**
 * Feeds the document's text to the prefilter's probe as it arrives and as it changes (open shadow
 * roots included), until some of it holds a key worth scanning for: `keys` asks about the hashes
 * that hit the bits, and the answer that finds one brings the matcher. Resolves to that matcher,
 * or to undefined when `ctx` ends or `stop` aborts first. `onQuiet` runs once when the parsed
 * page turned out to hold nothing (it goes on watching what the page adds).
 */
export function feedText(
  ctx: PageContext,
  keys: PageKeys,
  { onQuiet, stop }: { onQuiet: () => void; stop: AbortSignal },
): Promise<PackedMatcherData | undefined> {
  const probe = keys.probe();
  let done = false;
  let parsed = false;
  let quiet = false;
  let reading = false;
  let finish: (found: PackedMatcherData | undefined) => void = () => {};
  const result = new Promise<PackedMatcherData | undefined>((resolve) => {
    finish = (found) => {
      if (done) return;
      done = true;
      observer.disconnect();
      roots.release();
      stopLooking();
      resolve(found);
    };
  });
  ctx.onInvalidated(() => finish(undefined));
  stop.addEventListener('abort', () => finish(undefined), { once: true });
  // The first matcher ends the search at once, even while more hashes are being asked about.
  result.then(keys.onMatcher(finish));

  const feedTree = (root: Node) => feedSubtree(probe, root);
  const roots = findShadowRoots(ctx, (shadow) => {
    observer.observe(shadow, WATCHED);
    feedTree(shadow);
    roots.tree(shadow);
    void settle();
  });

  /** Asks about what hit the bits, until one is a key worth scanning for. */
  async function settle() {
    if (done || !keys.busy()) return;
    if (!(await keys.flush())) noteQuiet();
  }
  function noteQuiet() {
    if (quiet || !parsed || done || reading || keys.busy()) return;
    quiet = true;
    onQuiet();
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') feedTree(record.target.parentNode ?? record.target);
      else {
        for (const node of record.addedNodes) {
          feedTree(node);
          // An element may come with a shadow root already (a defined custom element).
          roots.tree(node);
        }
      }
    }
    roots.check();
    void settle();
  });

  // The parser only appends, so one walker goes on from where the last look ended (the last node
  // read is read again: it may have grown). A long page is read in slices that give the page its
  // thread back.
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  let last: Node | null = null;
  async function look() {
    if (done || reading) return;
    reading = true;
    if (last && !last.isConnected) {
      // A script took away what was read last: read the page again from its start.
      last = null;
      walker.currentNode = document;
    }
    if (last) {
      probe.reset();
      feedNode(probe, last);
      walker.currentNode = last;
    }
    await runInSlices(
      () => {
        const node = walker.nextNode();
        if (node) feedNode(probe, node);
        last = node ?? last;
        return node !== null;
      },
      // Between slices the answers about what was found so far come in: a key ends the reading.
      { cancelled: () => done, onSlice: () => void settle(), yieldForFrame: yieldToPage },
    );
    // The last word is looked up now: the text may end there (read again if it grows).
    probe.end();
    reading = false;
    void settle();
    noteQuiet();
  }

  const stopLooking = whileParsing(ctx, () => void look());
  function onParsed() {
    // Found while the page loaded: detection reads the page from here on.
    if (done) return;
    void look();
    roots.tree(document);
    parsed = true;
    noteQuiet();
    observer.observe(document, WATCHED);
    roots.check();
    // A custom element may get its shadow root only once its definition loads.
    ctx.addEventListener(
      window,
      'load',
      () => {
        if (done) return;
        roots.tree(document);
        roots.check();
      },
      { once: true },
    );
  }
  if (document.readyState === 'loading') {
    ctx.addEventListener(document, 'DOMContentLoaded', onParsed, { once: true });
  } else onParsed();
  return result;
}
