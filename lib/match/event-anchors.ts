import { foldString } from './fold';
import { packStates } from './region-forms';
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

/**
 * What ties a body with a generic name to the story, for each such body: the things its own full
 * names hold ("Ministry of Foreign Affairs of Vietnam" holds Vietnam, "Politburo of the Communist
 * Party of Vietnam" the party and Vietnam), the things whose full names hold one of its names
 * ("Minister of Public Security Luong Tam Quang"), and what holds one of those in turn ("capital
 * of Vietnam" is Hanoi, "Hanoi Convention" holds Hanoi). Every country has a foreign ministry and
 * many a party's politburo: the generic name ("the foreign ministry", "Biuro Polityczne") counts
 * only on a page that names one of these or the body in full (matcher.ts). By entity id.
 */
export function bodyHomes(specs: readonly AliasSpec[]): Record<string, string[]> {
  const generic = new Set<string>();
  for (const spec of specs) {
    if (spec.type === 'organisation' && spec.generic && !spec.short) generic.add(spec.entityId);
  }
  if (generic.size === 0) return {};
  const named = (spec: AliasSpec) => !spec.short && !spec.part && !spec.exclude;
  // What each thing's full names hold, the bodies' generic names among what is held.
  const holds = Object.entries(
    heldIn(
      specs,
      (spec) => !spec.generic,
      (spec) => !spec.generic || generic.has(spec.entityId),
      named,
    ),
  );
  const homes: Record<string, string[]> = {};
  for (const body of generic) {
    const found = new Set<string>();
    for (const [id, held] of holds) {
      if (id === body) for (const h of held) found.add(h);
      else if (held.includes(body)) found.add(id);
    }
    for (let grown = true; grown; ) {
      grown = false;
      for (const [id, held] of holds) {
        if (found.has(id) || id === body || !held.some((h) => found.has(h))) continue;
        found.add(id);
        grown = true;
      }
    }
    found.delete(body);
    if (found.size > 0) homes[body] = [...found].sort();
  }
  return homes;
}

/**
 * What naming a person, a body or a place brings to mind, for each that brings any: the bodies
 * and places a person's or a body's own names hold ("Minister of Public Security Luong Tam Quang"
 * the ministry, "Vice President of Ecuador" Ecuador, "Communist Party of Vietnam" Vietnam), a
 * person's country among the pack's places, and a place's capital (the place whose names hold
 * it: "capital of Vietnam"). A document or an event named after a place does not: "the Hanoi
 * Convention" is spoken of far from Hanoi. Once it
 * is named, "his country", "the ministry", "the country" and "the capital" point back at these as
 * at things named (short-forms.ts, kind-words.ts). By entity id.
 */
export function namedEvokes(specs: readonly AliasSpec[]): Record<string, string[]> {
  const named = (spec: AliasSpec) => !spec.short && !spec.part && !spec.exclude;
  const kept = (spec: AliasSpec) => spec.type === 'organisation' || spec.type === 'place';
  const evokes = heldIn(specs, (spec) => spec.type === 'person', kept, named);
  // A body's name holds another's generic name only as words: "Vietnamese Ministry of Finance"
  // is no ministry of "Vietnamese ministry".
  const bodies = heldIn(
    specs,
    (spec) => spec.type === 'organisation',
    (spec) => kept(spec) && !spec.generic,
    named,
  );
  Object.assign(evokes, bodies);
  const add = (id: string, evoked: string) => {
    const own = evokes[id] ?? [];
    if (!own.includes(evoked)) evokes[id] = [...own, evoked].sort();
  };
  const states = packStates(specs);
  for (const spec of specs) {
    const place = spec.type === 'person' && spec.country ? states.get(spec.country) : undefined;
    if (place) add(spec.entityId, place);
  }
  const inPlaces = heldIn(
    specs,
    (spec) => spec.type === 'place',
    (spec) => spec.type === 'place',
    named,
  );
  for (const [place, held] of Object.entries(inPlaces)) for (const id of held) add(id, place);
  return evokes;
}

/** Per event, the things of `type` whose full name its own name holds, by entity id. */
function heldInEvents(
  specs: readonly AliasSpec[],
  type: AliasSpec['type'],
): Record<string, string[]> {
  if (!specs.some((spec) => spec.type === 'event')) return {};
  const full = (spec: AliasSpec) => !spec.short && !spec.generic && !spec.part && !spec.exclude;
  return heldIn(
    specs,
    (spec) => spec.type === 'event',
    (spec) => spec.type === type,
    full,
  );
}

/**
 * Per holder (a name `holder` takes), the things whose name (one `held` takes) one of its names
 * holds, word for word; only names `named` takes count on either side. By entity id.
 */
function heldIn(
  specs: readonly AliasSpec[],
  holder: (spec: AliasSpec) => boolean,
  held: (spec: AliasSpec) => boolean,
  named: (spec: AliasSpec) => boolean,
): Record<string, string[]> {
  const owner = new Map<string, string>();
  const firsts = new Set<string>();
  for (const spec of specs) {
    if (!named(spec) || !held(spec)) continue;
    const folded = foldString(spec.text).trim();
    owner.set(folded, spec.entityId);
    firsts.add(folded.split(' ')[0]);
  }
  const found = new Map<string, Set<string>>();
  for (const spec of specs) {
    if (!named(spec) || !holder(spec)) continue;
    const words = foldString(spec.text).trim().split(' ');
    for (let i = 0; i < words.length; i++) {
      // A name held starts with a word that starts one.
      if (!firsts.has(words[i])) continue;
      for (let j = i + 1; j <= words.length && j - i <= MOST_WORDS; j++) {
        const id = owner.get(words.slice(i, j).join(' '));
        if (id === undefined || id === spec.entityId) continue;
        const set = found.get(spec.entityId) ?? new Set<string>();
        found.set(spec.entityId, set.add(id));
      }
    }
  }
  return Object.fromEntries([...found].map(([id, set]) => [id, [...set].sort()]));
}
