import type { PageMention } from './page-mention';

/**
 * From this many mentions on, the highlight holds only those within about a screen of the
 * viewport. Chromium reworks every highlighted range of the document after any change to the
 * page or to a highlight (measured: 55-66 ms per DOM change with 7,500 ranges, some 8 µs a range),
 * so a page with thousands of mentions would make every change of the page slow.
 */
export const WINDOW_FROM = 300;

/** How far beyond the viewport mentions stay painted: a screen above and a screen below. */
const MARGIN = '100% 0px';

/**
 * Keeps the ranges of a highlight to the mentions near the viewport once there are many. Each
 * mention is watched through the element holding its first text node, with one
 * IntersectionObserver whose root is the document itself (so that a frame's own viewport counts,
 * and the margin applies in cross-origin frames too); the browser reports the elements that come
 * within a screen of the viewport and those that leave it, usually many frames before they show.
 */
export function createPaintWindow(doc: Document, highlight: Highlight) {
  const byAnchor = new Map<Element, Set<PageMention>>();
  const anchorOf = new Map<PageMention, Element>();
  const near = new Set<Element>();
  let observer: IntersectionObserver | undefined;

  function onEntries(entries: IntersectionObserverEntry[]) {
    for (const entry of entries) {
      const mentions = byAnchor.get(entry.target);
      if (!mentions) continue;
      if (entry.isIntersecting) {
        near.add(entry.target);
        for (const mention of mentions) highlight.add(mention.range);
      } else {
        near.delete(entry.target);
        for (const mention of mentions) highlight.delete(mention.range);
      }
    }
  }

  /** Starts windowing: from now on only mentions the observer reports near are painted. */
  function engage() {
    const View = doc.defaultView?.IntersectionObserver;
    if (!View) return;
    observer = new View(onEntries, { root: doc, rootMargin: MARGIN });
    for (const anchor of byAnchor.keys()) observer.observe(anchor);
  }

  return {
    /** Tracks a mention (where it is, so that it can be painted when near). */
    track(mention: PageMention) {
      const text = mention.texts[0];
      const parent = text?.parentNode;
      const anchor = parent instanceof Element ? parent : (parent as ShadowRoot | null)?.host;
      if (!anchor) return;
      anchorOf.set(mention, anchor);
      let mentions = byAnchor.get(anchor);
      if (!mentions) {
        mentions = new Set();
        byAnchor.set(anchor, mentions);
        observer?.observe(anchor);
      }
      mentions.add(mention);
    },
    /** Whether a tracked mention is to be painted now: always, until the page is windowed. */
    shows(mention: PageMention): boolean {
      if (!observer) return true;
      const anchor = anchorOf.get(mention);
      return anchor !== undefined && near.has(anchor);
    },
    remove(mention: PageMention) {
      const anchor = anchorOf.get(mention);
      if (!anchor) return;
      anchorOf.delete(mention);
      const mentions = byAnchor.get(anchor);
      mentions?.delete(mention);
      if (mentions?.size) return;
      byAnchor.delete(anchor);
      near.delete(anchor);
      observer?.unobserve(anchor);
    },
    /** Windows the highlight once the page holds enough mentions to make that worth it. */
    settle() {
      if (!observer && anchorOf.size >= WINDOW_FROM) engage();
    },
    get windowed() {
      return observer !== undefined;
    },
    clear() {
      observer?.disconnect();
      observer = undefined;
      byAnchor.clear();
      anchorOf.clear();
      near.clear();
    },
  };
}
