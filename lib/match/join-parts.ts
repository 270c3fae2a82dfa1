import { BACK, FRONT } from './alias-table';

const SPACE = 0x20;

/**
 * Joins the parts of name patterns among the candidates (flat triples start, end, slot over the
 * folded text `codes`): a front followed after one space by a back of its group becomes one
 * candidate from the front's start to the back's end, under the back's slot, which names the
 * entity ("UN's new treaty" + "on computer crime"). Fronts without such a back and all backs
 * are dropped, so a pattern's words on a page about something else mark nothing ("UN treaty
 * against piracy"). `group` gives each slot's pattern group. Changes `candidates` in place.
 */
export function joinParts(
  candidates: number[],
  codes: Uint16Array,
  flags: (slot: number) => number,
  group: Int32Array,
): void {
  let parts = false;
  for (let i = 2; i < candidates.length && !parts; i += 3) {
    parts = (flags(candidates[i]) & (FRONT | BACK)) !== 0;
  }
  if (!parts) return;
  const backs = new Map<number, number[]>();
  for (let i = 0; i < candidates.length; i += 3) {
    if ((flags(candidates[i + 2]) & BACK) === 0) continue;
    const at = backs.get(candidates[i]);
    if (at) at.push(i);
    else backs.set(candidates[i], [i]);
  }
  const kept: number[] = [];
  for (let i = 0; i < candidates.length; i += 3) {
    const [start, stop, slot] = [candidates[i], candidates[i + 1], candidates[i + 2]];
    const f = flags(slot);
    if (f & BACK) continue;
    if ((f & FRONT) === 0) {
      kept.push(start, stop, slot);
      continue;
    }
    if (codes[stop] !== SPACE) continue;
    // The longest back of the group, and of equal ones the first (the lowest slot).
    let back = -1;
    for (const b of backs.get(stop + 1) ?? []) {
      if (group[candidates[b + 2]] !== group[slot]) continue;
      const longer = back < 0 || candidates[b + 1] > candidates[back + 1];
      if (
        longer ||
        (candidates[b + 1] === candidates[back + 1] && candidates[b + 2] < candidates[back + 2])
      )
        back = b;
    }
    if (back >= 0) kept.push(start, candidates[back + 1], candidates[back + 2]);
  }
  candidates.length = 0;
  for (const value of kept) candidates.push(value);
}
