import type { Lang } from '../dataset/types';
import { isCalendarWord } from '../lang/calendar';
import { isConjunctionWord } from '../lang/links';
import type { Page } from './accept';
import {
  ARABIC_PLACE_EVENTS,
  EVENT_HEAD_WORDS,
  HEAD_WORDS,
  PURPOSE_WORDS,
  TREATY_HEAD_WORDS,
} from './body-words';
import { caseOf } from './char-table';
import {
  caseAt,
  germanText,
  headsTreaty,
  isArticle,
  isCapitals,
  isDayWord,
  isFundWord,
  isHeadAt,
  isHeadWord,
  isInlineGap,
  isPreposition,
  isShortHead,
  isWarWord,
  isWeakHead,
  LOWER,
  mayBeWar,
  mayOpenHead,
  opensHeadWords,
  SPACE,
  treatyCompound,
  UPPER,
  vietnameseWord,
  type Word,
  wordFrom,
  wordsBefore,
  wordText,
} from './name-words';
import { startsSentence } from './text-language';

// Whether a place's or a body's name is part of a longer proper name of something else, read
// from what comes before it: another body's head word ("Fonds des Nations unies", "برنامج الأمم
// المتحدة"), or a head word of its own followed by a purpose. What comes after it is read in
// continuation.ts.

const LAM = 0x644;
// Heads of up to three words ("dai su quan"); at most two words of a name between its head and
// what it is named after ("Conseil de sécurité de l'ONU", "Programme alimentaire mondial des
// Nations unies"): further back, a word is more likely the sentence's than the name's.
const HEAD_SPAN = 3;
const BETWEEN = 2;

const WAW = 0x648;
const FEH = 0x641;
const PROCLITICS = [0x628, 0x644, 0x643]; // ب ل ك

const ALEF = 0x627;

/**
 * Whether the Arabic word is a head word behind what may be joined to its front: a conjunction,
 * a preposition, the article ("وبرنامج", "لصندوق", "المفوضية", "للمفوضية"). Each is tried, as a
 * head word may begin with the same letter ("برنامج").
 */
function arabicHead(codes: Uint16Array, w: Word): boolean {
  let start = w.start;
  if (codes[start] === WAW || codes[start] === FEH) start++;
  for (let k = start; k <= start + 3 && w.end - k >= 3; k++) {
    const joined =
      k === start ||
      (k === start + 1 && PROCLITICS.includes(codes[start])) ||
      (k === start + 2 && codes[start] === ALEF && codes[start + 1] === LAM) ||
      (k === start + 2 && codes[start] === LAM && codes[start + 1] === LAM) ||
      (k === start + 3 &&
        PROCLITICS.includes(codes[start]) &&
        codes[start + 1] === ALEF &&
        codes[start + 2] === LAM);
    if (joined && isHeadWord(codes, { start: k, end: w.end }, false)) return true;
  }
  return false;
}

/**
 * Whether a head word (of one to three words) ends at words[i]. `latin`: the name is written in
 * a script with capitals, and a head word in Arabic before it only says what it is ("لمكتب UNODC").
 */
function headEndsAt(page: Page, i: number, latin: boolean): boolean {
  for (let n = 1; n <= HEAD_SPAN && i + n <= count; n++) {
    const first = words[i + n - 1];
    const own = caseAt(page, first);
    if (own === 0 && latin) return false;
    // A head word of a proper name starts with a capital, in a script that has them; a fund or
    // a programme is one of the UN's in small letters too.
    if (own === LOWER && n === 1 && bodyNamed && isFundWord(page, first)) return true;
    if (own === LOWER && n > 1 && isLowerViHead(page, words, i, n)) return true;
    if (own !== UPPER && !bodyNamed && mayBeWar(page, first) && isWarWord(wordsText(page, i, n))) {
      return true;
    }
    if (own === LOWER) continue;
    if (n === 1) {
      if (isHeadAt(page, first, true) || isShortHead(page, first)) return true;
      if (headsTreaty(page, first, nameEnd) || treatyCompound(page, first)) return true;
      if (isWeakHead(page, first) || isDayWord(page, first)) return true;
      if (own === 0 && arabicHead(page.codes, first)) {
        return true;
      }
      continue;
    }
    if (!opensHeadWords(page.codes, first)) continue;
    const word = wordsText(page, i, n);
    if (HEAD_WORDS.has(word) || headsTreaty(page, word, nameEnd)) return true;
  }
  return false;
}

// Vietnamese head words written in small letters before a place they do not name, as the press
// writes a team or a road: "đội tuyển Việt Nam", "xa lộ Hà Nội" (folded).
const VI_LOWER_HEADS = new Set(['doi tuyen', 'xa lo', 'dai lo', 'quoc lo', 'cau lac bo']);

// Their first units (folded): most words are told apart before any string is made.
const VI_LOWER_FIRST = new Set([...VI_LOWER_HEADS].map((head) => head.charCodeAt(0)));

/** Whether words[i + n - 1 .. i] (nearest last) read as one of VI_LOWER_HEADS. */
function isLowerViHead(page: Page, read: readonly Word[], i: number, n: number): boolean {
  const first = read[i + n - 1];
  if (first.end - first.start > 4 || !VI_LOWER_FIRST.has(page.codes[first.start])) return false;
  return VI_LOWER_HEADS.has(wordsText(page, i, n, read));
}

/** The folded words[i + n - 1 .. i] (nearest last), in text order, as one string. */
function wordsText(page: Page, i: number, n: number, read: readonly Word[] = words): string {
  let word = wordText(page.codes, read[i + n - 1]);
  for (let k = i + n - 2; k >= i; k--) word += ` ${wordText(page.codes, read[k])}`;
  return word;
}

/**
 * Whether the lower-case words[i] right follows a head word, itself or with a preposition
 * ("Comité populaire", "Conseil de sécurité"): a noun of the sentence would follow anything.
 */
function adjectiveOfHead(page: Page, i: number, latin: boolean): boolean {
  if (headEndsAt(page, i + 1, latin)) return true;
  return i + 1 < count && isPreposition(page, words[i + 1]) && headEndsAt(page, i + 2, latin);
}

// The words before a name: words[0, count), nearest first. The objects are reused from one name
// to the next, and the array keeps its length, so reading them allocates nothing.
const words: Word[] = [];
let count = 0;
// What `words` holds: up to `readMax` words before folded `readAt` (-1: nothing yet), `read` found.
let readAt = -1;
let readMax = 0;
let read = 0;
// Where the name asked about ends (folded): a treaty's link comes after it.
let nameEnd = 0;
// Whether the name asked about is a body's, not a place's: a fund is a body's (the UN's), a war
// a place's.
let bodyNamed = false;

/** Sets words[0, count) to the `max` words before folded `pos`, read again only if needed. */
function readWordsBefore(page: Page, pos: number, max: number): void {
  if (pos !== readAt || max > readMax) {
    read = wordsBefore(page, pos, max, words);
    readAt = pos;
    readMax = max;
  }
  count = Math.min(read, max);
}

/**
 * Whether the place's or body's name at folded [start, stop) is part of another thing's name by
 * what comes before it or a purpose after it (headBefore, purposeAfter, and for a place
 * bodyAcronymBefore): they read the words before the name, once.
 */
export function namedByOthers(
  page: Page,
  start: number,
  stop: number,
  place: { place: boolean; casing: () => string },
): boolean {
  readAt = -1;
  nameEnd = stop;
  bodyNamed = !place.place;
  return (
    headBefore(page, start) ||
    purposeAfter(page, start, stop) ||
    arabicAdjectiveAfter(page, start, stop) ||
    (place.place && bodyAcronymBefore(page, start, place.casing)) ||
    (place.place && arabicConstructBefore(page, start)) ||
    (place.place && arabicEventBefore(page, start, stop))
  );
}

/**
 * Whether an Arabic word for an event, with its proclitics, stands right before the place's name:
 * an event named after the place, "قمة هانوي" (the 2019 summit), "لمعرض هانوي الدولي". Not a
 * meeting of two, where "and" joins another party to it: "قمة فيتنام واليابان".
 */
function arabicEventBefore(page: Page, start: number, stop: number): boolean {
  const { codes } = page;
  if (start < 2 || codes[start - 1] !== SPACE) return false;
  if (codes[stop] === SPACE && codes[stop + 1] === WAW) return false;
  readWordsBefore(page, start, 1);
  if (count < 1 || words[0].end !== start - 1) return false;
  const w = words[0];
  for (let k = w.start; k <= w.start + 2 && w.end - k >= 3; k++) {
    const joined = k === w.start || PROCLITICS.includes(codes[k - 1]) || codes[k - 1] === WAW;
    if (!joined) break;
    if (ARABIC_PLACE_EVENTS.has(String.fromCharCode(...codes.subarray(k, w.end)))) return true;
  }
  return false;
}

/**
 * Whether an Arabic head word and one noun without the article stand right before the place's
 * name, a chain of nouns that names a body of the place: "نادي شرطة هانوي" (the Hanoi police
 * club), as "نادي هانوي" is one.
 */
function arabicConstructBefore(page: Page, start: number): boolean {
  const { codes } = page;
  if (start < 2 || codes[start - 1] !== SPACE || caseAt(page, { start, end: start + 1 }) !== 0) {
    return false;
  }
  readWordsBefore(page, start, 2);
  if (count < 2 || words[0].end !== start - 1 || words[1].end !== words[0].start - 1) return false;
  const [noun, head] = words;
  const article = codes[noun.start] === ALEF && codes[noun.start + 1] === LAM;
  return (
    !article &&
    noun.end - noun.start >= 3 &&
    caseAt(page, noun) === 0 &&
    !PROCLITICS.includes(codes[noun.start]) &&
    arabicHead(codes, head)
  );
}

/**
 * A head word before the name at folded `start`: "Fonds des Nations unies", "Kinderhilfswerk der
 * Vereinten Nationen", "Comité populaire de Hanoï", "Program Narodów Zjednoczonych",
 * "برنامج الأمم المتحدة", "Chương trình Phát triển Liên hợp quốc". Between them there may be a
 * preposition with its article, and up to two words of the name: capitalised ones, a lower-case
 * one right after the head word ("populaire"), or a Vietnamese syllable after a capitalised one
 * (known by the letters only Vietnamese uses, in either: "Phát triển", "Bảo an").
 */
function headBefore(page: Page, start: number): boolean {
  if (adjectiveLinkedBefore(page, start)) return true;
  // Most names follow a word of the sentence: three words tell, the rest are read when needed.
  readWordsBefore(page, start, HEAD_SPAN);
  const latin = caseOf(page.text.charCodeAt(page.map[start])) >= LOWER;
  let linked = false;
  let between = 0;
  for (let i = 0; i < count; i++) {
    if (i === 1 && count === HEAD_SPAN) {
      readWordsBefore(page, start, HEAD_SPAN + BETWEEN + 3);
    }
    if (headEndsAt(page, i, latin)) return true;
    const further = i + 1 < count ? words[i + 1] : undefined;
    if (isPreposition(page, words[i])) {
      linked = true;
      continue;
    }
    if (isArticle(page, words[i])) {
      // "l'aide de l'ONU" has an article after the verb: only "de l'", "of the" join a name.
      if (further && isPreposition(page, further)) continue;
      return false;
    }
    const own = caseAt(page, words[i]);
    // "and" joins two names: "Bộ Công an và Bộ Ngoại giao"; between two capitalised words, the
    // first not the name's own, it joins two words of one name: "Asociación de Café y Cacao de
    // Vietnam".
    if (own === LOWER && isConjunctionWord(wordText(page.codes, words[i]))) {
      const inName =
        i > 0 &&
        further !== undefined &&
        caseAt(page, words[i - 1]) === UPPER &&
        caseAt(page, further) === UPPER;
      if (!inName) return false;
      continue;
    }
    // A head word in small letters before a proper name that holds the place: "le restaurant
    // Saveurs de Hanoï" (not "un restaurant de Hanoï": no name between).
    if (own === LOWER && between > 0 && latin && isHeadAt(page, words[i], false)) {
      return true;
    }
    // Vietnamese writes what a body or a team is in lower case inside its name, before a place
    // written in Vietnamese ("Câu lạc bộ bóng đá Hà Nội", "Đại học Bách khoa Hà Nội").
    const fits =
      own === UPPER ||
      (own === LOWER && linked && adjectiveOfHead(page, i, latin)) ||
      (own === LOWER &&
        further !== undefined &&
        ((caseAt(page, further) === UPPER &&
          (vietnameseWord(page, words[i]) || vietnameseWord(page, further))) ||
          vietnameseWord(page, { start, end: nameEnd })));
    if (!fits || ++between > BETWEEN) return false;
  }
  return false;
}

const YEH = 0x64a;
const HEH = 0x647; // what a final ة folds to

/**
 * Whether an Arabic head word and a relative adjective come before the name, joined to it by the
 * preposition ل: "المفوضية السامية للأمم المتحدة", "البرنامج الإنمائي للأمم المتحدة". Arabic
 * puts the adjective after the head word, and a head word with its article takes the name with
 * ل. The adjective is told by its form: the article, and the ending ي or ية.
 */
function adjectiveLinkedBefore(page: Page, start: number): boolean {
  const { codes } = page;
  if (start < 2 || codes[start - 1] !== LAM || codes[start - 2] !== SPACE) return false;
  readWordsBefore(page, start - 1, 2);
  if (count < 2) return false;
  const [adjective, head] = words;
  return isRelative(codes, adjective) && arabicHead(codes, head);
}

/** Whether the Arabic word is a relative adjective: the article, and the ending ي or ية. */
function isRelative(codes: Uint16Array, { start: a, end: e }: Word): boolean {
  return (
    e - a >= 5 &&
    codes[a] === ALEF &&
    codes[a + 1] === LAM &&
    (codes[e - 1] === YEH || (codes[e - 1] === HEH && codes[e - 2] === YEH))
  );
}

/**
 * Whether an Arabic head word stands right before the name and a relative adjective right after
 * it: "برنامج الأمم المتحدة الإنمائي" (the UN Development Programme) is a body of its own.
 */
function arabicAdjectiveAfter(page: Page, start: number, stop: number): boolean {
  const { codes } = page;
  if (stop >= page.length || codes[stop] !== SPACE || start < 2 || codes[start - 1] !== SPACE) {
    return false;
  }
  const after = wordFrom(page, stop + 1);
  if (!after || !isRelative(codes, after)) return false;
  readWordsBefore(page, start, 1);
  return count > 0 && arabicHead(codes, words[0]);
}

/**
 * Whether a body's acronym of three letters or more stands right before the place's name at
 * folded `start`, in a text that is not all capitals: the body's office there ("UNICEF Vietnam",
 * "UNDP Việt Nam"), a name of its own.
 */
function bodyAcronymBefore(page: Page, start: number, casing: () => string): boolean {
  const { codes } = page;
  if (start < 4 || codes[start - 1] !== SPACE) return false;
  readWordsBefore(page, start, 1);
  if (count === 0 || words[0].end !== start - 1) return false;
  const w = words[0];
  if (w.end - w.start < 3 || !isCapitals(page, w)) return false;
  return isInlineGap(page, start - 1) && casing() !== 'caps';
}

/**
 * Where a run of capitalised words starts that stands right before the place's name at folded
 * `start`, inside a sentence: the name of a club, a hotel, a school or a restaurant named after
 * the place ("against Cong An Hanoi", "at the JW Marriott Hanoi", "Trường THPT Chuyên Hà Nội",
 * "restaurant Pho Hanoi", "Little Hanoi"); -1 if there is none. One word is no sign in German,
 * which writes its nouns with a capital ("die Hauptstadt Hanoi"), nor in Vietnamese, nor an
 * abbreviation in capitals ("TP Hà Nội", the city) or a month's or a weekday's name, nor words in
 * capitals before the place's name in capitals, nor a word for a part of the place ("Central
 * Hanoi"). A run that starts a sentence does so after its first word ("Au Petit Hanoï", "En Pho
 * Hanói"; "In Hanoi" has none).
 */
export function capitalRunBefore(page: Page, start: number): number {
  readWordsBefore(page, start, 2);
  let next = start;
  let run = 0;
  for (; run < Math.min(count, 2); run++) {
    const w = words[run];
    if (w.end !== next - 1 || !isInlineGap(page, w.end) || caseAt(page, w) !== UPPER) break;
    next = w.start;
  }
  // The first word of a sentence has its capital from the sentence: the run is the words after.
  if (run > 0 && startsSentence(page.text, page.map[next])) {
    run--;
    next = run > 0 ? words[run - 1].start : start;
  }
  if (run === 0) return -1;
  // A line in capitals run into the text ("FROM NEW YORK TO HANOI. The Assembly ..."): its
  // capitals say nothing of a name.
  const place = wordFrom(page, start);
  if (place && isCapitals(page, place) && words.slice(0, run).every((w) => isCapitals(page, w))) {
    return -1;
  }
  if (run === 2) return next;
  const w = words[0];
  if (isCapitals(page, w) || vietnameseWord(page, w) || germanText(page.text, page.map[start])) {
    return -1;
  }
  const word = wordText(page.codes, w);
  const sign = !CALENDAR_LANGS.some((lang) => isCalendarWord(word, lang)) && !PLACE_PARTS.has(word);
  return sign ? next : -1;
}

/**
 * Words that name a part of a place before its name, folded: "Central Hanoi", "Grand Hanoï",
 * "Gran Hanói" are the place still. Not the points of the compass, which begin other places'
 * names ("South Vietnam", "North Korea").
 */
const PLACE_PARTS = new Set(
  'central centre center greater inner old downtown grand gran vieux centro viejo groot oud stary wielki'.split(
    ' ',
  ),
);
const CALENDAR_LANGS: readonly Lang[] = ['en', 'fr', 'es', 'nl', 'pl'];

/**
 * A body's name that opens with a head word and goes on with a purpose: "Organisation des
 * Nations unies pour l'alimentation", "Organizacja Narodów Zjednoczonych do spraw Oświaty",
 * "منظمة الأمم المتحدة للطفولة". Names the folded mention [start, stop).
 */
function purposeAfter(page: Page, start: number, stop: number): boolean {
  if (stop >= page.length || page.codes[stop] !== SPACE) return false;
  // The purpose after first: most names have none, and the words before are read only then.
  const purpose = purposeAt(page, stop + 1);
  if (purpose === NO_PURPOSE) return false;
  // Arabic "for" joined to a noun without the article is as often "to" ("لوسائل الإعلام"): only
  // after an event's or a document's head word ("مؤتمر الأمم المتحدة لتغير المناخ").
  if (purpose === ARABIC_FOR) return documentHeadBefore(page, start);
  return (
    opensWithHead(page, start, stop) ||
    capitalLinkedBefore(page, start) ||
    documentHeadBefore(page, start)
  );
}
const NO_PURPOSE = 0;
const PURPOSE = 1;
const ARABIC_FOR = 2;

/**
 * Whether a word or two that say a purpose start at folded `at` (PURPOSE_WORDS, Arabic لل), or
 * (ARABIC_FOR) an Arabic word with ل joined to it and no article.
 */
function purposeAt(page: Page, at: number): number {
  const next = wordFrom(page, at);
  if (!next) return NO_PURPOSE;
  const { codes } = page;
  if (codes[next.start] === LAM && codes[next.start + 1] === LAM) return PURPOSE;
  if (codes[next.start] === LAM && next.end - next.start >= 4) return ARABIC_FOR;
  let text = wordText(codes, next);
  if (PURPOSE_WORDS.has(text)) return PURPOSE;
  const second = codes[next.end] === SPACE ? wordFrom(page, next.end + 1) : null;
  if (second) text += ` ${wordText(codes, second)}`;
  return second !== null && PURPOSE_WORDS.has(text) ? PURPOSE : NO_PURPOSE;
}

/** Whether the mention [start, stop) opens with a head word of its own ("Organisation des ..."). */
function opensWithHead(page: Page, start: number, stop: number): boolean {
  if (!mayOpenHead(page.codes, start)) return false;
  const first = wordFrom(page, start);
  if (!first || first.end >= stop || caseAt(page, first) === LOWER) return false;
  return isHeadAt(page, first, false);
}

/**
 * Whether a document's or an event's head word comes right before the name, or before its
 * preposition, in any case: "Ramowej konwencji Narodów Zjednoczonych w sprawie zmian klimatu",
 * "la convention des Nations unies sur le droit de la mer". With a purpose after the name (the
 * caller's), another document or event of the UN's; the pack's own is found whole before.
 */
function documentHeadBefore(page: Page, start: number): boolean {
  readWordsBefore(page, start, HEAD_SPAN);
  let i = 0;
  if (count > 1 && isArticle(page, words[0]) && isPreposition(page, words[1])) i = 2;
  else if (count > 0 && isPreposition(page, words[0])) i = 1;
  if (i >= count) return false;
  const word = wordText(page.codes, words[i]);
  return TREATY_HEAD_WORDS.has(word) || EVENT_HEAD_WORDS.has(word);
}

/**
 * Whether a capitalised word and a preposition come right before the name, as in a body's proper
 * name that goes on with a purpose: "Entité des Nations unies pour l'égalité des sexes", or an
 * event's head word in small letters ("la conférence des Nations unies sur le climat"). Not in
 * German, whose nouns all take a capital ("die Rolle der Vereinten Nationen für den Frieden").
 */
function capitalLinkedBefore(page: Page, start: number): boolean {
  readWordsBefore(page, start, HEAD_SPAN);
  let i = 0;
  if (count > 1 && isArticle(page, words[0]) && isPreposition(page, words[1])) i = 1;
  if (i >= count || !isPreposition(page, words[i])) return false;
  i++;
  if (i >= count || germanText(page.text, page.map[start])) return false;
  return caseAt(page, words[i]) === UPPER || EVENT_HEAD_WORDS.has(wordText(page.codes, words[i]));
}
