/** What short-form gating needs of a mention. */
interface Named {
  entityId: string;
  short?: boolean;
  /** Other entities the short form may name ("the convention" of two conventions). */
  also?: readonly string[];
  /** Found in a text of generic names only: it needs something specific named before it. */
  alone?: boolean;
}

// What a mention found alone waits for: any full mention of something specific.
const ANY = '';

/** Gives a short form to the one entity that claims it on this page. */
export type Claim<M> = (mention: M, entityId: string) => M;

function retarget<M extends Named>(mention: M, entityId: string): M {
  const { also: _, ...rest } = mention;
  return { ...rest, entityId } as M;
}

const claimants = (m: Named): readonly string[] =>
  m.also ? [m.entityId, ...m.also] : [m.entityId];

/**
 * Keeps a short form ("Pinto", "President Cuong", "the convention") only after a full mention
 * of its entity earlier in `mentions` (text order): before the full name, "Pinto" may well be
 * someone else. A short form several entities share counts for the one of them named nearest
 * before it: the press points back at what it has just named ("Deputy Foreign Minister Dang
 * Hoang Giang ... Giang said", after Phan Van Giang earlier). A mention found where its text
 * names nothing specific (`alone`) counts only after a full mention of something specific.
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
      // Named again, it moves to the end: the set's order is the order of last mentions.
      named.delete(m.entityId);
      named.add(m.entityId);
      if (!m.alone) named.add(ANY);
      kept.push(m);
      continue;
    }
    const ids = claimants(m);
    let nearest: string | undefined;
    if (ids.length === 1) nearest = named.has(ids[0]) ? ids[0] : undefined;
    else for (const id of named) if (ids.includes(id)) nearest = id;
    if (nearest === undefined) continue;
    kept.push(m.also || nearest !== m.entityId ? claim(m, nearest) : m);
    // Pointed back at, it is the last named too ("La convención ... el texto").
    named.delete(nearest);
    named.add(nearest);
  }
  return kept;
}

/**
 * The same rule for text read out of order: a page is scanned screen first, a block at a time.
 * `keep` takes a block's mentions and returns those that count; a block holding a short form
 * whose count may change once an earlier full name turns up (none counted yet, or one several
 * entities share), or a generic name alone in it before anything specific, is remembered, and
 * `wake` gets it again then. `before` orders two mentions in
 * the text; `live` says whether a block is still there.
 */
export function createShortForms<B, M extends Named>(
  before: (a: M, b: M) => boolean,
  live: (block: B) => boolean,
  claim: Claim<M> = retarget,
) {
  // The first full mention of anything specific, and each entity's full mentions by block (a
  // block read again replaces its own).
  let firstSpecific: M | undefined;
  let named = new Map<string, Map<B, M[]>>();
  let waiting = new Map<string, Set<B>>();

  function wait(id: string, block: B) {
    const blocks = waiting.get(id) ?? new Set();
    waiting.set(id, blocks.add(block));
  }

  // The short forms kept, by entity and block: what the page pointed back at last counts as
  // named there too ("La convención ... el texto" is the convention, not a charter named before).
  let pointed = new Map<string, Map<B, M[]>>();
  let pointedIn = new Map<B, string[]>();

  /** The last full mention of `id` before `m` in `mentions`, or `last`. */
  function lastIn(mentions: Map<B, M[]> | undefined, m: M, last: M | undefined): M | undefined {
    for (const list of mentions?.values() ?? []) {
      for (const n of list) if (before(n, m) && (!last || before(last, n))) last = n;
    }
    return last;
  }

  /** The last full mention of `id` before `m`, or undefined. */
  const lastBefore = (id: string, m: M) => lastIn(named.get(id), m, undefined);

  /** Forgets the short forms the block's last reading kept. */
  function forgetPointed(block: B) {
    for (const id of pointedIn.get(block) ?? []) pointed.get(id)?.delete(block);
    pointedIn.delete(block);
  }

  function notePointed(block: B, id: string, m: M) {
    const blocks = pointed.get(id) ?? new Map<B, M[]>();
    pointed.set(id, blocks);
    const list = blocks.get(block);
    if (list) list.push(m);
    else {
      blocks.set(block, [m]);
      pointedIn.set(block, [...(pointedIn.get(block) ?? []), id]);
    }
  }

  /** Records the block's full mentions; returns the entities it names for the first time. */
  function record(block: B, found: readonly M[]): string[] {
    const own = new Map<string, M[]>();
    for (const m of found) {
      if (m.short || m.alone) continue;
      const list = own.get(m.entityId);
      if (list) list.push(m);
      else own.set(m.entityId, [m]);
      if (!firstSpecific || before(m, firstSpecific)) {
        if (!firstSpecific) own.set(ANY, []);
        firstSpecific = m;
      }
    }
    const moved: string[] = [];
    for (const [id, list] of own) {
      if (id === ANY) {
        moved.push(ANY);
        continue;
      }
      const blocks = named.get(id) ?? new Map<B, M[]>();
      if (!blocks.has(block)) moved.push(id);
      named.set(id, blocks.set(block, list));
    }
    return moved;
  }

  return {
    keep(block: B, found: M[], wake: (block: B) => void): M[] {
      if (found.length === 0) return found;
      const firstBefore = firstSpecific;
      const moved = record(block, found);
      forgetPointed(block);
      // A first mention of anything specific earlier than the one known wakes its waiters too.
      if (firstBefore && firstSpecific !== firstBefore) moved.push(ANY);
      const kept: M[] = [];
      for (const m of found) {
        if (m.alone) {
          // Generic names alone in their text: something specific must come first on the page.
          if (firstSpecific === undefined || !before(firstSpecific, m)) {
            wait(ANY, block);
            continue;
          }
        }
        if (!m.short) {
          kept.push(m);
          continue;
        }
        const ids = claimants(m);
        let nearest: string | undefined;
        let nearestAt: M | undefined;
        for (const id of ids) {
          const full = lastBefore(id, m);
          const at = full && ids.length > 1 ? lastIn(pointed.get(id), m, full) : full;
          if (at && (!nearestAt || before(nearestAt, at))) {
            nearest = id;
            nearestAt = at;
          }
        }
        // A claimant named later in the reading may be named nearer before it: its count would
        // change.
        if (ids.length > 1 || nearest === undefined) for (const id of ids) wait(id, block);
        if (nearest === undefined) continue;
        kept.push(m.also || nearest !== m.entityId ? claim(m, nearest) : m);
        notePointed(block, nearest, m);
      }
      for (const id of moved) {
        const blocks = waiting.get(id);
        waiting.delete(id);
        for (const other of blocks ?? []) if (other !== block && live(other)) wake(other);
      }
      return kept;
    },
    clear() {
      firstSpecific = undefined;
      named = new Map();
      pointed = new Map();
      pointedIn = new Map();
      waiting = new Map();
    },
  };
}
