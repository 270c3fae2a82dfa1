import { acceptAt, type Page } from './accept';
import {
  ACRONYM,
  type AliasTable,
  DESCRIBED,
  DOCUMENT,
  EVENT,
  EXCLUDE,
  FLAGS,
  foldAliases,
  GENERIC,
  KIND,
  LENGTH,
  linkSlots,
  NEXT,
  OFFICE,
  PERSON,
  PLACE,
  POLISH,
  SHORT,
  SLOT,
} from './alias-table';
import type { Automaton } from './automaton';
import { isUnName } from './body-forms';
import { ARTICLE_WORDS } from './body-words';
import { buildAutomaton } from './build-automaton';
import { isUpperUnit } from './char-table';
import { endsOnCeremony, introducedAt } from './described';
import { dropOthersNames } from './drop-others';
import { bodyHomes, eventAnchors, eventBodies, namedEvokes } from './event-anchors';
import { createFoldBuffer, endAfterMarks, foldString } from './fold';
import { type JoinRules, joinNames } from './join';
import { joinHeadsToBacks, joinParts } from './join-parts';
import { keepNamedKinds, type OtherStates } from './kind-words';
import { wordText } from './name-words';
import { isLinkWord } from './next-words';
import { placeStems, placeWordBeside, useStems } from './qualifiers';
import { otherStates } from './region-forms';
import { type Hits, scanText } from './scan';
import { allGeneric, type SlotRules, selectMentions } from './select';
import { dropCrossingShortForms, sharedBy, shortStart } from './short-checks';
import { titleAfter } from './title-after';
import { titleBeforeComma, titleOpening, titleStart } from './title-before';
import { isMarked, marksFit, syllablesOf, type ToneTable, toneTable } from './tone-marks';
import { buildTrie } from './trie';
import type { AliasSpec, Mention } from './types';

export interface Matcher {
  /**
   * Mentions in text order: leftmost-longest, plus the ones a person's title or an event's name
   * holds (depth 1 and more, after the mention holding them).
   */
  find(text: string): Mention[];
  /**
   * Number of forms compiled: the aliases as written plus their derived Polish and Arabic forms
   * (forms that fold to nothing or repeat an earlier one are left out).
   */
  readonly size: number;
}

/**
 * What a matcher is made of: plain data only (typed arrays, numbers, strings), so it can be
 * compiled once and shipped to where it is used (see compiled.ts).
 */
export interface MatcherParts {
  automaton: Automaton;
  table: AliasTable;
  /** The entity of each slot. */
  entityIds: string[];
  /** Per event, the things its name holds (event-anchors.ts). */
  anchors: Record<string, string[]>;
  /** Per event, the bodies its name holds (event-anchors.ts). */
  bodies: Record<string, string[]>;
  /**
   * Per body with a generic name, its homes: what its full names hold, what holds its names, and
   * what holds those (`bodyHomes`, event-anchors.ts).
   */
  homes: Record<string, string[]>;
  /** Per entity, what naming it brings to mind (`namedEvokes`, event-anchors.ts). */
  evokes: Record<string, string[]>;
  /** The folded names of the pack's places, whose adjectives keep a generic name ours. */
  places: string[];
  /**
   * The names of the states the pack has no place for, in the eight languages, in small letters,
   * one a line (`otherStates`, region-forms.ts): a kind word after one is not the pack's.
   */
  states: string;
  /** The syllables of the Vietnamese names, whose tone marks a page must write as they are. */
  marks: string;
  kept: number;
}

// Words of signing and of ratifying, folded, in the languages that introduce an event so.
const SIGNED =
  /\b(?:sign|firm|rubric|suscrib|unterzeichn|aufgelegt|unterschr|ondertek|getekend|tekende|podpis)/u;
const RATIFIED = /\b(?:ratif|hinterleg|depos|deposit|neerleg)/u;

/** The sentence of `text` that holds [start, end). */
function sentenceAt(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?]/u.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/[.!?]/u.test(text[to])) to++;
  return text.slice(from, to);
}

// How far after a body's generic name a home may start and still name it ("Politbüro der KPV",
// "Außenministerium Vietnams").
const NEAR_AFTER = 24;
// The most a link and an article between a generic name and a place take: " de ", " of the ".
const LINK_GAP = 12;

/** Compiles the aliases into one Aho-Corasick automaton over folded text. */
export function compileMatcher(specs: readonly AliasSpec[]): Matcher {
  return matcherFrom(compileParts(specs));
}

/**
 * The parts of the matcher of `specs`. A matcher of some of a set's aliases (the names a page
 * holds) takes the set's own `anchors` and `places`: "the event" points back to a ceremony whose
 * full name is not on the page, and a place's adjective keeps a generic name ours wherever the
 * place's own name is.
 */
export function compileParts(
  specs: readonly AliasSpec[],
  whole?: Pick<MatcherParts, 'anchors' | 'bodies' | 'homes' | 'evokes' | 'places' | 'states'>,
): MatcherParts {
  const { keys, table } = foldAliases(specs);
  const trie = buildTrie(keys);
  const { out, kept } = linkSlots(table, specs, trie.keyNode, trie.count);
  const automaton = buildAutomaton(trie, out);
  return {
    automaton,
    table,
    entityIds: entityIdsOf(table, specs),
    anchors: whole?.anchors ?? eventAnchors(specs),
    bodies: whole?.bodies ?? eventBodies(specs),
    homes: whole?.homes ?? bodyHomes(specs),
    evokes: whole?.evokes ?? namedEvokes(specs),
    places: whole?.places ?? placeStems(specs),
    states: whole?.states ?? otherStates(specs),
    marks: syllablesOf(vietnameseNames(specs)),
    kept,
  };
}

function* vietnameseNames(specs: readonly AliasSpec[]) {
  for (const spec of specs) if (spec.lang === 'vi') yield spec.text;
}

function entityIdsOf(table: AliasTable, specs: readonly AliasSpec[]): string[] {
  const entityIds = new Array<string>(table.spec.length);
  for (let s = 0; s < table.spec.length; s++) entityIds[s] = specs[table.spec[s]].entityId;
  return entityIds;
}

/** The matcher over compiled parts; they are used as they are, not copied. */
export function matcherFrom({
  automaton,
  table,
  entityIds,
  anchors,
  bodies,
  homes,
  evokes,
  places,
  states,
  marks,
  kept,
}: MatcherParts): Matcher {
  // Built at the first name that needs it: most pages have no Vietnamese.
  let tones: ToneTable | undefined;
  // find() is synchronous, so one set of buffers per matcher is reused across calls.
  const flags = (slot: number) => table.slots[slot * SLOT + FLAGS];
  // The text being resolved, for the rules that read its capitals.
  let resolving = '';
  const rules: SlotRules = {
    // A thing's head word ("le ministère", "the ceremony") says no more than a generic name.
    generic: (slot) => {
      const f = flags(slot);
      return (f & GENERIC) !== 0 || (f & (SHORT | PERSON)) === SHORT;
    },
    exclude: (slot) => (flags(slot) & EXCLUDE) !== 0,
    keepsInner(outer, inner, at, to, from) {
      if (entityIds[outer] === entityIds[inner]) return false;
      // A title alone inside a longer one is part of it: "Prime Minister" of "Deputy Prime Minister".
      if ((flags(inner) & (SHORT | OFFICE)) === (SHORT | OFFICE)) return false;
      // An excluded name inside still hides what is inside it; a person, an event or a document
      // named inside a longer name is still mentioned ("Hanoi Convention signing ceremony").
      if (flags(inner) & (EXCLUDE | PERSON | EVENT | DOCUMENT)) return true;
      // An event's head word with a name after it ("la conférence de l'ONU") counts only where
      // the page names the event first; elsewhere the name inside is still a mention.
      const headOf = (flags(outer) & (SHORT | EVENT | PERSON)) === (SHORT | EVENT);
      if (headOf && (flags(inner) & SHORT) === 0) return true;
      // A body's own name of three words or more after the start of an event's or another
      // body's name is what that one is of: "14th National Congress of the Communist Party of
      // Vietnam", "اللجنة المركزية للحزب الشيوعي الفيتنامي" name the party too. Not a place,
      // a generic name or an acronym ("UN General Assembly", "des Nations unies").
      if (
        (flags(inner) & (PLACE | GENERIC | SHORT | ACRONYM)) === 0 &&
        (flags(outer) & (DOCUMENT | PLACE)) === 0 &&
        at > from &&
        spacesIn(at, to) >= 2 &&
        !isUnName(wordText(buf.codes, { start: at, end: to }))
      ) {
        return true;
      }
      // A generic name that holds a body's generic name holds that body, as the full name it is
      // cut from does: "14. Parteitag der Kommunistischen Partei".
      const body = (flags(inner) & (PLACE | SHORT | ACRONYM | EVENT | DOCUMENT)) === 0;
      if ((flags(outer) & flags(inner) & GENERIC) !== 0 && body && at > from) return true;
      // A place described by another in common words names it too: "capital of Vietnam",
      // "hoofdstad van Vietnam", "عاصمة فيتنام". Not a proper name that holds it ("South Korea"),
      // nor another place's excluded name ("the old capital of Vietnam", Hue).
      const placeInPlace =
        (flags(outer) & (PLACE | EXCLUDE)) === PLACE && (flags(inner) & PLACE) !== 0;
      if (placeInPlace && at > from && !isUpperUnit(resolving.charCodeAt(buf.map[from]))) {
        return true;
      }
      // So does one in the genitive before: "Vietnam's capital", "Vietnams Hauptstadt".
      // (A place's name, not a kind word ending in -s: "el país" of "el país andino".)
      if (placeInPlace && at === from && (flags(inner) & SHORT) === 0 && genitiveAt(to))
        return true;
      // A title names the office's country and body ("Vice President of Ecuador ..."). Other
      // names only contain what they are named after ("Hanoi Convention", "UN General Assembly").
      return (flags(outer) & PERSON) !== 0;
    },
  };
  // A text whose names are all generic names or short forms names nothing specific of its own:
  // a short form needs a full name first ("the Prime Minister said" on other news).
  const aloneRules: SlotRules = {
    ...rules,
    generic: (slot) => (flags(slot) & (GENERIC | SHORT)) !== 0,
  };
  /** Whether a genitive ending and a space follow folded `to`: "Vietnam's ", "Vietnams ". */
  function genitiveAt(to: number): boolean {
    const { codes } = buf;
    // The German and Dutch -s may be the mention's own ending already.
    if (codes[to - 1] === 0x73 && codes[to] === 32) return true;
    const at = codes[to] === 0x27 || codes[to] === 0x2019 ? to + 1 : to;
    return codes[at] === 0x73 && codes[at + 1] === 32;
  }
  /** How many spaces the folded text of the last scan holds in [at, to). */
  function spacesIn(at: number, to: number): number {
    let spaces = 0;
    for (let i = at; i < to; i++) if (buf.codes[i] === 32) spaces++;
    return spaces;
  }
  const joins: JoinRules = {
    event: (slot) => (flags(slot) & EVENT) !== 0,
    generic: (slot) => (flags(slot) & GENERIC) !== 0,
    subject: (slot) => (flags(slot) & (EVENT | DOCUMENT)) !== 0,
    heldBody: (slot, event) => bodies[entityIds[event]]?.includes(entityIds[slot]) ?? false,
    polish: (slot) => (flags(slot) & POLISH) !== 0,
  };
  /** Where a short form's hit begins in the folded text, its title included, or -1. */
  function shortFrom(f: number, text: string, start: number, stop: number): number {
    const from = buf.map[start];
    const to = buf.map[stop - 1] + 1;
    const at = shortStart(f, text.slice(from, to), text, from, to);
    if (at < 0 || at === from) return at < 0 ? -1 : start;
    let k = start;
    while (k > 0 && buf.map[k - 1] >= at) k--;
    return k;
  }
  const entityOf = (slot: number) => entityIds[slot];
  let buf = createFoldBuffer();
  const hits: Hits = { pairs: new Int32Array(64), count: 0 };
  // The hits that pass their checks, as triples (start, end, slot), and the head short forms
  // that a link follows (joinHeadsToBacks).
  const candidates: number[] = [];
  const heads: number[] = [];

  // The candidates (indices of their triples) whose start moved back to a title before them.
  const titled: number[] = [];
  const homeless: Mention[] = [];
  const people: Mention[] = [];
  // The place kind words of the text read last (kind-words.ts), and the states' names.
  const kinds = new Set<Mention>();
  let stateNames: OtherStates | undefined;

  /**
   * Drops a short form that took the title before it where another entity's short form is that
   * title and name as one ("General Giang" of General Phan Van Giang): the title tells which of
   * two Giangs it is.
   */
  function dropTitledTwins() {
    let kept = 0;
    let next = 0;
    for (let i = 0; i < candidates.length; i += 3) {
      const moved = titled[next] === i;
      if (moved) next++;
      const twin =
        moved &&
        candidates.some(
          (_, k) =>
            k % 3 === 0 &&
            k !== i &&
            !titled.includes(k) &&
            candidates[k] === candidates[i] &&
            candidates[k + 1] === candidates[i + 1] &&
            (flags(candidates[k + 2]) & SHORT) !== 0 &&
            entityIds[candidates[k + 2]] !== entityIds[candidates[i + 2]],
        );
      if (twin) continue;
      candidates[kept++] = candidates[i];
      candidates[kept++] = candidates[i + 1];
      candidates[kept++] = candidates[i + 2];
    }
    candidates.length = kept;
    titled.length = 0;
  }

  /** Whether text[from, to) writes the marks of the names it folds to (tone-marks.ts). */
  function marksFitAt(text: string, from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      if (!isMarked(text.charCodeAt(i))) continue;
      tones ??= toneTable(marks.split(' '));
      // A mark is there: marksFit need not look for one again.
      return marksFit(tones, text, from, to, true);
    }
    return true;
  }

  /** Checks the hits of the last scan of `text` and picks the mentions. */
  function resolve(text: string): Mention[] {
    resolving = text;
    const page: Page = { text, codes: buf.codes, map: buf.map, length: buf.length };
    candidates.length = 0;
    let anyShort = false;
    for (let h = 0; h < hits.count; h++) {
      const end = hits.pairs[h * 2 + 1];
      for (let slot = hits.pairs[h * 2]; slot >= 0; slot = table.slots[slot * SLOT + NEXT]) {
        const stop = acceptAt(table, slot, page, end);
        if (stop < 0) continue;
        let start = end - table.slots[slot * SLOT + LENGTH];
        if (marks && !marksFitAt(text, page.map[start], page.map[stop - 1] + 1)) continue;
        const f = flags(slot);
        if ((f & SHORT) !== 0) {
          const from = shortFrom(f, text, start, stop);
          // A head word before a link may go on with the entity's own back: kept aside (not a
          // described one, which is the head without its article: "Budapest Convention on ...").
          const head = (f & (EVENT | DOCUMENT)) !== 0 && (f & DESCRIBED) === 0;
          if (from < 0 && head) heads.push(start, stop, slot);
          if (from < 0) continue;
          if (from !== start) titled.push(candidates.length);
          start = from;
          anyShort = true;
        }
        candidates.push(start, stop, slot);
      }
    }
    if (titled.length > 0) dropTitledTwins();
    if (heads.length > 0) {
      anyShort = joinHeadsToBacks(candidates, heads, page.codes, flags, entityOf) || anyShort;
      heads.length = 0;
    }
    joinParts(candidates, page.codes, flags, table.group);
    dropOthersNames(candidates, page, flags);
    if (anyShort) {
      dropCrossingShortForms(
        candidates,
        (slot) => (flags(slot) & SHORT) !== 0,
        (slot, full, same) =>
          ((flags(slot) & (PERSON | OFFICE)) === (PERSON | OFFICE) &&
            (same || (flags(full) & PLACE) !== 0)) ||
          // "le traité de l'ONU": a thing named by its head and the body it ends on.
          (same && (flags(full) & PERSON) === 0 && entityIds[full] !== entityIds[slot]),
      );
    }
    const chosen = selectMentions(candidates, rules);
    const alone = allGeneric(chosen, candidates, aloneRules);
    const slots: number[] = [];
    const mentions: Mention[] = [];
    for (const { index: i, depth } of chosen) {
      const slot = candidates[i + 2];
      const mention: Mention = {
        start: page.map[candidates[i]],
        end: endAfterMarks(text, page.map[candidates[i + 1] - 1] + 1),
        entityId: entityIds[slot],
        alias: table.spec[slot],
        depth,
      };
      if (flags(slot) & SHORT) {
        mention.short = true;
        const also = sharedBy(
          candidates,
          i,
          (s) => entityIds[s],
          (s) => (flags(s) & SHORT) !== 0,
        );
        if (also) mention.also = also;
        const after = (flags(slot) & EVENT) !== 0 ? anchors[entityIds[slot]] : undefined;
        if (after) mention.after = after;
        // "a ceremony" introduces the event, once what it is of is named; "a conference" or "a
        // congress" may be any.
        if ((flags(slot) & EVENT) !== 0 && introducedAt(text, mention.start)) {
          if (!after || !endsOnCeremony(text, mention.start, mention.end)) continue;
          // "Mit einem Festakt feierte die Stadt später ihr Jubiläum" is another one.
          if (!signedIn(foldString(sentenceAt(text, mention.start, mention.end)))) continue;
          mention.first = true;
        }
      }
      if (alone) mention.alone = true;
      // What naming it brings to mind (event-anchors.ts `namedEvokes`); a short form only a
      // person's ("Mr Lam").
      const evoked =
        (flags(slot) & SHORT) === 0 || (flags(slot) & PERSON) !== 0
          ? evokes[entityIds[slot]]
          : undefined;
      if (evoked) mention.evokes = evoked;
      if ((flags(slot) & (PERSON | SHORT)) === PERSON && depth === 0) {
        const from = titleStart(text, mention.start);
        const title =
          from >= 0
            ? text.slice(from, mention.start)
            : (titleOpening(text.slice(mention.start, mention.end)) ??
              titleBeforeComma(text, mention.start, mention.end));
        if (title) mention.titles = [title.trim()];
        people.push(mention);
      }
      if ((flags(slot) & (GENERIC | SHORT)) === GENERIC && homeOf(slot)) {
        homeless.push(mention);
      }
      if (flags(slot) & KIND) kinds.add(mention);
      slots.push(slot);
      mentions.push(mention);
    }
    if (kinds.size > 0) {
      if (!stateNames) {
        const [names = '', adjectives = ''] = states.split('\n\n');
        stateNames = {
          names: new Set(names.split('\n')),
          adjectives: new Set(adjectives.split('\n')),
        };
      }
      keepNamedKinds(text, mentions, slots, kinds, stateNames, flags);
      kinds.clear();
    }
    if (people.length > 0) titlesAfter(text, mentions);
    if (anyShort) {
      fullBeforeAcronym(text, mentions);
      introducedBefore(text, mentions);
    }
    if (homeless.length > 0) {
      if (mentions.length > 1) ofAnotherPlace(text, mentions, slots);
      awayFromHome(text, mentions);
    }
    return mentions.length > 1 ? joinNames(text, mentions, slots, joins) : mentions;
  }

  /**
   * A body's generic name linked to a place of the pack that is none of its homes is that
   * place's body: "la Cancillería de Ecuador", "the Ministry of Finance of Ecuador" on a page of
   * Vietnam's story. Removed from `mentions` (and `slots`) in place.
   */
  function ofAnotherPlace(text: string, mentions: Mention[], slots: number[]) {
    for (let i = mentions.length - 2; i >= 0; i--) {
      const m = mentions[i];
      const home = homes[m.entityId];
      if (!home || m.depth > 0 || (flags(slots[i]) & (GENERIC | SHORT)) !== GENERIC) continue;
      let j = i + 1;
      while (j < mentions.length && mentions[j].depth > 0) j++;
      const next = mentions[j];
      if (!next || (flags(slots[j]) & PLACE) === 0) continue;
      if (next.start - m.end > LINK_GAP || home.includes(next.entityId)) continue;
      if (!linkedBy(text.slice(m.end, next.start))) continue;
      mentions.splice(i, 1);
      slots.splice(i, 1);
    }
  }

  /** Whether `between` is a link, with an article or not: " de ", " of the ", " van de ". */
  const linkedBy = (between: string) => {
    const [link, article, ...more] = foldString(between).trim().split(/\s+/u);
    if (more.length > 0 || !isLinkWord(link)) return false;
    return article === undefined || ARTICLE_WORDS.has(article);
  };

  /**
   * A person named in full may have a title in apposition after the name too ("Luong Tam Quang,
   * the minister of public security"), unless another person's name follows the title ("Chinh,
   * Deputy Prime Minister Bui Thanh Son"): the text gives the person that title as well.
   */
  function titlesAfter(text: string, mentions: Mention[]) {
    for (const person of people) {
      const next = mentions.find((m) => m.start >= person.end && m.depth === 0 && m !== person);
      const nextPerson = people.find((m) => m.start >= person.end && m !== person);
      const title = titleAfter(text, person.end, nextPerson?.start ?? text.length);
      if (!title) continue;
      if (nextPerson && /^\s*$/u.test(text.slice(title.end, nextPerson.start))) continue;
      // A title inside another's name found there is that name's part ("Prime Minister's
      // Office"); the person's own office is the person's ("ministre de la Sécurité publique").
      const inName = next && next.start < title.end && next.end > title.start;
      if (inName && next.entityId !== person.entityId) continue;
      person.titles = [...(person.titles ?? []), text.slice(title.start, title.end)];
    }
    people.length = 0;
  }

  /**
   * Where a generic name is at home: a body's homes, an event's anchors (event-anchors.ts). Any
   * signing ceremony in Hanoi is not the convention's: "una ceremonia de firma en Hanói" of a
   * trade deal.
   */
  const homeOf = (slot: number): readonly string[] | undefined =>
    homes[entityIds[slot]] ?? ((flags(slot) & EVENT) !== 0 ? anchors[entityIds[slot]] : undefined);

  /**
   * A body's or an event's generic name in a text that names none of its homes (a body's before
   * it or right after it: "Außenministerium Vietnams") counts as a short form of it, also after a full
   * mention of one of them: "Ministerstwo Spraw Zagranicznych" is Vietnam's only on a page that
   * names Vietnam, or beside Vietnam's adjective; "la cérémonie de signature" is the
   * convention's on a page that names the convention. A home named further on is no sign: "the
   * party's Central Committee ... the Politburo ... Neighboring Vietnam" are Laos's.
   */
  function awayFromHome(text: string, mentions: Mention[]) {
    for (const mention of homeless) {
      const ofBody = homes[mention.entityId];
      const home = ofBody ?? anchors[mention.entityId];
      // Only a full mention of something else names a home: not a short form ("el Congreso"),
      // nor another body's generic name ("Bộ Công an và Bộ Ngoại giao"); a body's home before
      // it or right after it, an event's anywhere in the text (a lead names the ceremony first).
      const named = (m: Mention) =>
        !m.short &&
        !homeless.includes(m) &&
        home.includes(m.entityId) &&
        (!ofBody || m.start < mention.end + NEAR_AFTER);
      if (mentions.some(named)) continue;
      // "le ministère vietnamien des Affaires étrangères": the place's adjective names it.
      if (placeWordBeside(text, mention.start, mention.end)) continue;
      mention.short = true;
      mention.after = home;
    }
    homeless.length = 0;
  }

  /**
   * Whether folded text says a treaty was signed or opened for signature, not ratified: the
   * ceremony it introduces is the signing.
   */
  const signedIn = (folded: string) => SIGNED.test(folded) && !RATIFIED.test(folded);

  /**
   * An event introduced before what it is of, in the same sentence, is named there: "Mit einem
   * Festakt ... ist das Übereinkommen der Vereinten Nationen ... aufgelegt worden", "At a
   * ceremony on Saturday, 72 states signed the UN Convention against Cybercrime".
   */
  function introducedBefore(text: string, mentions: Mention[]) {
    mentions.forEach((m, i) => {
      if (!m.first) return;
      const anchor = mentions.find(
        (x, k) => k > i && x.depth === 0 && !x.short && m.after?.includes(x.entityId),
      );
      if (!anchor || /[.!?;]/u.test(text.slice(m.end, anchor.start))) return;
      // Only a signing: "At a ceremony in Canberra, Australia deposited its instrument of
      // ratification of the UN Convention" is another ceremony.
      if (!signedIn(foldString(sentenceAt(text, m.start, anchor.end)))) return;
      delete m.short;
      delete m.first;
      delete m.after;
      delete m.also;
    });
  }

  /**
   * A short form with the entity's acronym in brackets right after it is named in full there:
   * "bajo el mando del Partido Comunista (PCV)".
   */
  function fullBeforeAcronym(text: string, mentions: Mention[]) {
    for (let i = 0; i + 1 < mentions.length; i++) {
      const m = mentions[i];
      const next = mentions[i + 1];
      if (!m.short || next.short || next.entityId !== m.entityId) continue;
      if (!/^\s*\($/u.test(text.slice(m.end, next.start)) || text[next.end] !== ')') continue;
      delete m.short;
      delete m.also;
      delete m.after;
    }
  }

  function find(text: string): Mention[] {
    if (kept === 0 || text.length === 0) return [];
    scanText(text, automaton, buf, hits);
    if (hits.count === 0) return [];
    useStems(places);
    const mentions = resolve(text);
    // Let one huge text's buffers go rather than keep them for the matcher's lifetime.
    if (buf.codes.length > 1 << 20) buf = createFoldBuffer();
    return mentions;
  }

  return { find, size: kept };
}
