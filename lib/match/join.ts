import { linkAfter, notOfAfter, wordAfter } from './next-words';
import type { Mention } from './types';

/** What joining needs to know of a mention's slot. */
export interface JoinRules {
  /** An event's name, which may go on with the name of what it is about. */
  event(slot: number): boolean;
  /** A name other things share ("ceremonia de firma"). */
  generic(slot: number): boolean;
  /** A document's or event's name, which an event's name may go on with. */
  subject(slot: number): boolean;
  /**
   * A body's name that the event's own name holds, which its name may go on with too ("der 14.
   * Parteitag" + "der Kommunistischen Partei").
   */
  heldBody(slot: number, event: number): boolean;
  /** A Polish name, whose genitive joins what follows with no word. */
  polish(slot: number): boolean;
}

// The words between an event and its subject: "signing ceremony of the Hanoi Convention",
// "cérémonie de signature de la Convention", "ondertekeningsceremonie van het Verdrag",
// "Zeremonie zur Unterzeichnung des Übereinkommens", or what it is on: "Conference on the",
// "conférence sur la", "conferencia sobre la", "conferentie over het", "Konferenz über das", "o",
// "về", "بشأن"; none in Polish, Vietnamese and Arabic, whose genitive or construct state needs no
// word ("ceremonia podpisania Konwencji").
const LINK =
  /^\s+(?:(?:of|for|on|about|de|du|des|del|sur|sobre|van|voor|over|von|für|zur|zum|der|des|über|o|w\s+sprawie|về|بشأن|حول)\s+(?:(?:the|la|las|los|el|le|les|het|de|die|der|des|dem|den|das)\s+)?|d['’]|de\s+l['’]|sur\s+l['’]|sobre\s+l['’])?$/iu;

/**
 * Joins what the press writes as one name but the catalogue holds in parts: a person's title
 * right before the person's name ("wiceprezydent Ekwadoru" + "Maria Jose Pinto"), and an event
 * before what it is about ("ceremonia podpisania" + "Konwencji z Hanoi"). The event's subject
 * stays a mention inside the joined one, one level deeper, as do the mentions inside it. (A
 * country before a person's name is left apart: "Przywódca Wietnamu To Lam" is not one name.)
 * `slots[i]` is the slot of `mentions[i]`; both are changed in place and returned.
 */
export function joinNames(text: string, mentions: Mention[], slots: number[], rules: JoinRules) {
  let held = -1;
  // The events joined to what they are about.
  const joined = new Set<Mention>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.depth > 0) continue;
    const h = held;
    held = i;
    if (h < 0) continue;
    const prev = mentions[h];
    const same = prev.entityId === m.entityId && !m.short;
    const subject = rules.subject(slots[i]);
    const event = rules.event(slots[h]) && (subject || rules.heldBody(slots[i], slots[h]));
    // Most neighbours are neither: their gap is not cut out of the text.
    if (!same && !event) continue;
    const gap = text.slice(prev.end, m.start);
    const sameEntity = same && /^\s+$/u.test(gap);
    // A body's name may still go on with what the event is about, which makes it another
    // event's: "la conferencia de alto nivel de la ONU sobre el agua".
    const eventOf = event && LINK.test(gap) && (subject || !linkAfter(text, m.end));
    if (!sameEntity && !eventOf) continue;
    prev.end = m.end;
    delete prev.short;
    let end = i + 1;
    while (end < mentions.length && mentions[end].depth > 0) end++;
    if (sameEntity) {
      // One name written in two parts: the second is no mention of its own.
      mentions.splice(i, 1);
      slots.splice(i, 1);
      end--;
    } else {
      for (let k = i; k < end; k++) mentions[k].depth++;
      joined.add(prev);
    }
    held = h;
    i = end - 1;
  }
  return dropOthersEvents(text, mentions, slots, rules, joined);
}

/**
 * Drops an event's name that other events share ("ceremonia de firma", "cérémonie de
 * signature", "ondertekeningsceremonie") where a link follows it and it was not joined to a name
 * of ours: "una ceremonia de firma de un acuerdo comercial" is another signing; so is a Polish one
 * followed by a word in small letters ("ceremonia podpisania umowy"). (Arabic and Vietnamese join
 * what follows with no word: those stay.)
 */
/**
 * Whether a word in small letters follows `end` after one space: in Polish, what an event is of
 * follows in the genitive with no link, "ceremonia podpisania umowy" (another agreement's), while
 * ours is a name ("Konwencji z Hanoi") or joined to one.
 */
function lowerWordAfter(text: string, end: number): boolean {
  if (text[end] !== ' ') return false;
  const word = /^\p{Ll}{3,}/u.exec(text.slice(end + 1, end + 25))?.[0];
  // A verb in the past tense is what the event did: "w panelach konferencji wysokiego szczebla
  // zabierali głos", "konferencja wysokiego szczebla wzmocniły".
  return word !== undefined && !PAST_TENSE.test(word);
}
const PAST_TENSE = /(?:ł|ła|ło|li|ły)$/u;

function dropOthersEvents(
  text: string,
  mentions: Mention[],
  slots: number[],
  rules: JoinRules,
  joined: Set<Mention>,
): Mention[] {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.depth > 0 || joined.has(m) || !rules.event(slots[i]) || !rules.generic(slots[i]))
      continue;
    if (!linkAfter(text, m.end) && !(rules.polish(slots[i]) && lowerWordAfter(text, m.end))) {
      continue;
    }
    // A link to a date says when: "de ondertekeningsceremonie van 25 oktober".
    if (notOfAfter(text, wordAfter(text, m.end)?.[1] ?? m.end)) continue;
    let end = i + 1;
    while (end < mentions.length && mentions[end].depth > 0) end++;
    mentions.splice(i, end - i);
    slots.splice(i, end - i);
    i--;
  }
  return mentions;
}
