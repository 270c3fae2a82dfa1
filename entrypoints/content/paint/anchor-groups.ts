import { compareNodes } from '../detect/mention-index';

/**
 * Anchors per group (see paint-window.ts); a group that grows to twice this splits. The observer
 * works through every element it watches after each frame that moved anything (measured on a
 * 1 MB page: some 20 ms a frame with its 10,000 anchors watched).
 */
export const GROUP = 32;

/** Where an element is against the margin: above it, within it, below it. */
type Side = -1 | 0 | 1;

export interface Group {
  /** In document order; the first is the group's sample. */
  members: Element[];
  /** Every member is watched, and painted while within the margin. */
  near: boolean;
}

function sideOf(element: Element, height: number): Side | undefined {
  const box = element.getBoundingClientRect();
  // No box (display: none, detached): it says nothing of where its group is.
  if (box.width === 0 && box.height === 0) return undefined;
  if (box.bottom <= -height) return -1;
  return box.top >= 2 * height ? 1 : 0;
}

/** The anchors of a windowed page, in document order, in groups of about GROUP. */
export function createAnchorGroups() {
  let groups: Group[] = [];
  const groupOf = new Map<Element, Group>();
  // Where the last anchor went: the scan mostly goes on in document order from there.
  let lastGroup: Group | undefined;

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

  return {
    groupOf: (anchor: Element) => groupOf.get(anchor),
    /** Groups anchors sorted in document order, each group near (watched) at first. */
    fill(anchors: Element[]): Group[] {
      groups = [];
      for (let i = 0; i < anchors.length; i += GROUP) {
        const group = { members: anchors.slice(i, i + GROUP), near: true };
        groups.push(group);
        for (const anchor of group.members) groupOf.set(anchor, group);
      }
      return groups;
    },
    /** Puts an anchor in its place; returns its group. */
    insert(anchor: Element): Group {
      if (groups.length === 0) {
        const group = { members: [anchor], near: false };
        groups.push(group);
        groupOf.set(anchor, group);
        return group;
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
      if (members.length >= 2 * GROUP) {
        const rest: Group = { members: members.splice(GROUP), near: group.near };
        for (const member of rest.members) groupOf.set(member, rest);
        groups.splice(g + 1, 0, rest);
      }
      return group;
    },
    /** Takes an anchor out; returns whether it was in a group. */
    extract(anchor: Element): boolean {
      const group = groupOf.get(anchor);
      if (!group) return false;
      groupOf.delete(anchor);
      group.members.splice(group.members.indexOf(anchor), 1);
      if (group.members.length > 0) return true;
      groups.splice(groups.indexOf(group), 1);
      if (lastGroup === group) lastGroup = undefined;
      return true;
    },
    /**
     * Which groups may reach into the margin, from where the samples around them are now; a
     * sample without a box is looked past (the span between known ones holds it), and a group
     * that nothing known brackets stays as it is. Reads layout: it runs in an animation frame.
     */
    place(height: number, setNear: (group: Group, on: boolean) => void) {
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
    },
    clear() {
      groups = [];
      groupOf.clear();
      lastGroup = undefined;
    },
  };
}
