import { LANGS } from '../dataset/types';
import { ANY_OF_KIND, ARTICLES, PLACE_KINDS } from '../lang/back-references';
import { isCalendarWord } from '../lang/calendar';
import { frequentAnywhere, isFrequentWord } from '../lang/frequent-words';
import { compoundsAfterVi, compoundsBefore, isCompoundAfter, isHeadWord } from '../lang/heads';
import { isBetweenWord, isConjunctionWord, isSeatWord } from '../lang/links';
import { OTHER_OFFICE } from '../lang/titles';
import { dutchAround, germanAround, polishAround } from './accept';
import {
  DESCRIBED,
  DOCUMENT,
  DUTCH,
  EVENT,
  EXCLUDE,
  GERMAN,
  KIND,
  OFFICE,
  PERSON,
  PLACE,
  POLISH,
  SHORT,
  TITLED,
} from './alias-table';
import { isUnName } from './body-forms';
import { ARTICLE_WORDS } from './body-words';
import { isLetterUnit, isLowerUnit, isSpaceUnit, isUpperUnit, isWordUnit } from './char-table';
import { isHyphen } from './continuation';
import { describedStart } from './described';
import { foldString } from './fold';
import {
  foldedWordAt,
  isCalendarAnywhere,
  isInlineSpace,
  isLinkWord,
  linkAfter,
  notOfAfter,
  OPENING_QUOTES,
  pastApostrophe,
  skipInlineSpace,
  wordAfter,
  wordBefore,
} from './next-words';
import { isPlaceWord, otherCountryAfter, placeAfter, romanceNationalityAfter } from './qualifiers';
import { languageWords, startsSentence, vietnameseAround, wordsAround } from './text-language';
import { titlePhrases, titleStart } from './title-before';

// Names' syllables that open sentences of French and Spanish as common words: "Son ministère"
// (his ministry), "Son muchos" (they are many). At a sentence's start in those languages, followed
// by a word in small letters, they are those words, unless the word is a verb the press writes after a name: "Son a
// déclaré", "Son afirmó", "Son said".
const ROMANCE_OPENERS = new Set(['son']);
const ROMANCE_WORDS = languageWords(
  'la|le|les|des|du|au|aux|est|une|dans|pour|et|los|las|del|el|una|para|por|que|y',
);
const NAME_VERBS = new Set(
  [
    'a|avait|est|était|sera|dit|déclare|affirme|estime|souligne|ajoute|indique|explique|rappelle|précise|juge',
    'dijo|afirmó|señaló|explicó|indicó|aseguró|destacó|subrayó|añadió|agregó|es|fue|ha|había|será',
    'said|says|told|added|noted|stressed|was|is|has|had|will|also|then',
  ].flatMap((list) => list.split('|')),
);

// The last text asked, as short forms of one text are checked one after another.
let proseText = '';
let prose = false;

/**
 * Whether the text is prose: a word of four lower-case letters after white space somewhere. A
 * headline in title case capitalises every word: "As Guterres Arrives".
 */
function inProse(text: string): boolean {
  if (text === proseText) return prose;
  proseText = text;
  prose = false;
  let lower = -1;
  for (let i = 0; i < text.length && !prose; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceUnit(c)) lower = 0;
    else if (lower >= 0 && isLowerUnit(c)) prose = ++lower >= 4;
    else lower = -1;
  }
  return prose;
}

/** Whether the word after the spaces at `end` starts with a capital and a small letter. */
function capitalAfter(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  return i > end && isUpperUnit(text.charCodeAt(i)) && isLowerUnit(text.charCodeAt(i + 1));
}

/**
 * Whether a holder's name follows an office `found` at `end` in prose: a capitalised word after
 * an office of several words, or two (a given name and a surname, "Jean-Pierre Lacroix") after
 * any, not a time ("Ende Oktober"); in German, whose nouns take capitals, only two ("der
 * Portugiese Cristiano Ronaldo"). A French or Spanish adjective of nationality may stand between
 * ("el presidente ecuatoriano Daniel Noboa").
 */
function nameAfterOffice(found: string, flags: number, text: string, at: number): boolean {
  // Past an adjective of nationality: "el presidente ecuatoriano Daniel Noboa".
  const adjective = romanceNationalityAfter(text, at);
  const end = adjective < 0 ? at : adjective;
  if (!capitalAfter(text, end)) return false;
  let two = (flags & GERMAN) === 0 && found.includes(' ');
  if (!two) {
    let i = end;
    while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
    const first = i;
    while (i < text.length && (isWordUnit(text.charCodeAt(i)) || isHyphen(text.charCodeAt(i)))) i++;
    // A time, not a name: "der Portugiese Ende Oktober", "am Montag".
    two = capitalAfter(text, i) && !isTimeWord(text.slice(first, i));
  }
  return two && inProse(text);
}

// German words that open a time rather than a name: "Anfang", "Mitte", "Ende" (of a month).
const TIME_OPENERS = new Set(['anfang', 'mitte', 'ende']);

function isTimeWord(word: string): boolean {
  const folded = foldString(word).trim();
  return TIME_OPENERS.has(folded) || isCalendarWord(folded, 'de');
}

/**
 * Whether a capitalised word stands right before `start` inside a sentence, as a given name
 * before a surname does ("Ahmed Waly"); not one that starts a sentence ("Later Waly said").
 */
function nameWordBefore(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  if (i === start) return false;
  const end = i;
  while (i > 0 && isWordUnit(text.charCodeAt(i - 1))) i--;
  if (end - i < 2 || !isUpperUnit(text.charCodeAt(i)) || !isLowerUnit(text.charCodeAt(i + 1))) {
    return false;
  }
  // A noun German writes with a capital is no given name: "auf dessen Einladung Guterres", nor
  // is a month's or a weekday's name: "On 25 October Guterres was received".
  if (startsSentence(text, i)) return false;
  const word = text.slice(i, end);
  if (NOUN_ENDING.test(word)) return false;
  // Nor a place's name or a word made from it: "Vietnams Staatschef", "Ecuadors Vizepräsidentin".
  if (isPlaceWord(word)) return false;
  const folded = foldString(word);
  return !isCalendarAnywhere(folded);
}
const NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|tät|nis)$/u;

/**
 * Whether what follows a head word makes it the head of another name: a capitalised word
 * ("Konwencją Budapesztańską", "the Convention Center") or a link ("la convention sur le
 * climat", "công ước về thương mại", "the treaty on ..."), or a word that makes a title with it
 * ("the Party chief"). The press points back with the head word alone.
 */
function headOfAnother(text: string, start: number, end: number, flags: number): boolean {
  const polish = (flags & POLISH) !== 0;
  // A quotation right after that opens with a capital names the thing: 'sự kiện "Con đường tới
  // Hà Nội"', not 'called the convention "a powerful instrument"'.
  const quote = skipInlineSpace(text, end);
  if (
    OPENING_QUOTES.has(text.charCodeAt(quote)) &&
    isUpperUnit(text.charCodeAt(skipInlineSpace(text, quote + 1)))
  ) {
    return true;
  }
  if (pluralBefore(text, start) && vietnameseAround(text, start, end)) return true;
  const next = wordAfter(text, end);
  if (!next) return false;
  const [from] = next;
  let [, to] = next;
  // The head and the word after it make a person's title: "the Party chief".
  const head = foldString(text.slice(start, end)).trim();
  const last = head.slice(head.lastIndexOf(' ') + 1);
  if (titlePhrases().has(`${last} ${foldString(text.slice(from, to)).trim()}`)) return true;
  if (isLowerUnit(text.charCodeAt(from))) {
    // A hyphenated adjective is read whole: "sud-coréen".
    if (text.charCodeAt(to) === 0x2d) {
      let after = to + 1;
      while (after < text.length && after - from < 24 && isWordUnit(text.charCodeAt(after)))
        after++;
      if (after > to + 1) to = after;
    }
    const word = text.slice(from, to);
    if (
      polish &&
      (PLACE_ADJECTIVE.test(word) || KIND_ADJECTIVE.test(word)) &&
      agreesInPolish(text.slice(start, end), word)
    ) {
      return true;
    }
    const romance = romanceArticleAt(text, start) && !frequentAnywhere(foldString(word));
    if (romance && !isPlaceWord(word)) {
      if (ROMANCE_ADJECTIVE.test(word)) return true;
      // Any other word between the head and a link to a capitalised name, but a participle,
      // qualifies the head: "du ministère russe des Affaires étrangères", not "la convention
      // signée par la France" nor "ce comité avait pour vice-présidents".
      if (!PARTICIPLE.test(word) && linkAfter(text, to) && nameAfterLink(text, to)) return true;
    }
  }
  if (capitalAfter(text, end) && inProse(text)) return true;
  // The UN's acronym may stand between the head and the link: "konwencja ONZ w sprawie zmian
  // klimatu" is another of the UN's.
  if (isUnName(foldString(text.slice(from, next[1])))) {
    const beyond = wordAfter(text, next[1]);
    if (!beyond) return false;
    return linkAfter(text, next[1]) && !notOfAfter(text, beyond[1]) && !placeAfter(text, beyond[1]);
  }
  // A treaty between parties is another, a bilateral one: "the agreement between the EU and
  // Vietnam", "het akkoord tussen de EU en Vietnam".
  if ((flags & DOCUMENT) !== 0 && isBetweenWord(foldString(text.slice(from, next[1])).trim())) {
    // Parties after it, a name or an article (in a script without capitals, any word); not a
    // time nor a verb ("entre 2019 y 2024", "entre en vigueur").
    const party = wordAfter(text, next[1]);
    const first = party ? text.charCodeAt(party[0]) : 0;
    const word = party ? foldString(text.slice(party[0], party[1])).trim() : '';
    const caseless = isLetterUnit(first) && !isUpperUnit(first) && !isLowerUnit(first);
    if (
      party &&
      (isUpperUnit(first) || caseless || ARTICLE_WORDS.has(word) || PARTY_OPENERS.has(word))
    )
      return true;
  }
  // A link to one of the pack's places says for whom: "signed the convention for Vietnam"; but
  // after a place's own short form it says whose it is ("de hoofdstad van Ecuador").
  const forWhomPlace = (flags & PLACE) === 0 && placeAfter(text, to);
  if (!linkAfter(text, end) || notOfAfter(text, to) || forWhomPlace) return false;
  // "of" makes a place's short form another place's ("the capital of Laos"), another link only
  // before a name ("the host country for COP31", not "thanked the host country for its work").
  if ((flags & PLACE) !== 0 && !GENITIVE_LINKS.has(foldString(text.slice(from, next[1])).trim())) {
    const named = wordAfter(text, next[1]);
    if (named === null || !isUpperUnit(text.charCodeAt(named[0]))) return false;
    // Not one of the pack's places, nor initials: "thanked the host country for Hanoi's
    // hospitality", "for ASEAN partners" (but "the host country for COP31").
    const word = text.slice(named[0], named[1]);
    return !isPlaceWord(word) && !/^\p{Lu}+$/u.test(word);
  }
  // German and Dutch name a document or an event with "über", "inzake" or the genitive; "für"
  // and "voor" say for whom: "die Konvention für die Union", "het verdrag voor de Unie".
  const thing = (flags & (DOCUMENT | EVENT)) !== 0;
  return !(thing && forWhom(text, end));
}

// What opens parties' names after "between" beside the articles (ARTICLE_WORDS), folded:
// "zwischen der EU", "giữa các nước", "giữa hai nước" (các folded).
const PARTY_OPENERS = new Set(['der', 'cac', 'hai']);

// What a chief may be the chief of, written after it in English.
const CHIEF_OF = new Set([
  'negotiator',
  'economist',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'scientist',
  'prosecutor',
  'inspector',
  'executive',
  'of',
]);

/** Whether a seat word and a capitalised word follow `end`: "tại Việt Nam", "en Ecuador". */
function seatAfter(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  if (!next || next[0] !== skipInlineSpace(text, end)) return false;
  if (!isSeatWord(foldString(text.slice(next[0], next[1])).trim())) return false;
  const place = wordAfter(text, next[1]);
  return place !== null && isUpperUnit(text.charCodeAt(place[0]));
}

/** Whether a title ending in "chief" goes on with what it is chief of: "UN chief economist". */
function chiefOfWhat(text: string, end: number): boolean {
  if (!/chief$/iu.test(text.slice(Math.max(0, end - 5), end))) return false;
  const next = wordAfter(text, end);
  return next !== null && CHIEF_OF.has(text.slice(next[0], next[1]).toLowerCase());
}

/** Whether German "für" or Dutch "voor", in text of its language, follows `end`. */
function forWhom(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  if (next === null) return false;
  const word = text.slice(next[0], next[1]);
  if (word === 'für') return germanAround(text, end, next[1]);
  return word === 'voor' && dutchAround(text, end, next[1]);
}

/**
 * Whether a Vietnamese word for many or a number stands before the head word, which has no plural
 * of its own: "các sự kiện liên quan", "8 sự kiện bên lề" are other things of the kind (asked in
 * Vietnamese text only: "Artikel 64 der Konvention").
 */
function pluralBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (!word) return false;
  const before = text.slice(word[0], word[1]);
  return /^\d+$/u.test(before) || VIETNAMESE_PLURALS.has(before.toLowerCase());
}
const VIETNAMESE_PLURALS = new Set(['các', 'những', 'nhiều', 'mọi', 'vài', 'mấy', 'hai', 'ba']);

/**
 * Whether the head word at [start, end) is part of a compound that names a place or a part of
 * the thing, or another thing of the kind: "the conference centre", "trung tâm hội nghị", "văn
 * kiện phê chuẩn".
 */
function inCompound(text: string, start: number, end: number): boolean {
  const [word] = foldedWordAt(text, skipInlineSpace(text, end));
  if (word && isCompoundAfter(word)) return true;
  const next = foldString(text.slice(end, end + 24));
  const compound = (words: string) =>
    next.startsWith(` ${words}`) && !/\p{L}/u.test(next.charAt(words.length + 1));
  if (compoundsAfterVi().some(compound)) return true;
  const folded = foldString(text.slice(Math.max(0, start - 24), start));
  return compoundsBefore().some((words) => folded.endsWith(` ${words} `) || folded === `${words} `);
}

/** Whether a link follows `end` that says what of, not when ("of the Assembly", not "on Monday"). */
function titleLinked(text: string, end: number): boolean {
  return linkAfter(text, end) && !notOfAfter(text, wordAfter(text, end)?.[1] ?? end);
}

const otherOfficeWords = (side: 'before' | 'after') =>
  new Set(
    LANGS.flatMap((lang) => OTHER_OFFICE[lang][side].split(', ').filter(Boolean).map(foldString)),
  );
let officeWordsBefore: Set<string> | undefined;
let officeWordsAfter: Set<string> | undefined;

/**
 * Whether a word beside a title makes it another office (OTHER_OFFICE: "deputy Secretary-General",
 * "secrétaire général adjoint"), or an Arabic link written into the next word says whose it is:
 * "الأمين العام لجامعة الدول العربية".
 */
function otherOffice(text: string, start: number, end: number): boolean {
  if (otherHolder(text, start, end)) return true;
  const after = wordAfter(text, end);
  if (!after) return false;
  const next = foldString(text.slice(after[0], after[1]));
  return next.length >= 4 && next.charCodeAt(0) === LAM && !isFrequentWord(next, 'ar');
}

/**
 * Whether a word beside a title makes it another holder's: a deputy's, a former one's, the one
 * at the time told of (OTHER_OFFICE). Read beside a title with its body too ("el entonces
 * secretario general de la ONU").
 */
export function otherHolder(text: string, start: number, end: number): boolean {
  officeWordsBefore ??= otherOfficeWords('before');
  officeWordsAfter ??= otherOfficeWords('after');
  const before = wordBefore(text, start);
  if (before && officeWordsBefore.has(foldString(text.slice(before[0], before[1])))) return true;
  const after = wordAfter(text, end);
  return after !== null && officeWordsAfter.has(foldString(text.slice(after[0], after[1])));
}

const DUTCH_TITLE_LINKS = new Set(['van', 'minister', 'ministers']);

/**
 * Whether a Dutch body's name in capitals follows "van" or "minister": a minister's field
 * ("minister van Buitenlandse Zaken", "Minister Van Weel van Buitenlandse Zaken"), which names
 * the minister's own ministry, not the one named before ("Defensie" of "ministerie van Defensie").
 */
function dutchTitleField(text: string, start: number, flags: number): boolean {
  if ((flags & DUTCH) === 0 || !isUpperUnit(text.charCodeAt(start))) return false;
  const before = wordBefore(text, start);
  return !!before && DUTCH_TITLE_LINKS.has(text.slice(before[0], before[1]).toLowerCase());
}

/**
 * Whether an Arabic body's short form goes on with what it is for, a noun joined to ل, or
 * "المعني": it heads another body's name then ("المكتب الأممي لحقوق الإنسان", "المكتب المعني
 * بالمخدرات").
 */
function arabicPurposeAfter(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first < 0x600 || first > 0x6ff) return false;
  let next = wordAfter(text, end);
  // Past the UN's adjective: "المكتب" of "المكتب الأممي لحقوق الإنسان".
  if (next && /^الأممي/u.test(text.slice(next[0], next[1]))) next = wordAfter(text, next[1]);
  if (!next) return false;
  const word = text.slice(next[0], next[1]);
  return (
    (word.length >= 4 && /^ل(?:ل|[^ا])/u.test(word)) || word === 'المعني' || word === 'المعنية'
  );
}

/**
 * Whether an Arabic body's head word or a title comes right before `start`, joined to what
 * follows as its owner: "دائرة المراسم", "رئيس المراسم" name the protocol office, not the
 * ceremony.
 */
function arabicOfficeBefore(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  if (!before) return false;
  const first = text.charCodeAt(before[0]);
  if (first < 0x600 || first > 0x6ff) return false;
  const folded = foldString(text.slice(before[0], before[1]));
  return isHeadWord(folded, 'ar') || titlePhrases().has(folded);
}

/**
 * Whether a body's head word, a one-word link and perhaps an article come right before `start`:
 * "Office of the President", "Bureau du président", "Kantoor van de President" name an office,
 * not its holder ("at the invitation of the President", "lời mời của Chủ tịch nước" do).
 */
function officeBefore(text: string, start: number): boolean {
  let word = wordBefore(text, start);
  if (word && ARTICLE_WORDS.has(foldString(text.slice(word[0], word[1])))) {
    word = wordBefore(text, word[0]);
  }
  if (word === null || !isLinkWord(foldString(text.slice(word[0], word[1])))) return false;
  const head = wordBefore(text, word[0]);
  if (head === null) return false;
  const last = foldString(text.slice(head[0], head[1]));
  const before = wordBefore(text, head[0]);
  const pair = before && `${foldString(text.slice(before[0], before[1]))} ${last}`;
  return LANGS.some((lang) => isHeadWord(last, lang) || (!!pair && isHeadWord(pair, lang)));
}

// The French and Spanish articles a head word is pointed back with ("le Comité", "del tratado").
// The articles of back-references.ts, with the plural ones.
const ROMANCE_ARTICLES = new Set([...ARTICLES.fr, ...ARTICLES.es, 'les', 'los', 'las', 'des']);
function romanceArticleAt(text: string, start: number): boolean {
  const head = text.slice(start, start + 6).toLowerCase();
  if (/^l['’]/u.test(head)) return true;
  const space = head.search(/\s/u);
  return space > 0 && ROMANCE_ARTICLES.has(head.slice(0, space));
}

/** Whether a capitalised word follows the link after `end`, an article between them or not. */
function nameAfterLink(text: string, end: number): boolean {
  let next = wordAfter(text, end);
  for (let i = 0; i < 2 && next && !isUpperUnit(text.charCodeAt(next[0])); i++) {
    const word = foldString(text.slice(next[0], next[1]));
    if (!isLinkWord(word) && !ARTICLE_WORDS.has(word)) return false;
    next = wordAfter(text, pastApostrophe(text, next[1]));
  }
  return next !== null && isUpperUnit(text.charCodeAt(next[0]));
}

// The links that say whose a thing is, folded.
const GENITIVE_LINKS = new Set(['of', 'de', 'd', 'del', 'du', 'des', 'van', 'von', 'vom', 'der']);

// French and Spanish participles, which say what was done with the thing, not which it is.
const PARTICIPLE = /(?:ée?s?|i[es]?|ies|ue?s?|ado|ada|ados|adas|ido|ida|idos|idas|to|ta)$/u;

/**
 * A French or Spanish adjective of kind or of a country, after the head word it goes with: "le
 * Comité populaire", "la conférence régionale", "le ministère chinois", "el comité ejecutivo",
 * "la ceremonia oficial". It names another thing of the kind. Past participles and the endings
 * verbs share are left out: "la convention adoptée", "el tratado firmado", "la convención
 * tipifica", "le comité appelle" still point back.
 */
const ROMANCE_ADJECTIVE =
  /(?:aires?|ale?s?|aux|[iur]elles?|els|iques|ifs?|ives?|eux|euses?|iens?|iennes?|aises?|oise?s?|an[oa]s?|icos|icas|iv[oa]s?|os[oa]s?|enses?|ari[oa]s?|ares?)$/u;

/**
 * A Polish adjective made from a place's name, in any case, written in lower case after its
 * noun: "konwencja budapeszteńska", "Konwencji europejskiej", "umowa paryska". It names another
 * thing of the kind.
 */
const PLACE_ADJECTIVE = /[sc]k(?:a|iej|ą|i|iego|iemu|im|ie)$/;

/**
 * A Polish adjective of kind (-owy, -ny after a consonant) in any case, in small letters after the
 * head word: "konferencji prasowej", "traktatu handlowego". It too names another thing of the
 * kind.
 */
const KIND_ADJECTIVE = /(?:ow|[^aeiouyąęó]n)(?:a|ą|e|ej|ego|emu|i|y|ym|ymi|ych)$/;

/**
 * Whether a Polish adjective may agree with the feminine head word before it: the accusative
 * and the instrumental ("konwencję", "konwencją") take "-ą", the nominative "-a". One that
 * cannot goes with the next noun: "nazwała konwencję historycznym krokiem".
 */
function agreesInPolish(head: string, adjective: string): boolean {
  const last = head[head.length - 1];
  if (last === 'ę' || last === 'ą') return adjective.endsWith('ą');
  if (last === 'a') return adjective.endsWith('a');
  // -i of a feminine noun (genitive, dative, locative) takes -ej: "konwencji historycznym
  // kamieniem" goes with the next noun.
  if (last === 'i' && head.endsWith('ji')) return adjective.endsWith('ej');
  return true;
}

/**
 * Whether a given name written in Arabic letters is too long to be a common Arabic word: four
 * letters or more (the short ones, "لام", "نام", "سون", are words too) and none of the commonest.
 */
function foreignToArabic(found: string): boolean {
  const folded = foldString(found);
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c < 0x620 || c > 0x64a) return false;
  }
  return folded.length >= 4 && !isFrequentWord(folded, 'ar');
}

/**
 * Whether an Arabic word is one of the commonest after a one-letter clitic, told by the hamza on
 * the alef that follows it, which a name's alef has not: "وإلى", "وأن".
 */
function cliticWord(found: string): boolean {
  const first = found.charCodeAt(0);
  if (first !== WAW && first !== FEH && first !== BEH && first !== LAM) return false;
  const second = found.charCodeAt(1);
  if (second !== 0x623 && second !== 0x625 && second !== 0x622) return false;
  return isFrequentWord(foldString(found.slice(1)), 'ar');
}
const WAW = 0x648;
const FEH = 0x641;
const BEH = 0x628;
const LAM = 0x644;

/**
 * Where a short form found at [start, end) of `text` begins, or -1 where it may not count (the
 * page still decides whether the full name came first): a Vietnamese given name needs a title
 * before it in Vietnamese text ("ông Cường") and in a script without capitals, and a person's one-word short form next to a
 * capitalised word is part of a longer name ("Lam Dong", "Pinto Cevallos", "Trung Quốc", "met
 * Nguyen Van Cuong"), unless the text is in capitals or title case or the word before starts a
 * sentence; so is an event's or a document's head word before a capitalised word or a link. A
 * person's short form begins at its title, as the full name does ("President Cuong").
 */
export function shortStart(flags: number, found: string, text: string, start: number, end: number) {
  if ((flags & SHORT) === 0 || (flags & EXCLUDE) !== 0) return start;
  const person = (flags & PERSON) !== 0;
  const title = person || (flags & TITLED) !== 0 ? titleStart(text, start) : -1;
  // A Vietnamese given name is a common word of Vietnamese ("Chính phủ", "Trung ương"): in
  // Vietnamese text it needs its title; elsewhere it is how the press points back ("Chinh said"),
  // but in a script without capitals it may be any word ("لام", blamed), so it needs one there too.
  // A longer one is no Arabic word ("كوونغ", "تشينه"): it counts without a title.
  if ((flags & TITLED) !== 0 && title < 0) {
    const cased = isUpperUnit(text.charCodeAt(start)) || isLowerUnit(text.charCodeAt(start));
    if (cased ? vietnameseAround(text, start, end) : !foreignToArabic(found)) return -1;
  }
  if (!person) {
    // Either end of a compound with a hyphen is part of another thing: "ratificatie-instrument",
    // "la Convention-cadre des Nations unies sur les changements climatiques".
    if (start > 1 && isHyphen(text.charCodeAt(start - 1)) && isWordUnit(text.charCodeAt(start - 2)))
      return -1;
    if (isHyphen(text.charCodeAt(end)) && isLetterUnit(text.charCodeAt(end + 1))) return -1;
    // A head word alone is a word of other languages too: Polish "instrument" and "pakt" are
    // English, French and German ones ("the 40th instrument of ratification").
    if (!found.includes(' ') && !inOwnLanguage(flags, text, start, end)) return -1;
    const from = (flags & DESCRIBED) !== 0 ? describedStart(text, start, flags) : start;
    const body = (flags & (DOCUMENT | EVENT | PLACE)) === 0;
    // What a place or a body is ("the country", "his ministry"), not its other short forms: "The
    // host country, Prime Minister Pham Minh Chinh said, ...".
    const kind = (flags & KIND) !== 0;
    return from < 0 ||
      (kind &&
        (anyOfKind(text, start) ||
          appositionAfter(text, end) ||
          otherPlaceAfter(text, end) ||
          (isCityWord(found) && otherPlaceBefore(text, start)))) ||
      headOfAnother(text, start, end, flags) ||
      inCompound(text, start, end) ||
      arabicOfficeBefore(text, start) ||
      (body && arabicPurposeAfter(text, start, end)) ||
      (body && dutchTitleField(text, start, flags))
      ? -1
      : from;
  }
  // A title alone after or before a link names an office, or another's: "Office of the
  // President", "President of the General Assembly".
  if ((flags & OFFICE) !== 0 && (officeBefore(text, start) || titleLinked(text, end))) return -1;
  // A title another country's adjective follows is that country's: "رئيس الوزراء البولندي".
  if ((flags & OFFICE) !== 0 && otherCountryAfter(text, end)) return -1;
  // An office's holder in a place is another's ("người đứng đầu LHQ tại Việt Nam", "la jefa de
  // las Naciones Unidas en Ecuador"), and a chief followed by what of is another office ("the
  // UN chief economist").
  if ((flags & OFFICE) !== 0 && (seatAfter(text, end) || chiefOfWhat(text, end))) return -1;
  // A deputy's or a former holder's title is another office: "secrétaire général adjoint".
  if ((flags & OFFICE) !== 0 && otherOffice(text, start, end)) return -1;
  // A name after an office of several words is the holder's, another's: "Bộ trưởng Bộ Công an
  // Lào Vilay Lakhamfong", "Prime Minister Anthony Albanese". In German, which writes its nouns
  // with capitals, only a name of two words ("der Portugiese Cristiano Ronaldo").
  if ((flags & OFFICE) !== 0 && nameAfterOffice(found, flags, text, end)) return -1;
  // A title with another after "and" and a name after both is that person's: "wicepremier i
  // minister cyfryzacji Krzysztof Gawkowski".
  if ((flags & OFFICE) !== 0 && holderAfterAnd(text, end) && inProse(text)) return -1;
  // A title with a name in apposition is that person's, named there: "la vicepresidenta
  // vietnamita, Vo Thi Anh Xuan", "el secretario general, To Lam".
  if ((flags & OFFICE) !== 0 && appositionAfter(text, end) && inProse(text)) return -1;
  // A title joined by a hyphen to the word before is a longer title: "vice-présidente".
  if ((flags & OFFICE) !== 0 && start > 0 && isHyphen(text.charCodeAt(start - 1))) return -1;
  const oneWord = !found.includes(' ');
  // An Arabic word with a conjunction or preposition before it may fold to a surname: "وإلى"
  // (and to) is "والي" (Waly).
  if (oneWord && cliticWord(found)) return -1;
  // A title of one word is a common word of another language: Polish and Dutch "premier" is
  // French "first". It names the person in its own language's text only.
  if ((flags & OFFICE) !== 0 && oneWord && !inOwnLanguage(flags, text, start, end)) return -1;
  if (
    oneWord &&
    title < 0 &&
    ROMANCE_OPENERS.has(foldString(found).trim()) &&
    startsSentence(text, start) &&
    commonWordAfter(text, end) &&
    wordsAround(text, start, end, ROMANCE_WORDS)
  ) {
    return -1;
  }
  // A German genitive is followed by its noun, capitalised: "aus Walys Umfeld".
  const genitive = found.endsWith('s') && germanAround(text, start, end);
  const inName =
    (capitalAfter(text, end) && !genitive) || (title < 0 && nameWordBefore(text, start));
  if (oneWord && inName && inProse(text)) return -1;
  return title >= 0 ? title : start;
}

/**
 * Whether a comma and a capitalised name other than the pack's places follow a place's short
 * form: "her country, Egypt, has signed" names that one.
 */
function otherPlaceAfter(text: string, end: number): boolean {
  let at = end;
  // Past an adjective: "el país vecino, Camboya", "la ville lumière, Paris".
  const adjective = wordAfter(text, at);
  if (adjective && isLowerUnit(text.charCodeAt(adjective[0]))) at = adjective[1];
  if (text.charCodeAt(at) !== COMMA) return false;
  const next = wordAfter(text, at + 1);
  if (!next || !isUpperUnit(text.charCodeAt(next[0]))) return false;
  return !isPlaceWord(text.slice(next[0], next[1]));
}

/**
 * Whether the text before `start` names a place the pack does not know, a capitalised word after
 * "in" or "to" ("Pinto regresó luego a Quito. En la capital ...", "vloog naar Brussel. In de
 * hoofdstad"): "the capital" or "the city" after it may be that place, or the one the page is
 * written in. Not a date ("in October"), nor initials ("a UN official").
 */
function otherPlaceBefore(text: string, start: number): boolean {
  const words = [...text.slice(0, start).matchAll(WORDS)].map(([word]) => word);
  for (let k = 1; k < words.length; k++) {
    const folded = foldString(words[k - 1]).trim();
    if (!isSeatWord(folded) && !TOWARDS.has(folded)) continue;
    // The capitalised words after it, as one name ("Hà Nội").
    let name = '';
    for (let n = k; n < words.length && /^\p{Lu}\p{Ll}/u.test(words[n]); n++) {
      name += `${name ? ' ' : ''}${words[n]}`;
    }
    if (name && !isPlaceWord(name) && !isCalendarAnywhere(foldString(words[k]).trim())) {
      return true;
    }
  }
  return false;
}
const WORDS = /[\p{L}\p{M}]+/gu;
// "to" before a place, folded: "vloog naar Brussel", "regresó a Quito".
const TOWARDS = new Set(['to', 'naar', 'nach', 'a', 'do']);

let cityWords: ReadonlySet<string> | undefined;

/** Whether a place's short form is its kind word for a capital or a city ("la capitale"). */
function isCityWord(found: string): boolean {
  cityWords ??= new Set(
    [...Object.values(PLACE_KINDS.capital), ...Object.values(PLACE_KINDS.city)]
      .flat()
      .map((word) => foldString(word).trim()),
  );
  return cityWords.has(foldString(found).trim());
}

/** Whether a word in small letters that is no verb of a name's follows `end` (NAME_VERBS). */
function commonWordAfter(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  if (!next || !isLowerUnit(text.charCodeAt(next[0]))) return false;
  return !NAME_VERBS.has(text.slice(next[0], next[1]));
}

/**
 * Whether the word before `start` makes a place's kind word any of the kind (ANY_OF_KIND):
 * "każdy kraj", "một đất nước". Polish possessives are the same word in small letters as a name
 * ("jego", "jej").
 */
function anyOfKind(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  return before !== null && ANY_OF_KIND.has(text.slice(before[0], before[1]).toLowerCase());
}

/**
 * Whether "and", then words in small letters (another title) and a name follow `end`: the
 * titles of the one named there. A name is two capitalised words: one is as often a body's
 * ("en het ministerie van Financiën").
 */
function holderAfterAnd(text: string, end: number): boolean {
  const and = wordAfter(text, end);
  if (!and || !isConjunctionWord(foldString(text.slice(and[0], and[1])))) return false;
  let at = and[1];
  for (let words = 0; words < HOLDER_TITLE_WORDS; words++) {
    const next = wordAfter(text, at);
    if (!next) return false;
    if (isUpperUnit(text.charCodeAt(next[0]))) return words > 0 && capitalisedAfter(text, next[1]);
    at = next[1];
  }
  return false;
}
const HOLDER_TITLE_WORDS = 4;

/** Whether the word after the inline spaces at `end` begins with a capital. */
function capitalisedAfter(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  return next !== null && isUpperUnit(text.charCodeAt(next[0]));
}

/**
 * Whether a comma and two capitalised words follow `end`, past one word in small letters (an
 * adjective): a name in apposition. One capitalised word starts a clause as often ("Theo Bộ
 * trưởng, Hội nghị …"), and so does every name in Vietnamese, which puts no comma between a
 * title and its holder.
 */
export function appositionAfter(text: string, end: number): boolean {
  let at = end;
  const next = wordAfter(text, at);
  if (next && next[0] === skipInlineSpace(text, at) && isLowerUnit(text.charCodeAt(next[0]))) {
    at = next[1];
  }
  if (text.charCodeAt(at) !== COMMA || vietnameseAround(text, end, at)) return false;
  const first = wordAfter(text, at + 1);
  return (
    first !== null && isUpperUnit(text.charCodeAt(first[0])) && capitalisedAfter(text, first[1])
  );
}
const COMMA = 0x2c;

/** Whether the text around [start, end) is in the language of a Polish, Dutch or German form. */
function inOwnLanguage(flags: number, text: string, start: number, end: number): boolean {
  if ((flags & POLISH) !== 0) return polishAround(text, start, end);
  if ((flags & DUTCH) !== 0) return dutchAround(text, start, end);
  if ((flags & GERMAN) !== 0) return germanAround(text, start, end);
  return true;
}

/** The other entities of the short forms found at the same place as `index`'s (flat triples). */
export function sharedBy(
  candidates: readonly number[],
  index: number,
  entityOf: (slot: number) => string,
  short: (slot: number) => boolean,
): string[] | undefined {
  const own = entityOf(candidates[index + 2]);
  let also: string[] | undefined;
  for (let i = 0; i < candidates.length; i += 3) {
    if (candidates[i] !== candidates[index] || candidates[i + 1] !== candidates[index + 1])
      continue;
    const slot = candidates[i + 2];
    const entity = entityOf(slot);
    if (entity === own || !short(slot) || also?.includes(entity)) continue;
    also ??= [];
    also.push(entity);
  }
  return also;
}

/**
 * Drops, in place, the short forms that cross a full name going on after them: "Het Verdrag" is
 * the start of "Het Verdrag van Hanoi", where the full name is the mention. `candidates` are flat
 * triples (start, end, slot). `holds(short, full, same)` says whether a short form keeps a full
 * name it holds to its end (`same`) or that goes on after it: a person's office ends on its
 * body's name ("Bộ trưởng Bộ Công an") and names its country ("chef de l'État vietnamien"), but
 * "secrétaire général du Parti" of "... du Parti communiste du Vietnam" is no mention.
 */
export function dropCrossingShortForms(
  candidates: number[],
  short: (slot: number) => boolean,
  holds: (short: number, full: number, same: boolean) => boolean = () => false,
) {
  let out = 0;
  for (let i = 0; i < candidates.length; i += 3) {
    const [start, end, slot] = [candidates[i], candidates[i + 1], candidates[i + 2]];
    let crossed = false;
    if (short(slot)) {
      // A full name inside it that ends where it does is the mention too ("de
      // ondertekeningsceremonie" holds "ondertekeningsceremonie").
      for (let j = 0; j < candidates.length && !crossed; j += 3) {
        const full = candidates[j + 2];
        crossed =
          !short(full) &&
          candidates[j] < end &&
          candidates[j + 1] >= end &&
          candidates[j] >= start &&
          !holds(slot, full, candidates[j + 1] === end);
      }
    }
    if (crossed) continue;
    candidates[out++] = start;
    candidates[out++] = end;
    candidates[out++] = slot;
  }
  candidates.length = out;
}
