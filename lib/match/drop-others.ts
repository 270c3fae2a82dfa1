import { isTopicWord } from '../lang/links';
import type { Page } from './accept';
import {
  ACRONYM,
  DOCUMENT,
  EVENT,
  EXCLUDE,
  GENERIC,
  OFFICE,
  PERSON,
  PLACE,
  SHORT,
} from './alias-table';
import { ARTICLE_WORDS } from './body-words';
import { caseOf, isLetterUnit } from './char-table';
import { type Casing, type Continuing, casingOf, continuationAt } from './continuation';
import { foldString } from './fold';
import {
  caseAt,
  germanText,
  isInlineGap,
  LOWER,
  SPACE,
  UPPER,
  wordFrom,
  wordText,
} from './name-words';
import { isLinkWord, linkAfter, wordAfter } from './next-words';
import { capitalRunBefore, namedByOthers } from './others';
import {
  otherCountryAfter,
  otherCountryBefore,
  romanceAdjectiveAfter,
  seatedElsewhereAfter,
} from './qualifiers';
import { appositionAfter, otherHolder } from './short-checks';
import { titlePhrases, titleStart } from './title-before';
import { inWorkTitle } from './work-titles';

/** Names that are never part of something else's: people's, events', documents', excluded ones. */
const OWN_NAMES = PERSON | EVENT | DOCUMENT | EXCLUDE | SHORT;

// find() is synchronous: one page at a time, and state reused across calls rather than closures
// made for each (a page may hold thousands of candidates).
let page: Page;
let casing: Casing | undefined;
// The line the candidate looked at stands on (from its original offset `at`), whose casing is
// read: a heading in capitals run into the text above prose ("LHQ PHỐI HỢP CHẶT CHẼ\n...").
let at = 0;
let lineFrom = 0;
let lineEnd = 0;
let other = new Uint8Array(64);
const rule: Continuing = {
  acronym: false,
  place: false,
  casing: () => {
    if (casing !== undefined && at >= lineFrom && at < lineEnd) return casing;
    const { text } = page;
    const from = text.lastIndexOf('\n', at) + 1;
    const end = text.indexOf('\n', at);
    lineFrom = from;
    lineEnd = end < 0 ? text.length : end;
    casing = casingOf(from === 0 && end < 0 ? text : text.slice(from, lineEnd));
    return casing;
  },
  german: (from) => germanText(page.text, from),
};

function startsOne(candidates: readonly number[], pos: number): boolean {
  for (let k = 0; k < candidates.length; k += 3) if (candidates[k] === pos) return true;
  return false;
}

/**
 * Whether capitalised words right before the place at `start` make it part of another name: none
 * of them is a name the matcher found ("Vietnams Hauptstadt Hanoi"), and the text is prose.
 */
function runOfOthers(candidates: readonly number[], start: number): boolean {
  const run = capitalRunBefore(page, start);
  if (run < 0 || rule.casing() !== 'prose') return false;
  for (let k = 0; k < candidates.length; k += 3) {
    if (candidates[k] < start && candidates[k + 1] > run) return false;
  }
  return true;
}

/**
 * Whether the person's name of candidate c is the office alone ("UN Secretary-General") and
 * someone else's name follows it in prose: "UN Secretary-General Kofi Annan" is not the holder
 * the pack names. A name of ours there ("... Guterres") keeps it.
 */
function officeOfAnother(candidates: readonly number[], c: number): boolean {
  const stop = candidates[c * 3 + 1];
  if (stop + 2 >= page.length || page.codes[stop] !== SPACE) return false;
  const first = page.text.charCodeAt(page.map[stop + 1]);
  const second = page.text.charCodeAt(page.map[stop + 2]);
  if (!isInlineGap(page, stop) || caseOf(first) !== UPPER) return false;
  if (caseOf(second) !== LOWER || startsOne(candidates, stop + 1)) return false;
  return rule.casing() === 'prose';
}

/**
 * Whether the office that candidate c names is another holder's: a former or deputy one's ("el
 * entonces secretario general de la ONU", OTHER_OFFICE), or the one named in apposition after it
 * ("el secretario general de la ONU, Ban Ki-moon"), unless the name there is one of ours.
 */
function anotherHolder(candidates: readonly number[], c: number): boolean {
  const { text, map } = page;
  const to = map[candidates[c * 3 + 1] - 1] + 1;
  if (otherHolder(text, map[candidates[c * 3]], to)) return true;
  if (!appositionAfter(text, to)) return false;
  let name = text.indexOf(',', to) + 1;
  while (name < text.length && !isLetterUnit(text.charCodeAt(name))) name++;
  for (let k = 0; k < candidates.length; k += 3) if (map[candidates[k]] === name) return false;
  return true;
}

/**
 * Whether the capitalised words at folded `after` are the name of the holder of a title that
 * ends right before the body's name at `start`: "Thứ trưởng Bộ Tài chính Đặng Quốc Phương", "Phó
 * Chủ nhiệm Văn phòng Chủ tịch nước Cấn Đình Tài". A person's name there has three or four
 * words; a country's name that makes the body another's is shorter ("Bộ trưởng Bộ Quốc phòng Hàn
 * Quốc").
 */
function holderAfter(start: number, after: number): boolean {
  if (titleStart(page.text, page.map[start]) < 0) return false;
  let words = 0;
  let pos = after;
  for (let w = wordFrom(page, pos); w && caseAt(page, w) === UPPER; w = wordFrom(page, pos)) {
    if (++words > HOLDER_WORDS) return false;
    if (w.end >= page.length || page.codes[w.end] !== SPACE || !isInlineGap(page, w.end)) break;
    pos = w.end + 1;
  }
  return words >= 3;
}
const HOLDER_WORDS = 4;

// What a link after a generic name leads to: none, a name of ours ("Komitet Sterujący ds.
// ceremonii podpisania Konwencji z Hanoi" keeps it), or what no candidate names ("the Central
// Committee of the Lao party", "Algemene Vergadering van de vrienden": other bodies of the kind).
const NO_LINK = 0;
const OURS = 1;
const OTHERS = 2;

/** What a link after candidate c leads to: NO_LINK, a name of OURS, or OTHERS. */
function linkedTo(candidates: readonly number[], c: number): number {
  const stop = candidates[c * 3 + 1];
  if (stop >= page.length || page.codes[stop] !== SPACE) return NO_LINK;
  const end = page.map[stop - 1] + 1;
  if (!linkAfter(page.text, end)) return NO_LINK;
  // German "zu" joined to an article says what for, mostly of the verb's action: "ließ Einheiten
  // des Verteidigungsministeriums zur Unterstützung bereitstellen".
  const link = wordAfter(page.text, end);
  if (link && FOR_WHAT.has(page.text.slice(link[0], link[1]))) return NO_LINK;
  // A subject after the complete name: "nghị quyết của Ban Chấp hành Trung ương Đảng về ...".
  if (link && isTopicWord(foldString(page.text.slice(link[0], link[1])))) return NO_LINK;
  let next = -1;
  for (let k = 0; k < candidates.length; k += 3) {
    const from = candidates[k];
    if (from > stop && (next < 0 || from < next)) next = from;
  }
  if (next < 0 || next - stop > LINKED_REACH) return OTHERS;
  const words = wordText(page.codes, { start: stop + 1, end: next }).split(' ');
  // A title may stand before the name: "het ministerie van Nationale Defensie van generaal Phan
  // Van Giang".
  const linked = words.every(
    (word) =>
      word === '' || isLinkWord(word) || ARTICLE_WORDS.has(word) || titlePhrases().has(word),
  );
  return linked ? OURS : OTHERS;
}
const FOR_WHAT = new Set(['zur', 'zum']);
// A link, an article and a title ("for the", "de la", "ds.", "van generaal") before a name of
// ours, in folded units.
const LINKED_REACH = 24;

/**
 * Whether the generic name at folded [start, stop) is another country's body by a qualifier
 * (qualifiers.ts), or by a first part joined to it with a hyphen that names nothing of ours
 * ("US-Außenministerium").
 */
function anotherCountrys(candidates: readonly number[], start: number, stop: number): boolean {
  const { text, map } = page;
  const from = map[start];
  if (from > 1 && text.charCodeAt(from - 1) === HYPHEN && isLetterUnit(text.charCodeAt(from - 2))) {
    for (let k = 0; k < candidates.length; k += 3)
      if (candidates[k + 1] === start - 1) return false;
    return true;
  }
  const to = map[stop - 1] + 1;
  // A possessive of a name of ours is no other country's: "Quang's Ministry of Public Security".
  for (let k = 0; k < candidates.length; k += 3) {
    const end = candidates[k + 1];
    if (end < start && start - end <= 4 && page.codes[end] === APOSTROPHE) return false;
  }
  return (
    otherCountryBefore(text, from) ||
    otherCountryAfter(text, to) ||
    romanceAdjectiveAfter(text, to) ||
    seatedElsewhereAfter(text, to)
  );
}
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;

/** Whether a longer candidate that is no other's name holds candidate c. */
function held(
  candidates: readonly number[],
  count: number,
  c: number,
  flagsOf: (slot: number) => number,
): boolean {
  const start = candidates[c * 3];
  const stop = candidates[c * 3 + 1];
  for (let k = 0; k < count; k++) {
    const from = candidates[k * 3];
    const to = candidates[k * 3 + 1];
    // A short form holds no one's name: "das Verteidigungsministerium" is the ministry's head
    // word with an article.
    if (other[k] || (flagsOf(candidates[k * 3 + 2]) & SHORT) !== 0) continue;
    if (from <= start && to >= stop && to - from > stop - start) return true;
  }
  return false;
}

/**
 * Drops from the candidate triples (start, end, slot) the place and body names that are part of
 * a longer proper name of something else (others.ts, continuation.ts), and a person's office
 * followed by someone else's name, unless a longer candidate holds them: its rules then say
 * whether it counts inside (select.ts), as a person's title still names its country ("Vice
 * President of Ecuador María José Pinto").
 */
export function dropOthersNames(
  candidates: number[],
  on: Page,
  flagsOf: (slot: number) => number,
): void {
  page = on;
  casing = undefined;
  const count = candidates.length / 3;
  if (other.length < count) other = new Uint8Array(count * 2);
  // A loop, not fill(): a page has a few candidates, and the call costs more than they do.
  else for (let c = 0; c < count; c++) other[c] = 0;
  let any = false;
  for (let c = 0; c < count; c++) {
    const flags = flagsOf(candidates[c * 3 + 2]);
    at = page.map[candidates[c * 3]];
    // A short form's title is checked where it is found (short-checks.ts).
    const office = (flags & (OFFICE | SHORT)) === OFFICE;
    if (office && (officeOfAnother(candidates, c) || anotherHolder(candidates, c))) {
      other[c] = 1;
      any = true;
      continue;
    }
    if (flags & OWN_NAMES) continue;
    const start = candidates[c * 3];
    const stop = candidates[c * 3 + 1];
    rule.acronym = (flags & ACRONYM) !== 0;
    rule.place = (flags & PLACE) !== 0;
    const after = continuationAt(page, stop, rule);
    // A generic name linked to a name of ours is part of none of others' ("Comité Directivo
    // para la Ceremonia de Apertura a la Firma de la Convención de Hanói").
    const linked = (flags & (GENERIC | ACRONYM)) === GENERIC ? linkedTo(candidates, c) : NO_LINK;
    if (linked === OURS) continue;
    // A place named by a description ("der vietnamesischen Hauptstadt", "the host city") is no
    // part of another thing's proper name.
    const described = rule.place && caseOf(page.text.charCodeAt(page.map[start])) === LOWER;
    if (
      (after >= 0 && !startsOne(candidates, after) && !holderAfter(start, after)) ||
      (!described && namedByOthers(page, start, stop, rule)) ||
      ((flags & (GENERIC | ACRONYM)) === GENERIC && anotherCountrys(candidates, start, stop)) ||
      linked === OTHERS ||
      inWorkTitle(page.text, page.map[start], page.map[stop - 1] + 1) ||
      (rule.place && runOfOthers(candidates, start))
    ) {
      other[c] = 1;
      any = true;
    }
  }
  if (!any) return;
  let kept = 0;
  for (let c = 0; c < count; c++) {
    if (other[c] && !held(candidates, count, c, flagsOf)) continue;
    candidates[kept++] = candidates[c * 3];
    candidates[kept++] = candidates[c * 3 + 1];
    candidates[kept++] = candidates[c * 3 + 2];
  }
  candidates.length = kept;
}
