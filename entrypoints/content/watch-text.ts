import { createProbe } from '@/lib/match/prefilter-probe';
import type { PackedMatcherData } from '@/lib/messages';
import { SLICE_BUDGET_MS, yieldToPage } from '@/lib/page/slices';
import type { PageContext } from './context';
import { watchLateHosts } from './late-hosts';
import type { PageKeys } from './page-keys';
import { forEachShadowRoot, undefinedElements } from './shadow-roots';

/** How often a page still loading is looked at. */
const LOADING_PASS_MS = 50;

const UNREAD = new Set(['script', 'style', 'noscript', 'textarea']);

type Probe = ReturnType<typeof createProbe>;

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

/** Feeds all of the document's text to `probe`, open shadow roots included. */
export function readDocument(probe: Probe): void {
  const roots: Node[] = [document];
  for (let i = 0; i < roots.length; i++) {
    feedSubtree(probe, roots[i]);
    forEachShadowRoot(roots[i], (shadow) => roots.push(shadow));
  }
}

/**
 * Feeds the document's text to the prefilter's probe as it arrives and as it changes (open
 * shadow roots included), and resolves once some of it holds a key worth scanning for: the
 * probe's hits go to `keys`, which asks the background (it has the exact keys) and gets the
 * matcher then. Resolves to that matcher, or to undefined when `ctx` ends or `stop` aborts
 * first. `onQuiet` runs once when the parsed page turned out to hold nothing.
 */
export function watchText(
  ctx: PageContext,
  keys: PageKeys,
  onQuiet: () => void,
  stop?: AbortSignal,
): Promise<PackedMatcherData | undefined> {
  const probe = createProbe(keys.filter, (hash) => keys.hit(hash));
  const seenRoots = new WeakSet<ShadowRoot>();
  let done = false;
  let parsedPage = false;
  let quiet = false;
  let finish: (found: PackedMatcherData | undefined) => void = () => {};
  const result = new Promise<PackedMatcherData | undefined>((resolve) => {
    finish = (found) => {
      if (done) return;
      done = true;
      observer.disconnect();
      hosts.stop();
      resolve(found);
    };
  });
  ctx.onInvalidated(() => finish(undefined));
  stop?.addEventListener('abort', () => finish(undefined), { once: true });

  const feed = (node: Node | null) => feedNode(probe, node);
  const feedTree = (root: Node) => feedSubtree(probe, root);

  /** Reads an open shadow root and the roots in it, and watches it: once for each root. */
  function readShadowRoot(shadow: ShadowRoot) {
    if (seenRoots.has(shadow)) return;
    seenRoots.add(shadow);
    observer.observe(shadow, OPTIONS);
    feedTree(shadow);
    readShadowRoots(shadow);
  }
  /**
   * Reads the open shadow roots in `root`, and remembers its custom elements not defined yet:
   * one may get a shadow root when its definition loads.
   */
  function readShadowRoots(root: Node) {
    forEachShadowRoot(root, readShadowRoot);
    for (const element of undefinedElements(root)) hosts.consider(element);
  }
  const hosts = watchLateHosts(ctx, (shadow) => {
    readShadowRoot(shadow);
    void settle();
  });

  /** Asks about what hit the bits, until one is a key worth scanning for. */
  async function settle() {
    if (done || !keys.busy()) return;
    if (!(await keys.flush())) noteQuiet();
  }
  // The first matcher ends the search at once, even while more hashes are being asked about.
  const unfollow = keys.onMatcher(finish);
  result.then(unfollow);

  function noteQuiet() {
    if (quiet || !parsedPage || done || reading || keys.busy()) return;
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
          if (node.nodeType === Node.ELEMENT_NODE) readShadowRoots(node);
        }
      }
    }
    hosts.check();
    void settle();
  });
  const OPTIONS = { childList: true, subtree: true, characterData: true };

  // While the parser works, the text is read as it arrives: it only appends, so one walker goes
  // on from where the last look ended (the last node read is read again: it may have grown). A
  // long page is read in slices that give the page its thread back (and let the background
  // answer about what was found so far: a key found ends the reading).
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  let last: Node | null = null;
  let reading = false;
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
      feed(last);
      walker.currentNode = last;
    }
    let since = performance.now();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      feed(node);
      last = node;
      if (performance.now() - since < SLICE_BUDGET_MS) continue;
      void settle();
      await yieldToPage();
      if (done) break;
      since = performance.now();
    }
    // The last word is looked up now: the text may end there (read again if it grows).
    probe.end();
    reading = false;
    void settle();
    noteQuiet();
  }
  // While the parser works, timers wait behind its chunks and frames: an animation frame is
  // the reliable moment to look (as in loading.ts); the timer stays for tabs that draw none.
  let lastLook = 0;
  const loading = () => !done && document.readyState === 'loading';
  function lookWhileLoading() {
    if (performance.now() - lastLook < LOADING_PASS_MS) return;
    lastLook = performance.now();
    void look();
  }
  function onFrame() {
    if (!loading()) return;
    lookWhileLoading();
    ctx.requestAnimationFrame(onFrame);
  }
  function onTimer() {
    if (!loading()) return;
    lookWhileLoading();
    ctx.setTimeout(onTimer, LOADING_PASS_MS);
  }
  function parsed() {
    // Found while the page loaded: detection reads the page from here on.
    if (done) return;
    void look();
    readShadowRoots(document);
    parsedPage = true;
    noteQuiet();
    observer.observe(document, OPTIONS);
    hosts.check();
    // A custom element may get its shadow root only once its definition loads.
    ctx.addEventListener(
      window,
      'load',
      () => {
        if (done) return;
        readShadowRoots(document);
        hosts.check();
      },
      { once: true },
    );
  }
  onFrame();
  onTimer();
  if (document.readyState === 'loading') {
    ctx.addEventListener(document, 'DOMContentLoaded', parsed, { once: true });
  } else parsed();
  return result;
}
