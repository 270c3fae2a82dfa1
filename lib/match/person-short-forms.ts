import type { Lang } from '../dataset/types';
import { NAME_PARTICLES } from '../lang/back-references';
import { frequentIn } from '../lang/frequent-words';
import { isHeadWord } from '../lang/heads';
import { ROLE_NAMES } from '../lang/titles';
import { foldString } from './fold';
import { titlePhrases } from './title-before';
import type { AliasSpec } from './types';

/** A short form the rules give, before it becomes an AliasSpec. */
export interface ShortForm {
  text: string;
  lang: string;
  titled?: boolean;
  /** A person's title alone (AliasSpec.office). */
  office?: boolean;
  /** A head word alone, described by adjectives after an article (AliasSpec.described). */
  described?: boolean;
  /** What the thing is, "the country" (AliasSpec.kind). */
  kind?: boolean;
}

const isCased = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();

/** A word of one syllable as Vietnamese writes names: one run of vowels, a few letters. */
function oneSyllable(word: string): boolean {
  const folded = foldString(word);
  return /^\p{L}{1,7}$/u.test(folded) && (folded.match(/[aeiouy]+/gu)?.length ?? 0) === 1;
}

/**
 * Whether the person's name is written in Vietnamese order (family name first, given name
 * last): the Vietnamese name, or any name of three or more words, is all one-syllable words.
 * The given name is then a common word of the language ("Chính phủ", "Trung Quốc"), so it
 * counts only after a title ("ông Cường", "President Cuong").
 */
export function vietnameseOrder(names: readonly AliasSpec[]): boolean {
  return names.some((name) => {
    const words = name.text.trim().split(/\s+/u);
    if (!personal(words, name.lang)) return false;
    const enough = name.lang === 'vi' ? words.length >= 2 : words.length >= 3;
    return enough && words.every(oneSyllable);
  });
}

/** Whether `word` can be called by itself: a capitalised name word, not a common word. */
function callable(word: string): boolean {
  if (!/^[\p{L}\p{M}'’-]+$/u.test(word) || NAME_PARTICLES.has(word.toLowerCase())) return false;
  // An Arabic word with the article is no one's name: "المتحدة" ends "the United Nations".
  if (word.startsWith('ال')) return false;
  const first = word[0];
  if (isCased(first) && first !== first.toUpperCase()) return false;
  const folded = foldString(word);
  return folded.length >= 3 && frequentIn(folded).length === 0;
}

/** Whether a name is a person's own: no title, no head word, no lower-case word but particles. */
function personal(words: readonly string[], lang: string): boolean {
  const folded = words.map((word) => foldString(word).trim());
  return (
    words.every((word) => NAME_PARTICLES.has(word) || !/^\p{Ll}/u.test(word)) &&
    // Vietnamese head words are syllables that names use too ("đảng", Đặng).
    (lang === 'vi' || !LANGS.has(lang) || !folded.some((word) => isHeadWord(word, lang as Lang))) &&
    !holdsTitle(folded.join(' ').split(' '))
  );
}

// The most words a title has, folded.
let titleWords = 0;

/** Whether some run of the folded words is a title ("Prime Minister Pham Minh Chinh"). */
function holdsTitle(words: readonly string[]): boolean {
  const titles = titlePhrases();
  titleWords ||= Math.max(...[...titles].map((title) => title.split(' ').length));
  for (let from = 0; from < words.length; from++) {
    let phrase = '';
    for (let to = from; to < words.length && to - from < titleWords; to++) {
      phrase = to === from ? words[to] : `${phrase} ${words[to]}`;
      if (titles.has(phrase)) return true;
    }
  }
  return false;
}

const LANGS = new Set<string>(['en', 'pl', 'nl', 'fr', 'de', 'es', 'ar']);

/**
 * A person's short forms: the last word of each of the person's own names (the surname, or the
 * given name of a name in Vietnamese order), and a Spanish name's first surname.
 */
export function personShortForms(names: readonly AliasSpec[]): ShortForm[] {
  const titled = vietnameseOrder(names);
  const forms: ShortForm[] = [];
  for (const { text, lang } of names) {
    const words = text.trim().split(/\s+/u);
    if (words.length < 2 || !personal(words, lang)) continue;
    const picked = [words[words.length - 1]];
    // Two given names and two surnames: "María José Pinto González-Artigas" is Pinto. With
    // three words the middle one may be a given name ("María José Pinto"), so it is left alone.
    if (lang === 'es' && words.length >= 4 && !titled) picked.push(words[words.length - 2]);
    for (const word of picked) {
      if (callable(word)) forms.push(titled ? { text: word, lang, titled } : { text: word, lang });
    }
  }
  return forms;
}

/** The folded words of the person's own names (no title). */
function ownWords(names: readonly AliasSpec[]): Set<string> {
  const own = new Set<string>();
  for (const { text, lang } of names) {
    const words = text.trim().split(/\s+/u);
    if (personal(words, lang)) for (const word of words) own.add(foldString(word).trim());
  }
  return own;
}

/** A person's name that is a title and then the person's own words, split there. */
interface Titled {
  title: string;
  last: string;
  lang: string;
}

/** An acronym as names write it, with stops or without: "UN", "U.N.", "UNODC". */
export const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/**
 * A name's words, folded too, and where the person's own words start, when other words come
 * before them and only own words after ("Prime Minister | Pham Minh Chinh"); else null.
 */
function beforeOwnName(text: string, own: ReadonlySet<string>) {
  const words = text.trim().split(/\s+/u);
  const folded = words.map((word) => foldString(word).trim());
  const at = folded.findIndex((word) => own.has(word));
  if (at <= 0 || !folded.slice(at).every((word) => own.has(word))) return null;
  return { words, folded, at };
}

function titledNames(names: readonly AliasSpec[]): Titled[] {
  const own = ownWords(names);
  const titled: Titled[] = [];
  if (own.size === 0) return titled;
  for (const { text, lang } of names) {
    const split = beforeOwnName(text, own);
    if (!split) continue;
    const { words, folded, at } = split;
    // The title may follow a body's acronym: "UN Secretary-General" is a Secretary-General (not
    // a word that changes the title: a Deputy Prime Minister is no Prime Minister).
    const isTitle = (from: number) => titlePhrases().has(folded.slice(from, at).join(' '));
    let from = 0;
    while (from < at - 1 && !isTitle(from) && ACRONYM.test(words[from])) from++;
    if (!isTitle(from)) continue;
    titled.push({ title: words.slice(from, at).join(' '), last: words[words.length - 1], lang });
  }
  return titled;
}

/**
 * What the person's names write as titles: the words before the person's own ("UNODC Executive
 * Director" of "UNODC Executive Director Ghada Waly"), or the whole name of the office alone
 * ("secretario general de la ONU").
 */
export function writtenTitles(names: readonly AliasSpec[]): { title: string; lang: string }[] {
  const own = ownWords(names);
  const offices = officeNames(names);
  return names.flatMap(({ text, lang }, k) => {
    if (offices.has(names[k])) return [{ title: text, lang }];
    const split = beforeOwnName(text, own);
    return split ? [{ title: split.words.slice(0, split.at).join(' '), lang }] : [];
  });
}

/**
 * The titles the person's names put before the person's own name: "Prime Minister" of "Prime
 * Minister Pham Minh Chinh", "Thủ tướng Chính phủ", "premiera" (Polish genitive). Once the
 * person is named, the press points back with the title alone ("the Prime Minister said").
 * In Arabic, written without capitals, a title of one word ("الرئيس") is anyone's: only longer
 * ones count ("رئيس الوزراء").
 */
export function titleShortForms(names: readonly AliasSpec[]): ShortForm[] {
  return [...titledNames(names), ...officeTitles(names)]
    .filter(({ title, lang }) => lang !== 'ar' || title.includes(' '))
    .map(({ title, lang }) => ({ text: inSmallLetters(title, lang), lang, office: true }));
}

/**
 * A title of several words in the small letters running text writes it in too ("the
 * secretary-general", "the prime minister"); a capital on the page still matches it. Not one
 * word, which in small letters is anyone's ("the president"), nor German, whose nouns take
 * capitals.
 */
function inSmallLetters(title: string, lang: string): string {
  return lang !== 'de' && /[\s-]/u.test(title) ? title.toLowerCase() : title;
}

/**
 * A title with the body it is of, before the person's own name: "Bộ trưởng Bộ Công an" of "Bộ
 * trưởng Bộ Công an Lương Tam Quang", "Minister of Public Security" of "Minister of Public
 * Security Luong Tam Quang". Once the person is named, the press points back with the office.
 */
export function bodyOfficeForms(names: readonly AliasSpec[]): ShortForm[] {
  const own = ownWords(names);
  const titles = titlePhrases();
  const forms: ShortForm[] = [];
  if (own.size === 0) return forms;
  for (const { text, lang } of names) {
    const split = beforeOwnName(text, own);
    if (!split || split.at < 2) continue;
    const { words, folded, at } = split;
    // A title, then more words: the body (not a title alone, which titleShortForms gives).
    if (titles.has(folded.slice(0, at).join(' ')) || leadingTitle(folded, at) === 0) continue;
    const office = words
      .slice(0, at)
      .join(' ')
      .replace(/[^\p{L}\p{M}]+$/u, '');
    forms.push({ text: office, lang, office: true });
  }
  return forms;
}

/** How many of the first words, fewer than `max`, make the longest title they start with, or 0. */
function leadingTitle(folded: readonly string[], max: number): number {
  const titles = titlePhrases();
  for (let n = max - 1; n > 0; n--) if (titles.has(folded.slice(0, n).join(' '))) return n;
  return 0;
}

/**
 * The titles that begin the person's names of the office alone, with what the office is of after
 * them: "secrétaire général" of "secrétaire général de l'ONU", "الأمين العام" of "الأمين العام
 * للأمم المتحدة". The title names an office, not a rank (short-form-rules.ts).
 */
export function officeTitles(names: readonly AliasSpec[]): { title: string; lang: string }[] {
  const found: { title: string; lang: string }[] = [];
  for (const { text, lang } of officeNames(names)) {
    const words = text.trim().split(/\s+/u);
    const n = leadingTitle(
      words.map((word) => foldString(word).trim()),
      words.length,
    );
    if (n > 0) found.push({ title: words.slice(0, n).join(' '), lang });
  }
  return found;
}

/**
 * What the press calls the holder of the person's title instead (lib/lang/titles.ts): "chef de
 * l'État" of "Président Luong Cuong", "Regierungschef" of "Premierminister Pham Minh Chinh".
 */
export function roleShortForms(
  names: readonly AliasSpec[],
  keep: (title: string, lang: string) => boolean,
): ShortForm[] {
  return titledNames(names).flatMap(({ title, lang }) =>
    (keep(title, lang) ? (ROLE_NAMES[lang as Lang]?.[title.toLowerCase()] ?? []) : []).map(
      (text) => ({
        text,
        lang,
        office: true,
      }),
    ),
  );
}

/**
 * A title the person's names give, with the person's short form: "General Giang" of "General
 * Phan Van Giang". Two people sharing a surname are told apart by it ("General Giang", "Deputy
 * Foreign Minister Giang"), where the surname alone counts for the one named last.
 */
export function titledShortForms(names: readonly AliasSpec[]): ShortForm[] {
  return titledNames(names)
    .filter(({ last }) => callable(last))
    .map(({ title, last, lang }) => ({ text: `${title} ${last}`, lang }));
}

/**
 * The person's names that hold no word of the person's own names, only the office: "UN
 * Secretary-General", "Secrétaire général de l'ONU" of António Guterres. `names` are the
 * person's names; their own ones (no title) give the words.
 */
export function officeNames(names: readonly AliasSpec[]): Set<AliasSpec> {
  const own = ownWords(names);
  const offices = new Set<AliasSpec>();
  if (own.size === 0) return offices;
  for (const name of names) {
    const words = foldString(name.text)
      .trim()
      .split(/[\s-]+/u);
    if (!words.some((word) => own.has(word))) offices.add(name);
  }
  return offices;
}
