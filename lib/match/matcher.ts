import { acceptAt, germanAround, type Page } from './accept';
import {
  ACRONYM,
  type AliasTable,
  DOCUMENT,
  EVENT,
  EXCLUDE,
  FLAGS,
  foldAliases,
  GENERIC,
  LENGTH,
  linkSlots,
  NEXT,
  PERSON,
  PLACE,
  SHORT,
  SLOT,
} from './alias-table';
import type { Automaton } from './automaton';
import { buildAutomaton } from './build-automaton';
import { type Casing, casingOf, continuationAt } from './continuation';
import { createFoldBuffer, endAfterMarks } from './fold';
import { type JoinRules, joinNames } from './join';
import { headBefore, purposeAfter } from './others';
import { type Hits, scanText } from './scan';
import { type SlotRules, selectMentions } from './select';
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
  kept: number;
}

/** Names that are never part of something else's: people's, events', documents', excluded ones. */
const OWN_NAMES = PERSON | EVENT | DOCUMENT | EXCLUDE | SHORT;

/** Compiles the aliases into one Aho-Corasick automaton over folded text. */
export function compileMatcher(specs: readonly AliasSpec[]): Matcher {
  return matcherFrom(compileParts(specs));
}

export function compileParts(specs: readonly AliasSpec[]): MatcherParts {
  const { keys, table } = foldAliases(specs);
  const trie = buildTrie(keys);
  const { out, kept } = linkSlots(table, specs, trie.keyNode, trie.count);
  const automaton = buildAutomaton(trie, out);
  const entityIds = new Array<string>(table.spec.length);
  for (let s = 0; s < table.spec.length; s++) entityIds[s] = specs[table.spec[s]].entityId;
  return { automaton, table, entityIds, kept };
}

/** The matcher over compiled parts; they are used as they are, not copied. */
export function matcherFrom({ automaton, table, entityIds, kept }: MatcherParts): Matcher {
  // find() is synchronous, so one set of buffers per matcher is reused across calls.
  const flags = (slot: number) => table.slots[slot * SLOT + FLAGS];
  const rules: SlotRules = {
    generic: (slot) => (flags(slot) & GENERIC) !== 0,
    exclude: (slot) => (flags(slot) & EXCLUDE) !== 0,
    keepsInner(outer, inner) {
      if (entityIds[outer] === entityIds[inner]) return false;
      // An excluded name inside still hides what is inside it; a person, an event or a document
      // named inside a longer name is still mentioned ("Hanoi Convention signing ceremony").
      if (flags(inner) & (EXCLUDE | PERSON | EVENT | DOCUMENT)) return true;
      // A title names the office's country and body ("Vice President of Ecuador ..."). Other
      // names only contain what they are named after ("Hanoi Convention", "UN General Assembly").
      return (flags(outer) & PERSON) !== 0;
    },
  };
  const joins: JoinRules = {
    event: (slot) => (flags(slot) & EVENT) !== 0,
    subject: (slot) => (flags(slot) & (EVENT | DOCUMENT)) !== 0,
  };
  let buf = createFoldBuffer();
  const hits: Hits = { pairs: new Int32Array(64), count: 0 };

  /** Checks the hits of the last scan of `text` and picks the mentions. */
  function resolve(text: string): Mention[] {
    const page: Page = { text, codes: buf.codes, map: buf.map, length: buf.length };
    const candidates: number[] = [];
    for (let h = 0; h < hits.count; h++) {
      const end = hits.pairs[h * 2 + 1];
      for (let slot = hits.pairs[h * 2]; slot >= 0; slot = table.slots[slot * SLOT + NEXT]) {
        const stop = acceptAt(table, slot, page, end);
        if (stop >= 0) candidates.push(end - table.slots[slot * SLOT + LENGTH], stop, slot);
      }
    }
    dropOthersNames(candidates, page);
    const chosen = selectMentions(candidates, rules);
    const slots = chosen.map(({ index }) => candidates[index + 2]);
    const mentions = chosen.map(({ index: i, depth }) => {
      const slot = candidates[i + 2];
      const mention: Mention = {
        start: page.map[candidates[i]],
        end: endAfterMarks(text, page.map[candidates[i + 1] - 1] + 1),
        entityId: entityIds[slot],
        alias: table.spec[slot],
        depth,
      };
      if (flags(slot) & SHORT) mention.short = true;
      return mention;
    });
    return mentions.length > 1 ? joinNames(text, mentions, slots, joins) : mentions;
  }

  /**
   * Drops the place and body names that are part of a longer proper name of something else
   * (others.ts), unless a longer candidate holds them: a person's title still names its country
   * ("Vice President of Ecuador María José Pinto").
   */
  function dropOthersNames(candidates: number[], page: Page): void {
    let casing: Casing | undefined;
    const rule = {
      acronym: false,
      place: false,
      casing: () => {
        casing ??= casingOf(page.text);
        return casing;
      },
      german: (from: number, to: number) => germanAround(page.text, from, to),
    };
    const startsOne = (pos: number) => {
      for (let k = 0; k < candidates.length; k += 3) if (candidates[k] === pos) return true;
      return false;
    };
    const count = candidates.length / 3;
    const other = new Uint8Array(count);
    for (let c = 0; c < count; c++) {
      const f = flags(candidates[c * 3 + 2]);
      if (f & OWN_NAMES) continue;
      const start = candidates[c * 3];
      const stop = candidates[c * 3 + 1];
      rule.acronym = (f & ACRONYM) !== 0;
      rule.place = (f & PLACE) !== 0;
      const after = continuationAt(page, stop, rule);
      if (
        (after >= 0 && !startsOne(after)) ||
        headBefore(page, start) ||
        purposeAfter(page, start, stop)
      ) {
        other[c] = 1;
      }
    }
    // A longer name of our own holds it: its rules say whether it counts inside (select.ts).
    const held = (c: number) => {
      const start = candidates[c * 3];
      const stop = candidates[c * 3 + 1];
      for (let k = 0; k < count; k++) {
        const from = candidates[k * 3];
        const to = candidates[k * 3 + 1];
        if (!other[k] && from <= start && to >= stop && to - from > stop - start) return true;
      }
      return false;
    };
    let kept = 0;
    for (let c = 0; c < count; c++) {
      if (other[c] && !held(c)) continue;
      candidates[kept++] = candidates[c * 3];
      candidates[kept++] = candidates[c * 3 + 1];
      candidates[kept++] = candidates[c * 3 + 2];
    }
    candidates.length = kept;
  }

  function find(text: string): Mention[] {
    if (kept === 0 || text.length === 0) return [];
    scanText(text, automaton, buf, hits);
    const mentions = hits.count === 0 ? [] : resolve(text);
    // Let one huge text's buffers go rather than keep them for the matcher's lifetime.
    if (buf.codes.length > 1 << 20) buf = createFoldBuffer();
    return mentions;
  }

  return { find, size: kept };
}
