import { AFTER, BACK, FRONT, LEAD, MIDDLE, TAIL } from './alias-table';

const SPACE = 0x20;

/**
 * Joins the parts of name patterns among the candidates (flat triples start, end, slot over the
 * folded text `codes`): a front followed after one space by a back of its group, or by a middle
 * of its group and then a back, becomes one candidate from the front's start to the back's end,
 * under the back's slot, which names the entity ("UN's" + "treaty" ... "UN's new" + "treaty" +
 * "on computer crime"). A lead (a front with LEAD) joins only through a middle, or with a tail
 * of its group right after it ("UN's new" + "cybercrime treaty"); a tail joins a body written
 * after a name ("Cybercrime-Abkommen" + "der Vereinten Nationen"). Fronts without a back, middles,
 * backs, tails and bodies alone are dropped, so a pattern's words on a page about something else mark nothing
 * ("UN treaty against piracy"). `group` gives each slot's pattern group. Changes `candidates` in
 * place.
 */
export function joinParts(
  candidates: number[],
  codes: Uint16Array,
  flags: (slot: number) => number,
  group: Int32Array,
): void {
  let parts = false;
  for (let i = 2; i < candidates.length && !parts; i += 3) {
    parts = (flags(candidates[i]) & (FRONT | MIDDLE | BACK | TAIL | AFTER)) !== 0;
  }
  if (!parts) return;
  const backs = startingAt(candidates, flags, BACK);
  const middles = startingAt(candidates, flags, MIDDLE);
  const tails = startingAt(candidates, flags, TAIL);
  const afters = startingAt(candidates, flags, AFTER);
  // The longest end of the group right after `stop` (a back, or a tail), and of equal ones the
  // first (lowest slot).
  const endAfter = (ends: Map<number, number[]>, stop: number, of: number, best: number) => {
    if (codes[stop] !== SPACE) return best;
    let back = best;
    for (const b of ends.get(stop + 1) ?? []) {
      if (group[candidates[b + 2]] !== of) continue;
      const longer = back < 0 || candidates[b + 1] > candidates[back + 1];
      if (
        longer ||
        (candidates[b + 1] === candidates[back + 1] && candidates[b + 2] < candidates[back + 2])
      )
        back = b;
    }
    return back;
  };
  const kept: number[] = [];
  for (let i = 0; i < candidates.length; i += 3) {
    const [start, stop, slot] = [candidates[i], candidates[i + 1], candidates[i + 2]];
    const f = flags(slot);
    if (f & (BACK | MIDDLE | AFTER)) continue;
    if (f & TAIL) {
      // A tail with its group's body right after it: "Cybercrime-Abkommen der Vereinten Nationen".
      const after = endAfter(afters, stop, group[slot], -1);
      if (after >= 0) kept.push(start, candidates[after + 1], slot);
      continue;
    }
    if ((f & FRONT) === 0) {
      kept.push(start, stop, slot);
      continue;
    }
    if (codes[stop] !== SPACE) continue;
    const of = group[slot];
    let back = f & LEAD ? endAfter(tails, stop, of, -1) : endAfter(backs, stop, of, -1);
    for (const m of middles.get(stop + 1) ?? []) {
      if (group[candidates[m + 2]] === of) back = endAfter(backs, candidates[m + 1], of, back);
    }
    if (back >= 0) kept.push(start, candidates[back + 1], candidates[back + 2]);
  }
  candidates.length = 0;
  for (const value of kept) candidates.push(value);
}

/** The candidates with `flag`, by where they start (indices of their triples). */
function startingAt(
  candidates: readonly number[],
  flags: (slot: number) => number,
  flag: number,
): Map<number, number[]> {
  const at = new Map<number, number[]>();
  for (let i = 0; i < candidates.length; i += 3) {
    if ((flags(candidates[i + 2]) & flag) === 0) continue;
    const list = at.get(candidates[i]);
    if (list) list.push(i);
    else at.set(candidates[i], [i]);
  }
  return at;
}

/**
 * Adds, for each head short form in `heads` (triples) that a back of its own entity follows after
 * one space, one candidate from the head's start to the back's end under the head's slot: "the
 * convention against cybercrime", "la convención contra la ciberdelincuencia" (a head word before
 * a link is otherwise another thing's, short-checks.ts). Like any short form it counts once the
 * entity is named. Returns whether it added one.
 */
export function joinHeadsToBacks(
  candidates: number[],
  heads: readonly number[],
  codes: Uint16Array,
  flags: (slot: number) => number,
  entityOf: (slot: number) => string,
): boolean {
  let added = false;
  const count = candidates.length;
  for (let h = 0; h < heads.length; h += 3) {
    const stop = heads[h + 1];
    if (codes[stop] !== SPACE) continue;
    let end = -1;
    for (let i = 0; i < count; i += 3) {
      const slot = candidates[i + 2];
      if (candidates[i] !== stop + 1 || (flags(slot) & BACK) === 0) continue;
      if (entityOf(slot) === entityOf(heads[h + 2])) end = Math.max(end, candidates[i + 1]);
    }
    if (end < 0) continue;
    candidates.push(heads[h], end, heads[h + 2]);
    added = true;
  }
  return added;
}
