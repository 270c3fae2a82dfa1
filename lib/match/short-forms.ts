/** What short-form gating needs of a mention. */
interface Named {
  entityId: string;
  short?: boolean;
  /** Other entities the short form may name ("the convention" of two conventions). */
  also?: readonly string[];
  /** Found in a text of generic names only: it needs something specific named before it. */
  alone?: boolean;
  /** Entities whose full mention lets the short form count for its own entity too. */
  after?: readonly string[];
  /** It introduces its entity ("a ceremony"): it counts only before the entity is named. */
  first?: boolean;
  /** What naming it brings to mind (a person's bodies and country): named with it. */
  evokes?: readonly string[];
}

// What a mention found alone waits for: any full mention of something specific.
const ANY = '';

/**
 * Whether a full mention of what the event `m` introduces is of (its `after`) comes before it in
 * `mentions`, the same text: "signed the convention at a two-day ceremony". Further away, "a
 * ceremony" may be any ("held a ceremony to mark National Day").
 */
function introducedHere<M extends Named>(mentions: readonly M[], m: M): boolean {
  for (const x of mentions) {
    if (x === m) return false;
    if (!x.short && m.after?.includes(x.entityId)) return true;
  }
  return false;
}

/** Gives a short form to the one entity that claims it on this page. */
export type Claim<M> = (mention: M, entityId: string) => M;

function retarget<M extends Named>(mention: M, entityId: string): M {
  const { also: _, ...rest } = mention;
  return { ...rest, entityId } as M;
}

const claimants = (m: Named): readonly string[] =>
  m.also ? [m.entityId, ...m.also] : [m.entityId];

/**
 * The entities whose mention lets `m` count, each with the one it then counts for: its
 * claimants for themselves, and what an event's name holds for the event.
 */
function standIns(m: Named, ids: readonly string[]): [string, string][] {
  const stands = ids.map((id): [string, string] => [id, id]);
  for (const id of m.after ?? []) if (!ids.includes(id)) stands.push([id, m.entityId]);
  return stands;
}

/**
 * Keeps a short form ("Pinto", "President Cuong", "the convention") only after a full mention
 * of its entity earlier in `mentions` (text order): before the full name, "Pinto" may well be
 * someone else. A short form several entities share counts for the one of them named nearest
 * before it: the press points back at what it has just named ("Deputy Foreign Minister Dang
 * Hoang Giang ... Giang said", after Phan Van Giang earlier). A mention found where its text
 * names nothing specific (`alone`) counts only after a full mention of something specific. An
 * event's head word counts after a full mention of what the event's name holds as well (`after`):
 * "the ceremony" once the Hanoi Convention is named; one that introduces the event ("a two-day
 * ceremony", `first`) only after such a mention in the same text and where the event has not been
 * named before.
 * `named` carries the entities already named in full across calls (the paragraphs of one text),
 * the one named last last.
 */
export function keepNamedShortForms<M extends Named>(
  mentions: readonly M[],
  named = new Set<string>(),
  claim: Claim<M> = retarget,
): M[] {
  const kept: M[] = [];
  for (const m of mentions) {
    if (m.alone && !named.has(ANY)) continue;
    if (!m.short) {
      evoke(named, m);
      // Named again, it moves to the end: the set's order is the order of last mentions.
      named.delete(m.entityId);
      named.add(m.entityId);
      if (!m.alone) named.add(ANY);
      kept.push(m);
      continue;
    }
    // "a ceremony" after the ceremony is named is another one.
    if (m.first && (named.has(m.entityId) || !introducedHere(mentions, m))) continue;
    const ids = claimants(m);
    let nearest: string | undefined;
    if (ids.length === 1 && !m.after) nearest = named.has(ids[0]) ? ids[0] : undefined;
    else {
      const stands = new Map(standIns(m, ids));
      for (const id of named) nearest = stands.get(id) ?? nearest;
    }
    if (nearest === undefined) continue;
    kept.push(m.also || nearest !== m.entityId ? claim(m, nearest) : m);
    // Pointed back at, it is the last named too ("La convención ... el texto").
    named.delete(nearest);
    named.add(nearest);
  }
  return kept;
}

/**
 * A person named in full brings the person's bodies and country to mind, as if named there: "To
 * Lam ... the country", "Phan Van Giang ... zijn ministerie".
 */
function evoke(named: Set<string>, m: Named): void {
  for (const id of m.evokes ?? []) {
    named.delete(id);
    named.add(id);
  }
}

/**
 * The same rule for text read out of order: a page is scanned screen first, a block at a time.
 * `keep` takes a block's mentions and returns those that count; a block holding a short form
 * whose count may change once an earlier full name turns up (none counted yet, or one several
 * entities share), or a generic name alone in it before anything specific, is remembered, and
 * `wake` gets it again then. `before` orders two mentions in
 * the text; `live` says whether a block is still there.
 */
/** The blocks waiting for an entity's mention, each with its last mention that waits, in text order. */
interface Waiting<B, M> {
  byBlock: Map<B, M>;
  order: { block: B; last: M }[];
}

export function createShortForms<B, M extends Named>(
  before: (a: M, b: M) => boolean,
  live: (block: B) => boolean,
  claim: Claim<M> = retarget,
) {
  // The first full mention of anything specific; each entity's full mentions, and the short
  // forms kept for it, in text order (what the page pointed back at last counts as named there
  // too: "La convención ... el texto" is the convention, not a charter named before); and per
  // entity, the blocks waiting for a mention of it, with their last mention that waits.
  let firstSpecific: M | undefined;
  let named = new Map<string, M[]>();
  let pointed = new Map<string, M[]>();
  let waiting = new Map<string, Waiting<B, M>>();

  /** Where `m` goes in `list` (text order): the first index not before it. */
  function indexOf(list: readonly M[], m: M): number {
    // A page is mostly read in order: after the last is one comparison.
    if (list.length === 0 || before(list[list.length - 1], m)) return list.length;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(list[mid], m)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Adds `m` to the entity's list unless a mention at its place is there (a block read again). */
  function add(lists: Map<string, M[]>, id: string, m: M): boolean {
    const list = lists.get(id);
    if (!list) {
      lists.set(id, [m]);
      return true;
    }
    const at = indexOf(list, m);
    if (at < list.length && !before(m, list[at])) {
      list[at] = m;
      return false;
    }
    list.splice(at, 0, m);
    return true;
  }

  /** Removes the mention at `m`'s place from the entity's list. */
  function remove(lists: Map<string, M[]>, id: string, m: M) {
    const list = lists.get(id);
    if (!list) return;
    const at = indexOf(list, m);
    if (at < list.length && !before(m, list[at])) list.splice(at, 1);
  }

  /** The last mention in the entity's list before `m`. */
  function lastBefore(lists: Map<string, M[]>, id: string, m: M): M | undefined {
    const list = lists.get(id);
    const at = list ? indexOf(list, m) : 0;
    return list && at > 0 ? list[at - 1] : undefined;
  }

  /** Where a waiting block whose last mention is `m` goes in the list: after those before it. */
  function waitIndex(order: readonly { last: M }[], m: M): number {
    if (order.length === 0 || before(order[order.length - 1].last, m)) return order.length;
    let lo = 0;
    let hi = order.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(order[mid].last, m)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function wait(id: string, block: B, m: M) {
    const w = waiting.get(id) ?? { byBlock: new Map<B, M>(), order: [] };
    waiting.set(id, w);
    const last = w.byBlock.get(block);
    if (last && !before(last, m)) return;
    if (last) {
      let at = waitIndex(w.order, last);
      while (at < w.order.length && w.order[at].block !== block) at++;
      if (at < w.order.length) w.order.splice(at, 1);
    }
    w.byBlock.set(block, m);
    w.order.splice(waitIndex(w.order, m), 0, { block, last: m });
  }

  /**
   * Wakes the blocks waiting on `id` whose last waiting mention comes after `n`: a page read in
   * order names things after the blocks that wait, and wakes none.
   */
  function wakeAfter(id: string, n: M, block: B, wake: (block: B) => void) {
    const w = waiting.get(id);
    if (!w) return;
    let at = w.order.length;
    while (at > 0 && before(n, w.order[at - 1].last)) at--;
    const woken = w.order.splice(at);
    for (const { block: other, last } of woken) {
      if (other === block) {
        w.order.splice(waitIndex(w.order, last), 0, { block: other, last });
        continue;
      }
      w.byBlock.delete(other);
      if (live(other)) wake(other);
    }
  }

  return {
    keep(block: B, found: M[], wake: (block: B) => void): M[] {
      if (found.length === 0) return found;
      // The earliest new full mention of each entity in this block: waiting blocks with a
      // mention after it are read again.
      const moved = new Map<string, M>();
      for (const m of found) {
        if (m.short || m.alone) continue;
        for (const id of m.evokes ?? []) {
          if (add(named, id, m) && !moved.has(id)) moved.set(id, m);
        }
        if (add(named, m.entityId, m) && !moved.has(m.entityId)) moved.set(m.entityId, m);
        if (!firstSpecific || before(m, firstSpecific)) {
          firstSpecific = m;
          moved.set(ANY, m);
        }
      }
      const kept: M[] = [];
      for (const m of found) {
        if (m.alone) {
          // Generic names alone in their text: something specific must come first on the page.
          if (firstSpecific === undefined || !before(firstSpecific, m)) {
            wait(ANY, block, m);
            continue;
          }
        }
        if (!m.short) {
          kept.push(m);
          continue;
        }
        if (m.first) {
          if (!introducedHere(found, m)) continue;
          // The event named before it makes "a ceremony" another one; a block read later may
          // name it there.
          wait(m.entityId, block, m);
          if (lastBefore(named, m.entityId, m) || lastBefore(pointed, m.entityId, m)) {
            remove(pointed, m.entityId, m);
            continue;
          }
        }
        const ids = claimants(m);
        const stands = standIns(m, ids);
        let nearest: string | undefined;
        let nearestAt: M | undefined;
        for (const [id, claimant] of stands) {
          const full = lastBefore(named, id, m);
          // What a short form of the claimant pointed back at counts only among several.
          const said = full && stands.length > 1 ? lastBefore(pointed, id, m) : undefined;
          const at = said && before(full as M, said) ? said : full;
          if (at && (!nearestAt || before(nearestAt, at))) {
            nearest = claimant;
            nearestAt = at;
          }
        }
        // A claimant named later in the reading may be named nearer before it: its count would
        // change.
        if (ids.length > 1 || nearest === undefined) for (const [id] of stands) wait(id, block, m);
        for (const id of ids) if (id !== nearest) remove(pointed, id, m);
        if (nearest === undefined) continue;
        kept.push(m.also || nearest !== m.entityId ? claim(m, nearest) : m);
        // Pointed back at here, it is named nearer for a shared short form after it: the
        // blocks waiting with one are read again.
        if (add(pointed, nearest, m)) {
          const first = moved.get(nearest);
          if (!first || before(m, first)) moved.set(nearest, m);
        }
      }
      for (const [id, n] of moved) wakeAfter(id, n, block, wake);
      return kept;
    },
    clear() {
      firstSpecific = undefined;
      named = new Map();
      pointed = new Map();
      waiting = new Map();
    },
  };
}
