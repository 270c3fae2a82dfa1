import { compareNodes } from '../detect/mention-index';
import type { PageMention } from '../detect/page-mention';
import { createAnchorGroups, GROUP, type Group } from './anchor-groups';

export { GROUP };

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
 * Keeps the ranges of a highlight to the mentions near the viewport once there are many. A
 * mention is placed by the element holding its first text node (its anchor). The anchors are
 * kept in document order in groups of about GROUP; at each frame the page scrolled (or after
 * the painter was given mentions) the first anchor of each group, its sample, is placed against a
 * screen above and below the viewport. In normal flow an element's top never decreases in
 * document order, so a group whose sample is within that margin, or above it while the next
 * known sample is below, may hold anchors within it: the browser's IntersectionObserver (its root
 * the document itself, so that a frame's own viewport counts and the margin applies in
 * cross-origin frames too) then watches each of the group's anchors, and their mentions are
 * painted while they are within the margin. Watching every anchor of a long page would cost each
 * frame that moves anything a visit to thousands of elements. Before the window is engaged (fewer
 * than WINDOW_FROM mentions) every mention is painted.
 */
export function createPaintWindow(doc: Document, highlight: Highlight) {
  const byAnchor = new Map<Element, Set<PageMention>>();
  const anchorOf = new Map<PageMention, Element>();
  const near = new Set<Element>();
  const groups = createAnchorGroups();
  let observer: IntersectionObserver | undefined;
  let frameAsked = false;
  const view = doc.defaultView;

  function paint(anchor: Element, on: boolean) {
    const mentions = byAnchor.get(anchor);
    if (!mentions) return;
    if (on) near.add(anchor);
    else near.delete(anchor);
    for (const mention of mentions) {
      if (on) highlight.add(mention.range);
      else highlight.delete(mention.range);
    }
  }

  function onEntries(entries: IntersectionObserverEntry[]) {
    for (const entry of entries) {
      // A report queued before its group stopped being watched is old news.
      if (groups.groupOf(entry.target)?.near) paint(entry.target, entry.isIntersecting);
    }
  }

  function setNear(group: Group, on: boolean) {
    if (group.near === on) return;
    group.near = on;
    for (const member of group.members) {
      if (on) observer?.observe(member);
      else {
        observer?.unobserve(member);
        paint(member, false);
      }
    }
  }

  /** Places the groups against the margin. Reads layout: it runs in an animation frame. */
  function regroup() {
    groups.place(view?.innerHeight ?? 0, setNear);
  }

  function insert(anchor: Element) {
    if (groups.insert(anchor).near) observer?.observe(anchor);
  }

  function extract(anchor: Element) {
    if (groups.extract(anchor)) observer?.unobserve(anchor);
  }

  function askFrame() {
    if (frameAsked || !observer || !view) return;
    frameAsked = true;
    view.requestAnimationFrame(() => {
      frameAsked = false;
      if (observer) regroup();
    });
  }

  const onMove = () => askFrame();

  /** Whether a tracked mention is to be painted now: always, until the page is windowed. */
  function shows(mention: PageMention): boolean {
    if (!observer) return true;
    const anchor = anchorOf.get(mention);
    return anchor !== undefined && near.has(anchor);
  }

  /** Starts windowing: from now on only mentions reported near are painted. */
  function engage() {
    const View = view?.IntersectionObserver;
    if (!View) return;
    observer = new View(onEntries, { root: doc, rootMargin: MARGIN });
    const anchors = [...byAnchor.keys()].sort(compareNodes);
    // Near at first: every anchor is watched until the next frame has placed the samples, and
    // the first reports take away what was painted before and is far.
    for (const anchor of groups.fill(anchors).flatMap((group) => group.members)) {
      observer.observe(anchor);
    }
    // Scrolling the page or any scroller in it (capture: scroll events do not bubble).
    view?.addEventListener('scroll', onMove, { capture: true, passive: true });
    view?.addEventListener('resize', onMove, { passive: true });
    askFrame();
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
        if (observer) insert(anchor);
      }
      mentions.add(mention);
    },
    /** Paints the tracked mentions to be painted now: all of them, until the page is windowed. */
    paint(mentions: Iterable<PageMention>) {
      for (const mention of mentions) if (shows(mention)) highlight.add(mention.range);
    },
    /** Paints mentions known to be on screen, before the observer has reported where they are. */
    reveal(mentions: Iterable<PageMention>) {
      for (const mention of mentions) highlight.add(mention.range);
    },
    unpaint(mentions: Iterable<PageMention>) {
      for (const mention of mentions) highlight.delete(mention.range);
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
      extract(anchor);
    },
    /**
     * Windows the highlight once the page holds enough mentions to make that worth it; once it
     * is, places the groups again at the next frame (mentions came or went, the page changed).
     */
    settle() {
      if (!observer && anchorOf.size >= WINDOW_FROM) engage();
      else askFrame();
    },
    /** Places the groups now (the tests drive it; the page does at animation frames). */
    regroup: () => observer && regroup(),
    get windowed() {
      return observer !== undefined;
    },
    /** Stops windowing and empties the highlight. */
    clear() {
      highlight.clear();
      observer?.disconnect();
      observer = undefined;
      view?.removeEventListener('scroll', onMove, { capture: true });
      view?.removeEventListener('resize', onMove);
      byAnchor.clear();
      anchorOf.clear();
      near.clear();
      groups.clear();
    },
  };
}
