import { foldString } from './fold';
import type { AliasSpec } from './types';

/** The longest name looked for inside an event's name, in words. */
const MOST_WORDS = 10;

/**
 * The documents an event's own name holds: "Signing Ceremony of the Hanoi Convention" holds the
 * convention. Coverage of a signing names the treaty and then writes "at the ceremony" without
 * ever giving the ceremony's full name: once the page names the document in full, the event's
 * head word points at the event. A body's name is no such sign ("the congress" after a party's
 * name may be any of its congresses), nor a generic name, a short form or a part. By entity id.
 */
export function eventAnchors(specs: readonly AliasSpec[]): Record<string, string[]> {
  return heldInEvents(specs, 'document');
}

/**
 * The bodies an event's own name holds: "14th National Congress of the Communist Party of
 * Vietnam" holds the party. An event's generic name linked to one of them is that event ("der
 * 14. Parteitag der Kommunistischen Partei", join.ts), not another body's of the kind.
 */
export function eventBodies(specs: readonly AliasSpec[]): Record<string, string[]> {
  return heldInEvents(specs, 'organisation');
}

/** Per event, the things of `type` whose full name its own name holds, by entity id. */
function heldInEvents(
  specs: readonly AliasSpec[],
  type: AliasSpec['type'],
): Record<string, string[]> {
  if (!specs.some((spec) => spec.type === 'event')) return {};
  const owner = new Map<string, string>();
  for (const spec of specs) {
    if (spec.type !== type || spec.short || spec.generic || spec.part || spec.exclude) continue;
    owner.set(foldString(spec.text).trim(), spec.entityId);
  }
  const anchors = new Map<string, Set<string>>();
  for (const spec of specs) {
    if (spec.type !== 'event' || spec.short || spec.generic || spec.part || spec.exclude) continue;
    const words = foldString(spec.text).trim().split(' ');
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length && j - i <= MOST_WORDS; j++) {
        const id = owner.get(words.slice(i, j).join(' '));
        if (id === undefined || id === spec.entityId) continue;
        const set = anchors.get(spec.entityId) ?? new Set<string>();
        anchors.set(spec.entityId, set.add(id));
      }
    }
  }
  return Object.fromEntries([...anchors].map(([id, set]) => [id, [...set].sort()]));
}
