import type { Lang } from '../dataset/types';
import {
  AGENCY_WORDS,
  ARTICLE_PREFIX,
  ARTICLES,
  BODY_POSSESSIVES,
  BODY_WORDS,
  CAPITALISED_NOUNS,
  CEREMONY_HEADS,
  DESCRIBING,
  DOCUMENT_WORDS,
  EVENT_WORDS,
  INDEFINITE_ARTICLES,
  NEW_ARTICLES,
  SOLE_HEADS_VI,
  TREATY,
} from '../lang/back-references';
import { foldedSet } from '../lang/frequent-words';
import { HEAD_PHRASES } from '../lang/heads';
import { CONJUNCTION_PHRASES, oneWordLinks } from '../lang/links';
import { unHeads } from './body-forms';
import { foldText } from './fold';
import type { ShortForm } from './person-short-forms';
import type { AliasSpec } from './types';

const LANGS = new Set(Object.keys(ARTICLES));

/** A kind of thing with short forms by rule. */
type Kind = 'event' | 'document' | 'organisation';

// Head words that tell a body's type but that no one points back with: "the nations" is not
// how the press names the United Nations, so "United Nations Office ..." is "the office"; and
// "the organisation" may be any ("المنظمة" is also "organised": "الجريمة المنظمة").
const NOT_POINTED = /* @__PURE__ */ foldedSet([
  'nations',
  'naciones',
  'narody',
  'naties',
  'nationen',
  'الأمم',
  'liên hợp quốc',
  'organisation',
  'organization',
  'organisatie',
  'organizacja',
  'organización',
  'tổ chức',
  'منظمة',
  'المنظمة',
]);

/**
 * Where the first link word or conjunction of the folded name is, as an index into
 * ` ${folded} `, or -1: "Signing Ceremony and High-level Conference of ..." is a ceremony.
 */
export function firstLink(folded: string, lang: Lang): number {
  let first = -1;
  for (const link of [...oneWordLinks(lang), ...CONJUNCTION_PHRASES[lang]]) {
    if (!link || link.includes(' ')) continue;
    const at = ` ${folded} `.indexOf(` ${link} `);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/**
 * The head phrases of `type` in `text`, as written there: whole words, or a compound's end and
 * the compound.
 * Only before the name's first link: after it comes what the thing is of ("Buró Político del
 * Partido ..." is no party).
 */
function headsIn(text: string, lang: Lang, type: Kind): string[] {
  const { folded, map } = foldText(text);
  const link = firstLink(folded, lang);
  const found: string[] = [];
  const original = (from: number, to: number) => text.slice(map[from], map[to - 1] + 1);
  let first = -1;
  for (const phrase of HEAD_PHRASES[type][lang]) {
    if (!phrase || NOT_POINTED.has(phrase)) continue;
    let at = ` ${folded} `.indexOf(` ${phrase} `);
    let from = at;
    let end = at + phrase.length;
    if (at < 0 && !phrase.includes(' ') && (lang === 'de' || lang === 'nl')) {
      // German and Dutch write the event's kind into one word: "Unterzeichnungszeremonie".
      const word = folded
        .split(' ')
        .find((w) => w.length > phrase.length + 2 && w.endsWith(phrase));
      if (word) {
        at = folded.indexOf(word);
        end = at + word.length;
        from = end - phrase.length;
      }
    }
    if (at < 0 || (link >= 0 && at > link)) continue;
    // The first head word is the thing's kind; a later one is what it is about ("ceremony of
    // the conference"). Several phrases may start there ("lễ", "lễ ký", "lễ mở ký"). English
    // puts what the thing is about first: the last head word before a link is its kind ("Party
    // Central Committee" is a committee).
    const better = first < 0 || (lang === 'en' ? at > first : at < first);
    if (at !== first && !better) continue;
    if (at !== first) found.length = 0;
    first = at;
    found.push(original(from, end));
    // The whole compound points back too: "het stuurcomité", "die Unterzeichnungszeremonie".
    if (from > at) found.push(original(at, end));
  }
  return found;
}

/** A head word as a noun is written inside a sentence: "Ministerium", "ministère". */
function nounOf(head: string, lang: Lang): string {
  return CAPITALISED_NOUNS.has(lang)
    ? head[0].toUpperCase() + head.slice(1).toLowerCase()
    : head.toLowerCase();
}

/**
 * How the language points back at a thing by its head word: "the ceremony", "الحفل", "konwencj-".
 * A Polish or Vietnamese body keeps its capital: "Ban Chỉ đạo" names one committee, "ban chỉ
 * đạo" any, and "zgromadzenie" is any gathering.
 */
function pointBack(head: string, lang: Lang, type: Kind = 'event'): string[] {
  const cased = type === 'organisation' && (lang === 'pl' || lang === 'vi');
  const word = CAPITALISED_NOUNS.has(lang)
    ? head[0].toUpperCase() + head.slice(1).toLowerCase()
    : cased
      ? head
      : head.toLowerCase();
  const prefix = ARTICLE_PREFIX[lang];
  if (prefix) return [word.startsWith(prefix) ? word : prefix + word];
  // A Polish feminine noun changes its -a in every case: its stem takes the case endings. Shorter
  // stems are words of their own ("kart", cards). A neuter one in -ie is given in its cases, as its
  // stem is a word too ("Zgromadzeni", gathered): "wydarzenie", "wydarzenia", "wydarzeniu".
  if (lang === 'pl') {
    if (/ie$/u.test(word) && !word.includes(' ')) {
      const stem = word.slice(0, -1);
      return [word, `${stem}a`, `${stem}u`, `${stem}em`];
    }
    const stem = word.endsWith('a') && !word.includes(' ') ? word.slice(0, -1) : word;
    return stem.length >= 5 ? [stem] : [];
  }
  // One Vietnamese syllable ("lễ") is too common a word to point back by itself, but for a body
  // the press capitalises it for ("Đảng").
  if (lang === 'vi') {
    const sole = cased && SOLE_HEADS_VI.has(word.toLowerCase()) && word !== word.toLowerCase();
    return word.includes(' ') || sole ? [word] : [];
  }
  return ARTICLES[lang]
    .map((article) => (/['’]$/u.test(article) ? `${article}${word}` : `${article} ${word}`))
    .filter((form) => !/['’]/u.test(form) || /['’][aeiouyàâéèêîôûh]/iu.test(form));
}

/**
 * A convention named by its place alone ("Hanoi Convention", "Hanoi-Konvention", "Convention de
 * Hanoï", "Konwencja z Hanoi") with each other word for its kind in the head's place, as the
 * head is written: "Hanoi treaty", "Hanoi-Abkommen", "traité de Hanoï", "Traktat z Hanoi".
 */
function placeKinds(text: string, head: string, kinds: readonly string[]): string[] {
  const at = text.indexOf(head);
  if (at < 0) return [];
  const rest = `${text.slice(0, at)} ${text.slice(at + head.length)}`.replace(/-/gu, ' ').trim();
  const words = rest.split(/\s+/u);
  // The place and at most a link before it.
  if (words.length > 2 || !/^\p{Lu}/u.test(words[words.length - 1])) return [];
  const upper = /^\p{Lu}/u.test(head);
  return kinds
    .filter((kind) => kind.toLowerCase() !== head.toLowerCase())
    .map((kind) => {
      const word = upper ? kind[0].toUpperCase() + kind.slice(1) : kind.toLowerCase();
      return text.slice(0, at) + word + text.slice(at + head.length);
    });
}

/**
 * An event's head word as a page introduces the event: "a ceremony", "une cérémonie", "einer
 * Zeremonie" (and with adjectives between, described.ts).
 */
function introduced(head: string, lang: Lang): string[] {
  const lower = head.toLowerCase();
  if (!CEREMONY_HEADS[lang].includes(lower)) return [];
  const word = CAPITALISED_NOUNS.has(lang) ? lower[0].toUpperCase() + lower.slice(1) : lower;
  return INDEFINITE_ARTICLES[lang].map((article) => `${article} ${word}`);
}

/**
 * Dutch calls a ministry by its field alone once named, with its capitals: "Defensie",
 * "Buitenlandse Zaken" of "ministerie van Buitenlandse Zaken" ("defensie" is defence).
 */
function fieldAlone(text: string, lang: Lang): string | undefined {
  if (lang !== 'nl') return undefined;
  return /^[Mm]inisterie van (\p{Lu}[\p{L}\s]+)$/u.exec(text.trim())?.[1];
}

/** "the new treaty", "le nouvel accord", "das neue Regelwerk": an article, "new", the word. */
function withNew(word: string, lang: Lang): string[] {
  const noun = CAPITALISED_NOUNS.has(lang) ? word : word.toLowerCase();
  return NEW_ARTICLES[lang].map((article) => `${article} ${noun}`);
}

/** Whether every word of four letters or more in `text` starts with a capital. */
function titleCased(text: string): boolean {
  return text.split(/\s+/u).every((word) => word.length < 4 || /^\p{Lu}/u.test(word));
}

// The links after a French or Spanish head phrase, and the articles that start no modifier.
const ROMANCE_LINKS = new Set([...oneWordLinks('fr'), ...oneWordLinks('es')]);
const ROMANCE_ARTICLES = new Set(['la', 'le', 'les', 'el', 'los', 'las', 'un', 'une', 'una']);

/**
 * French and Spanish write the kind's modifier after the head word, then what the thing is of:
 * "Comité Directivo de la ceremonia ...", "Comité de pilotage de la cérémonie ...". The head with
 * its modifier is how the press points back: "el comité directivo", "le comité de pilotage".
 */
function headPhraseAfter(text: string, head: string, lang: Lang, taken: ReadonlySet<string>) {
  if (lang !== 'fr' && lang !== 'es') return undefined;
  const rest = text
    .slice(text.indexOf(head) + head.length)
    .trim()
    .split(/\s+/u)
    .map((w) => w.toLowerCase());
  const plain = (word: string | undefined) =>
    !!word && /^\p{L}+$/u.test(word) && !ROMANCE_LINKS.has(word) && !ROMANCE_ARTICLES.has(word);
  const known = (word: string) => taken.has(foldText(word).folded);
  if (plain(rest[0]) && ROMANCE_LINKS.has(rest[1]) && !known(rest[0])) {
    return `${head} ${rest[0]}`;
  }
  if (rest[0] === 'de' && plain(rest[1]) && ROMANCE_LINKS.has(rest[2]) && !known(rest[1])) {
    return `${head} de ${rest[1]}`;
  }
  return undefined;
}

/**
 * The head words the article forms point back with, alone, to be found with an adjective between
 * the article and the word ("das umstrittene Abkommen", "the two-day ceremony"), in the languages
 * DESCRIBING knows (described.ts checks the adjective). Not "the new treaty": it has one.
 */
function describedForms(forms: readonly ShortForm[]): ShortForm[] {
  const out: ShortForm[] = [];
  for (const { text, lang } of forms) {
    const rule = DESCRIBING[lang as Lang];
    if (!rule) continue;
    const space = text.indexOf(' ');
    if (space < 0 || !ARTICLES[lang as Lang].includes(text.slice(0, space))) continue;
    const rest = text.slice(space + 1);
    if (NEW_ARTICLES[lang as Lang].some((article) => text.startsWith(`${article} `))) continue;
    out.push({ text: rest, lang, described: true });
  }
  return out;
}

/**
 * An event's, a document's or a body's short forms: its head word with the language's article
 * ("the conference", "die Zeremonie", "công ước", "the committee", "اللجنة"), with the word
 * before it when that word names no other thing ("the signing ceremony", "the steering
 * committee"), and "the treaty" for a convention, pact or charter. `taken` holds the folded
 * names of the catalogue: a modifier that is one ("Hanoi") is left out.
 */
export function headShortForms(
  names: readonly AliasSpec[],
  type: Kind,
  taken: ReadonlySet<string>,
): ShortForm[] {
  const forms: ShortForm[] = [];
  for (const { text, lang } of names) {
    if (!LANGS.has(lang)) continue;
    const language = lang as Lang;
    for (const head of headsIn(text, language, type)) {
      for (const form of pointBack(head, language, type)) forms.push({ text: form, lang });
      const words = text.slice(0, text.indexOf(head)).trim().split(/\s+/u);
      const before = words[words.length - 1];
      const modifier = foldText(before).folded;
      // A word before the head that no other thing is named by, written in lower case, starting
      // the name or in a name whose every longer word is capitalised (a capital then tells
      // nothing): "the signing ceremony", "the high-level conference".
      const plain = words.length === 1 || /^\p{Ll}/u.test(before) || titleCased(text);
      if (language === 'en' && plain && modifier && !taken.has(modifier)) {
        forms.push({ text: `the ${before.toLowerCase()} ${head.toLowerCase()}`, lang });
      }
      if (type === 'event') {
        for (const form of introduced(head, language)) forms.push({ text: form, lang });
        // A kind written into one word takes the others' words the same way:
        // "Unterzeichnungszeremonie", "Unterzeichnungsfeier".
        const at = text.indexOf(head);
        let first = at;
        while (first > 0 && /[\p{L}\p{M}]/u.test(text[first - 1])) first--;
        const joined = first < at ? text.slice(first, at) : '';
        for (const word of EVENT_WORDS[language][head.toLowerCase()] ?? []) {
          // An Arabic phrase is written whole, its article where it goes: "حفل الافتتاح".
          const whole = language === 'ar' && word.includes(' ');
          for (const form of whole ? [word] : pointBack(word, language)) {
            forms.push({ text: form, lang });
          }
          // "einem Festakt", as "einer Zeremonie".
          for (const form of introduced(word, language)) forms.push({ text: form, lang });
          // A word that is a compound of the head already takes no other prefix.
          const compound = word.toLowerCase().endsWith(head.toLowerCase());
          if (!joined || word.includes(' ') || compound) continue;
          for (const form of pointBack(joined + word.toLowerCase(), language)) {
            forms.push({ text: form, lang });
          }
        }
      }
      if (type === 'organisation') {
        for (const possessive of BODY_POSSESSIVES[language]) {
          forms.push({ text: `${possessive} ${nounOf(head, language)}`, lang, kind: true });
        }
        const field = fieldAlone(text, language);
        if (field) forms.push({ text: field, lang });
        for (const word of BODY_WORDS[language][head.toLowerCase()] ?? []) {
          for (const form of pointBack(word, language)) forms.push({ text: form, lang });
        }
      }
      // An office of the UN is an agency: "the agency", "het VN-agentschap", "l'agence de l'ONU".
      const agency = AGENCY_WORDS[language];
      if (type === 'organisation' && agency.offices.includes(head.toLowerCase())) {
        for (const word of agency.words) {
          const un = unHeads(text, language, [word], true);
          if (un.length === 0) continue;
          for (const form of [word, ...un]) {
            for (const f of pointBack(form, language)) forms.push({ text: f, lang });
          }
          for (const possessive of BODY_POSSESSIVES[language]) {
            forms.push({ text: `${possessive} ${nounOf(word, language)}`, lang, kind: true });
          }
        }
      }
      const phrase = headPhraseAfter(text, head, language, taken);
      if (phrase)
        for (const form of pointBack(phrase, language, type)) forms.push({ text: form, lang });
      // A convention is "the treaty", and "the pact" or "das Abkommen": the language's other
      // words for one; and "the text", "the document". Not a charter, named in passing beside
      // the convention a story is about ("the text" after "the UN Charter" is still the
      // convention).
      const treaty = TREATY[language];
      // Named by the treaty's own word too: "Verdrag van de Verenigde Naties ...".
      const treatyWords = [treaty.word.toLowerCase(), ...treaty.heads];
      const treatyHeaded = type === 'document' && treatyWords.includes(head.toLowerCase());
      // "das UN-Büro", "die UN-Konvention", "het VN-verdrag", "the UN pact", "le traité de l'ONU".
      const kinds = treatyHeaded ? [...new Set([head, treaty.word, ...treaty.heads])] : [head];
      for (const compound of unHeads(text, language, kinds, type !== 'organisation')) {
        for (const form of pointBack(compound, language, type)) forms.push({ text: form, lang });
      }
      if (!treatyHeaded) continue;
      for (const form of placeKinds(text, head, [treaty.word, ...treaty.heads])) {
        forms.push(
          { text: form, lang },
          ...pointBack(form, language, type).map((f) => ({ text: f, lang })),
        );
      }
      for (const word of [treaty.word, ...treaty.heads, ...DOCUMENT_WORDS[language]]) {
        for (const form of pointBack(word, language)) forms.push({ text: form, lang });
        for (const form of withNew(word, language)) forms.push({ text: form, lang });
      }
    }
  }
  return [...forms, ...describedForms(forms)];
}
