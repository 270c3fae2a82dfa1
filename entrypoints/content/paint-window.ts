import { compareNodes } from './mention-index';
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
 * Anchors per group (see below); a group that grows to twice this splits. The observer works
 * through every element it watches after each frame that moved anything (measured on a 1 MB page:
 * some 20 ms a frame with its 10,000 anchors watched).
 */
export const GROUP = 32;

/** Where an element is against the margin: above it, within it, below it. */
type Side = -1 | 0 | 1;

interface Group {
  /** In document order; the first is the group's sample. */
  members: Element[];
  /** Every member is watched, and painted while within the margin. */
  near: boolean;
}

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
  const groupOf = new Map<Element, Group>();
  let groups: Group[] = [];
  let observer: IntersectionObserver | undefined;
  // Where the last anchor went: the scan mostly goes on in document order from there.
  let lastGroup: Group | undefined;
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
      if (groupOf.get(entry.target)?.near) paint(entry.target, entry.isIntersecting);
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

  function sideOf(element: Element, height: number): Side | undefined {
    const box = element.getBoundingClientRect();
    // No box (display: none, detached): it says nothing of where its group is.
    if (box.width === 0 && box.height === 0) return undefined;
    if (box.bottom <= -height) return -1;
    return box.top >= 2 * height ? 1 : 0;
  }

  /**
   * Which groups may reach into the margin, from where the samples around them are now; a sample
   * without a box is looked past (the span between known ones holds it), and a group that nothing
   * known brackets stays as it is. Reads layout: it runs in an animation frame.
   */
  function regroup() {
    const height = view?.innerHeight ?? 0;
    const sides = groups.map((group) => sideOf(group.members[0], height));
    const after: Side[] = new Array(groups.length);
    let next: Side = 1; // Past the last group is the end of the page: below.
    for (let g = groups.length - 1; g >= 0; g--) {
      after[g] = next;
      next = sides[g] ?? next;
    }
    let before: Side | undefined;
    for (let g = 0; g < groups.length; g++) {
      before = sides[g] ?? before;
      const end = after[g];
      if (before === 0 || end === 0 || (before === -1 && end === 1)) setNear(groups[g], true);
      else if (before === 1 || (before === -1 && end === -1)) setNear(groups[g], false);
    }
  }

  function askFrame() {
    if (frameAsked || !observer || !view) return;
    frameAsked = true;
    view.requestAnimationFrame(() => {
      frameAsked = false;
      if (observer) regroup();
    });
  }

  /** The index of the last group whose sample comes before `anchor` (0 when none does). */
  function groupIndexFor(anchor: Element): number {
    if (lastGroup) {
      const at = groups.indexOf(lastGroup);
      const after = groups[at + 1];
      if (
        at >= 0 &&
        compareNodes(lastGroup.members[0], anchor) < 0 &&
        (!after || compareNodes(anchor, after.members[0]) < 0)
      ) {
        return at;
      }
    }
    let lo = 0;
    let hi = groups.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (compareNodes(groups[mid].members[0], anchor) < 0) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  function insert(anchor: Element) {
    if (groups.length === 0) {
      const group = { members: [anchor], near: false };
      groups.push(group);
      groupOf.set(anchor, group);
      return;
    }
    const g = groupIndexFor(anchor);
    const group = groups[g];
    lastGroup = group;
    const { members } = group;
    let at = members.length;
    if (compareNodes(members[members.length - 1], anchor) > 0) {
      at = 0;
      while (at < members.length && compareNodes(members[at], anchor) < 0) at++;
    }
    members.splice(at, 0, anchor);
    groupOf.set(anchor, group);
    if (group.near) observer?.observe(anchor);
    if (members.length >= 2 * GROUP) {
      const rest: Group = { members: members.splice(GROUP), near: group.near };
      for (const member of rest.members) groupOf.set(member, rest);
      groups.splice(g + 1, 0, rest);
    }
  }

  function extract(anchor: Element) {
    const group = groupOf.get(anchor);
    if (!group) return;
    groupOf.delete(anchor);
    observer?.unobserve(anchor);
    group.members.splice(group.members.indexOf(anchor), 1);
    if (group.members.length > 0) return;
    groups.splice(groups.indexOf(group), 1);
    if (lastGroup === group) lastGroup = undefined;
  }

  const onMove = () => askFrame();

  /** Starts windowing: from now on only mentions reported near are painted. */
  function engage() {
    const View = view?.IntersectionObserver;
    if (!View) return;
    observer = new View(onEntries, { root: doc, rootMargin: MARGIN });
    const anchors = [...byAnchor.keys()].sort(compareNodes);
    groups = [];
    for (let i = 0; i < anchors.length; i += GROUP) {
      // Near at first: every anchor is watched until the next frame has placed the samples, and
      // the first reports take away what was painted before and is far.
      const group = { members: anchors.slice(i, i + GROUP), near: true };
      groups.push(group);
      for (const anchor of group.members) {
        groupOf.set(anchor, group);
        observer.observe(anchor);
      }
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
    clear() {
      observer?.disconnect();
      observer = undefined;
      view?.removeEventListener('scroll', onMove, { capture: true });
      view?.removeEventListener('resize', onMove);
      byAnchor.clear();
      anchorOf.clear();
      near.clear();
      groupOf.clear();
      groups = [];
      lastGroup = undefined;
    },
  };
}
