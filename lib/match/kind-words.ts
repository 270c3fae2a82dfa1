import { BODY_POSSESSIVES, ORGANISATION_KIND, PLACE_KINDS } from '../lang/back-references';
import { frequentAnywhere } from '../lang/frequent-words';
import { DOCUMENT, EVENT, PERSON, PLACE, POLISH } from './alias-table';
import { isLowerUnit, isUpperUnit } from './char-table';
import { foldString } from './fold';
import { germanText } from './name-words';
import { isCalendarAnywhere, wordAfter, wordBefore } from './next-words';
import { isPlaceWord } from './qualifiers';
import { startsSentence } from './text-language';
import type { Mention } from './types';

// A place's kind word ("the country", "la capitale", "kraju", "البلاد") is the place only where
// the reader has it in mind: named in the same text before it, or a person named there who brings
// it to mind (`Mention.evokes`), with no other name between. The page speaks of many places the
// pack does not know ("Russia pushed for the treaty; the country ...", "BERLIN (dpa) ... In der
// Hauptstadt"), and of its own country and capital in these words: further away, the word may be
// any of them.

let kindForms: ReadonlySet<string> | undefined;
let germanForms: ReadonlySet<string> | undefined;

/** Whether a text, folded, is one of the kind words (PLACE_KINDS, ORGANISATION_KIND). */
function isKindForm(folded: string): boolean {
  kindForms ??= formsOf([
    ...Object.values(PLACE_KINDS).flatMap((byLang) => Object.values(byLang).flat()),
    ...Object.values(ORGANISATION_KIND.forms).flat(),
  ]);
  return kindForms.has(folded);
}

/** Whether a kind word, folded, is German: its noun takes a capital ("sein Land"). */
function isGermanForm(folded: string): boolean {
  germanForms ??= formsOf([
    ...Object.values(PLACE_KINDS).flatMap((byLang) => byLang.de),
    ...ORGANISATION_KIND.forms.de,
  ]);
  return germanForms.has(folded);
}

let possessives: ReadonlySet<string> | undefined;

/**
 * Whether a kind word, folded, opens with a possessive ("his country", "sein Ministerium", "jego
 * kraj") or is an Arabic one ("بلاده", his country).
 */
function isPossessive(folded: string): boolean {
  possessives ??= formsOf([...Object.values(BODY_POSSESSIVES).flat(), 'jego', 'jej']);
  const space = folded.indexOf(' ');
  const first = space < 0 ? folded : folded.slice(0, space);
  return possessives.has(first) || folded === 'بلاده' || folded === 'بلادها';
}

const formsOf = (forms: readonly string[]) => new Set(forms.map((form) => foldString(form).trim()));

/** The states the pack has no place for: their names and adjectives (region-forms.ts). */
export interface OtherStates {
  names: ReadonlySet<string>;
  adjectives: ReadonlySet<string>;
}

const WORD = /[\p{L}\p{M}]+/gu;
const ARABIC_ARTICLE = 'ال';
// Polish "kraj" after these is the writer's own country: "w kraju" (at home), "do kraju", "w
// skali kraju"; Vietnamese "của" after a capital says whose: "thủ đô của Thái Lan".
const HOME_BEFORE = new Set(['w', 'we', 'do', 'z', 'ze', 'poza', 'skali']);
// A neighbour is another country: "du pays voisin", "del país vecino".
const NEIGHBOUR = new Set(['voisin', 'voisins', 'vecino', 'vecinos', 'limítrofe', 'fronterizo']);

/**
 * Whether [from, to) of the text names something the pack does not: a state's name (`states`,
 * region-forms.ts `otherStates`), a word with
 * a capital inside a sentence (not in German, whose nouns all take one; not a month or a day), a
 * word in capitals (a dateline: "BERLIN"). Mentions of the pack in it (`skip`) are no such thing.
 */
function otherNameIn(
  text: string,
  from: number,
  to: number,
  skip: readonly Mention[],
  german: boolean,
  states: OtherStates,
): boolean {
  const stretch = text.slice(from, to);
  let previous = '';
  for (const match of stretch.matchAll(WORD)) {
    const at = from + (match.index ?? 0);
    const word = match[0];
    const end = at + word.length;
    if (skip.some((m) => m.start < end && at < m.end)) {
      previous = '';
      continue;
    }
    const folded = foldString(word).trim();
    const first = word.charCodeAt(0);
    // A state's name, written as a name: with a capital, in a script that has them.
    const lower = word.normalize('NFC').toLowerCase();
    const named = isUpperUnit(first) || !isLowerUnit(first);
    const state =
      (named && states.names.has(lower)) ||
      (previous && states.names.has(`${previous} ${lower}`)) ||
      states.adjectives.has(lower);
    if (state && !isPlaceWord(word)) return true;
    previous = named ? lower : '';
    if (!isUpperUnit(first) || isCalendarAnywhere(folded)) continue;
    const capitals = word.length >= 3 && !isLowerUnit(word.charCodeAt(1));
    if (capitals && !isPlaceWord(word)) return true;
    if (isPlaceWord(word)) continue;
    // Opening a sentence, a name or any word: only the commonest words are surely no name
    // ("Moscow said the country", "Paris n'a envoyé qu'un observateur ; la ville").
    if (startsSentence(text, at)) {
      if (!frequentAnywhere(folded)) return true;
      continue;
    }
    if (!german) return true;
  }
  return false;
}

/** Whether the kind word at `m` is written as no kind word is: part of a name, or a home. */
function writtenOtherwise(text: string, m: Mention, german: boolean): boolean {
  const written = text.slice(m.start, m.end);
  const last = written.slice(written.lastIndexOf(' ') + 1);
  // A capital inside a sentence makes it a name: "El País" (the paper), "au Pays basque"; not in
  // German, whose nouns all take one.
  const at = m.start + written.length - last.length;
  if (isUpperUnit(last.charCodeAt(0)) && !startsSentence(text, at) && !german) {
    return true;
  }
  const after = wordAfter(text, m.end);
  const next = after ? text.slice(after[0], after[1]) : '';
  // An Arabic word with the article after it names or describes another: "العاصمة الرياض",
  // "البلاد العربية".
  if (written.startsWith(ARABIC_ARTICLE) && next.startsWith(ARABIC_ARTICLE)) return true;
  if (foldString(next).trim() === 'cua' || NEIGHBOUR.has(next.toLowerCase())) return true;
  // Vietnamese writes a city's name a few words on: "Thành phố phía Bắc Hải Phòng".
  if (foldString(written).trim() === 'thanh pho' && capitalSoonAfter(text, m.end)) return true;
  const before = wordBefore(text, m.start);
  // As written: "że kraj" (that the country) folds to "ze" (from).
  const home = before ? text.slice(before[0], before[1]).toLowerCase() : '';
  return HOME_BEFORE.has(home) && foldString(written).startsWith('kraj');
}

/** Whether a capitalised word other than the pack's places comes within three words of `end`. */
function capitalSoonAfter(text: string, end: number): boolean {
  let at = end;
  for (let k = 0; k < 3; k++) {
    const next = wordAfter(text, at);
    if (!next) return false;
    const word = text.slice(next[0], next[1]);
    if (isUpperUnit(word.charCodeAt(0))) return !isPlaceWord(word);
    at = next[1];
  }
  return false;
}

/**
 * Drops from `mentions` (in place, `slots` alongside) the kind words in `kinds` whose place or
 * body the text does not name before them, or names another thing between (`flagsOf` gives a
 * slot's flags).
 */
export function keepNamedKinds(
  text: string,
  mentions: Mention[],
  slots: number[],
  kinds: ReadonlySet<Mention>,
  states: OtherStates,
  flagsOf: (slot: number) => number,
): void {
  const isBody = (slot: number) => (flagsOf(slot) & (PERSON | PLACE | EVENT | DOCUMENT)) === 0;
  const dropped = new Set<Mention>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!kinds.has(m)) continue;
    const claimants = m.also ? [m.entityId, ...m.also] : [m.entityId];
    const names = (n: Mention) =>
      !dropped.has(n) &&
      (claimants.includes(n.entityId) || (n.evokes?.some((id) => claimants.includes(id)) ?? false));
    let j = i - 1;
    while (j >= 0 && !names(mentions[j])) j--;
    // Two of the kind named directly before it, and no one who brings one to mind: "Ecuador and
    // Vietnam agreed on trade. The country's exports ..." may be either.
    const direct = new Set(
      mentions.slice(0, i).filter((n) => !n.short && claimants.includes(n.entityId)),
    );
    const ambiguous =
      j >= 0 && !mentions[j].evokes?.length && new Set([...direct].map((n) => n.entityId)).size > 1;
    // A body's kind word is the body named last of the bodies: "UNODC ... the organisation" is
    // the office, not the UN its name holds.
    let body = i - 1;
    while (isBody(slots[i]) && body >= 0 && !isBody(slots[body])) body--;
    const another = isBody(slots[i]) && body >= 0 && !claimants.includes(mentions[body].entityId);
    // A possessive points at the person named last in its sentence: "Chinh said his country",
    // not "Vietnam ... her country" of someone the pack does not know.
    const folded = foldString(text.slice(m.start, m.end)).trim();
    const owned =
      isPossessive(folded) &&
      (j < 0 ||
        (flagsOf(slots[j]) & PERSON) === 0 ||
        /[.!?]/u.test(text.slice(mentions[j].end, m.start)));
    // Only as listed: a Polish ending makes "kraj" the plural "kraje".
    const inflected = (flagsOf(slots[i]) & POLISH) !== 0 && !isKindForm(folded);
    if (j < 0 || ambiguous || another || owned || inflected) {
      dropped.add(m);
      continue;
    }
    const german = isGermanForm(folded) || germanText(text, m.start);
    const named =
      !writtenOtherwise(text, m, german) &&
      !otherNameIn(text, mentions[j].end, m.start, mentions.slice(j + 1, i), german, states);
    if (!named) {
      dropped.add(m);
      continue;
    }
    // It is what the text named there: "Pinto ... haar land" is Ecuador, whatever the page named
    // last before.
    const by = mentions[j];
    const meant = claimants.filter((id) => by.entityId === id || by.evokes?.includes(id));
    m.entityId = meant[0];
    if (meant.length > 1) m.also = meant.slice(1);
    else delete m.also;
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    if (!dropped.has(mentions[i])) continue;
    mentions.splice(i, 1);
    slots.splice(i, 1);
  }
}
