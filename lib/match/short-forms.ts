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
 * someone else. A short form several entities share counts for the one of them named earlier,
 * and for neither when more than one was. A mention found where its text names nothing specific
 * (`alone`) counts only after a full mention of something specific. `named` carries the entities
 * already named in full across calls (the paragraphs of one text).
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
      named.add(m.entityId);
      if (!m.alone) named.add(ANY);
      kept.push(m);
      continue;
    }
    const known = claimants(m).filter((id) => named.has(id));
    if (known.length !== 1) continue;
    kept.push(m.also || known[0] !== m.entityId ? claim(m, known[0]) : m);
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
  let first = new Map<string, M>();
  let waiting = new Map<string, Set<B>>();

  /** Notes `m` as the first full mention of `id` (or of anything specific) if it is. */
  function record(id: string, m: M, moved: string[]) {
    const known = first.get(id);
    if (known && !before(m, known)) return;
    first.set(id, m);
    moved.push(id);
  }

  function wait(id: string, block: B) {
    const blocks = waiting.get(id) ?? new Set();
    waiting.set(id, blocks.add(block));
  }

  return {
    keep(block: B, found: M[], wake: (block: B) => void): M[] {
      if (found.length === 0) return found;
      const moved: string[] = [];
      for (const m of found) {
        if (m.short || m.alone) continue;
        record(m.entityId, m, moved);
        record(ANY, m, moved);
      }
      const kept: M[] = [];
      for (const m of found) {
        if (m.alone) {
          // Generic names alone in their text: something specific must come first on the page.
          const specific = first.get(ANY);
          if (specific === undefined || !before(specific, m)) {
            wait(ANY, block);
            continue;
          }
        }
        if (!m.short) {
          kept.push(m);
          continue;
        }
        const ids = claimants(m);
        const known = ids.filter((id) => {
          const name = first.get(id);
          return name !== undefined && before(name, m);
        });
        // A claimant named only later may yet be named earlier: its count would change.
        if (ids.length > 1 || known.length === 0) {
          for (const id of ids) if (!known.includes(id)) wait(id, block);
        }
        if (known.length === 1)
          kept.push(m.also || known[0] !== m.entityId ? claim(m, known[0]) : m);
      }
      for (const id of moved) {
        const blocks = waiting.get(id);
        waiting.delete(id);
        for (const other of blocks ?? []) if (other !== block && live(other)) wake(other);
      }
      return kept;
    },
    clear() {
      first = new Map();
      waiting = new Map();
    },
  };
}
