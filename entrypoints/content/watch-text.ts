import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createProbe, type PrefilterBits } from '@/lib/match/prefilter-probe';

/** More hashes than fit in one check message (1000 characters of base64) mean "look closer". */
const MAX_CHECKED = 186;
/** How often a page still loading is looked at. */
const LOADING_PASS_MS = 50;

const UNREAD = new Set(['script', 'style', 'noscript', 'textarea']);

/**
 * Feeds the document's text to the prefilter's probe as it arrives and as it changes (open
 * shadow roots included), and resolves once some of it holds a key: the probe's hits are checked
 * by `check` (the background, which has the exact keys). Resolves to false when `ctx` ends first.
 * `onQuiet` runs once when the parsed page turned out to hold nothing.
 */
export function watchText(
  ctx: ContentScriptContext,
  filter: PrefilterBits,
  check: (hashes: Uint32Array) => Promise<boolean>,
  onQuiet: () => void,
): Promise<boolean> {
  const hits = new Set<number>();
  const probe = createProbe(filter, (hash) => hits.add(hash));
  const seenRoots = new WeakSet<ShadowRoot>();
  let checking = false;
  let done = false;
  let parsedPage = false;
  let quiet = false;
  let finish: (found: boolean) => void = () => {};
  const result = new Promise<boolean>((resolve) => {
    finish = (found) => {
      if (done) return;
      done = true;
      observer.disconnect();
      resolve(found);
    };
  });
  ctx.onInvalidated(() => finish(false));

  function feed(node: Node | null) {
    if (!node) return;
    const parent = node.parentNode as Element | null;
    if (parent && UNREAD.has(parent.localName)) return;
    probe.feed((node as Text).data);
  }

  /** Feeds a subtree's text, in document order, as one run of nodes. */
  function feedTree(root: Node) {
    probe.reset();
    if (root.nodeType === Node.TEXT_NODE) return feed(root);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) feed(node);
  }

  function feedShadowRoots(root: Document | ShadowRoot) {
    for (const element of root.querySelectorAll('*')) {
      const shadow = element.shadowRoot;
      if (!shadow || seenRoots.has(shadow)) continue;
      seenRoots.add(shadow);
      observer.observe(shadow, OPTIONS);
      feedTree(shadow);
      feedShadowRoots(shadow);
    }
  }

  /** Asks about what hit the bits; clears them when none is a key. */
  async function settle() {
    if (checking || hits.size === 0 || done) return;
    if (hits.size > MAX_CHECKED) return finish(true);
    checking = true;
    const hashes = Uint32Array.from(hits);
    hits.clear();
    const found = await check(hashes).catch(() => false);
    checking = false;
    if (found) finish(true);
    else if (hits.size) void settle();
    else noteQuiet();
  }

  function noteQuiet() {
    if (quiet || !parsedPage || done || checking || hits.size) return;
    quiet = true;
    onQuiet();
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') feedTree(record.target.parentNode ?? record.target);
      else for (const node of record.addedNodes) feedTree(node);
    }
    void settle();
  });
  const OPTIONS = { childList: true, subtree: true, characterData: true };

  // While the parser works, the text is read as it arrives: it only appends, so one walker goes
  // on from where the last look ended (the last node read is read again: it may have grown).
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  let last: Node | null = null;
  function look() {
    if (done) return;
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
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      feed(node);
      last = node;
    }
    void settle();
  }
  // While the parser works, timers wait behind its chunks and frames: an animation frame is
  // the reliable moment to look (as in loading.ts); the timer stays for tabs that draw none.
  let lastLook = 0;
  const loading = () => !done && document.readyState === 'loading';
  function lookWhileLoading() {
    if (performance.now() - lastLook < LOADING_PASS_MS) return;
    lastLook = performance.now();
    look();
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
    look();
    feedShadowRoots(document);
    parsedPage = true;
    noteQuiet();
    observer.observe(document, OPTIONS);
    // A custom element may get its shadow root only once its definition loads.
    ctx.addEventListener(window, 'load', () => feedShadowRoots(document), { once: true });
  }
  onFrame();
  onTimer();
  if (document.readyState === 'loading') {
    ctx.addEventListener(document, 'DOMContentLoaded', parsed, { once: true });
  } else parsed();
  return result;
}
