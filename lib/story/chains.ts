import type { EntityType, Lang } from '../dataset/types';
import { isCalendarWord } from '../lang/calendar';
import { isFrequentWord } from '../lang/frequent-words';
import { PLACE_PREPOSITION_WORDS } from '../lang/links';
import { chainEnd, headBefore, splitAcronym } from './chain-joins';
import type { Evidence, Span } from './span';
import { stem } from './stem';
import { extendTail, splitVietnamese, vietnameseHeads } from './tail';
import { headAt, markTitles, officeBefore, titleBefore, titleOfAt } from './titles';
import { isNameWord, type Token } from './tokens';
import { germanNoun, type WordUse } from './word-use';

/**
 * Names in scripts with capitals: runs of capitalised words, joined by the language's linking
 * words ("Office des Nations Unies"), with the person's title before them taken off ("Sekretarz
 * Generalny To Lam" gives "To Lam", a person) and sentence-initial function words dropped.
 */
export function latinSpans(tokens: readonly Token[], lang: Lang, use: WordUse): Span[] {
  const titles = markTitles(tokens, lang);
  const nameWord = (i: number) => isNameWord(tokens[i]) && !titles[i];
  const heads = lang === 'vi' ? vietnameseHeads(tokens) : undefined;
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord(i)) continue;
    const { last, evidence } = chainEnd(tokens, i, lang, titles, heads);
    const start = headBefore(tokens, i, lang);
    if (start < i) evidence.push('link');
    const parts = splitVietnamese(
      tokens,
      start,
      last,
      lang,
      titleBefore(tokens, titles, start, lang),
    );
    parts.push(...innerBodies(tokens, start, last, lang));
    for (const span of splitAcronym(tokens, titles, parts, lang)) {
      const made = makeSpan(tokens, span, { lang, titles, use }, evidence);
      if (made) spans.push(made);
    }
    i = last;
  }
  return spans;
}

/**
 * "Siège de l'Organisation des Nations Unies", "Sekretär des Zentralkomitees der Partei": a run
 * that does not start with a head but holds one after a link names a body there too.
 */
function innerBodies(tokens: readonly Token[], first: number, last: number, lang: Lang) {
  if (lang === 'vi' || headAt(tokens, first, lang)) return [];
  for (let k = first + 1; k <= last; k++) {
    if (!isNameWord(tokens[k]) || isNameWord(tokens[k - 1])) continue;
    if (headAt(tokens, k, lang)) return [{ first: k, last }];
  }
  return [];
}

interface Context {
  lang: Lang;
  titles: Uint8Array;
  use: WordUse;
}

function makeSpan(
  tokens: readonly Token[],
  part: { first: number; last: number; person?: boolean },
  { lang, titles, use }: Context,
  found: Evidence[],
): Span | undefined {
  let { first, last } = part;
  let title = part.person === true || titleBefore(tokens, titles, first, lang);
  // "The", "Die", "Aby" start a sentence, not a name; elsewhere such words are a name's ("M. Le
  // Hoai Trung", "To Lam").
  while (
    first <= last &&
    !title &&
    leading(tokens[first], use) &&
    !headOfName(tokens, first, last, lang)
  ) {
    first++;
  }
  // "Wcześniej Sąd Okręgowy": a sentence's first word, capitalised nowhere else, before a head
  // is the sentence's; the name starts at its head.
  if (
    first < last &&
    !title &&
    lang !== 'de' &&
    tokens[first].initial &&
    !use.capitalised.has(stem(tokens[first].folded, lang)) &&
    !headAt(tokens, first, lang) &&
    headAt(tokens, first + 1, lang)
  ) {
    first++;
  }
  // What is left starts with a capital or a head, not with a linking word ("Volgens de Europese
  // Commissie").
  while (first <= last && !isNameWord(tokens[first]) && !headAt(tokens, first, lang)) first++;
  if (first <= last) first += titleOfAt(tokens, first, lang);
  while (last >= first && trailing(tokens[last], lang)) last--;
  if (lang === 'de' && !title && commonNounBefore(tokens, first, last, use)) first++;
  // Vietnamese names end on a capitalised syllable, unless they start with a head ("Bộ Công an").
  let head = first <= last ? headAt(tokens, first, lang) : undefined;
  if (lang === 'vi' && !head) while (last > first && !tokens[last].cap) last--;
  if (first > last) return undefined;
  // "tháng Mười", "Thứ Bảy": the word after a month or weekday word is part of the date.
  if (first === last && tokens[first - 1] && isCalendarWord(tokens[first - 1].folded, lang)) {
    return undefined;
  }
  if (head) last = extendTail(tokens, last, lang);
  // A head alone ("the Convention", "Komitet", "Công ước thay mặt") refers back to a name; it
  // is none. German compounds on a name are names ("Hanoi-Konvention").
  const rest = tokens.slice(first + (head?.length ?? 0), last + 1);
  // French and Spanish bodies may be a head and an adjective ("Union européenne").
  const capitalsAfter =
    rest.some(isNameWord) || ((lang === 'fr' || lang === 'es') && rest.length > 0);
  const named = lang === 'de' && /^\p{Lu}[^-]*-\p{Lu}/u.test(tokens[first].text);
  const wholeBody = head?.type === 'organisation' && head.length >= 3;
  const compound = lang === 'de' && first === last && germanBody(tokens[first], head, use);
  // A capitalised head alone mid-sentence ("Sejm", "the Commission") is a name only where the
  // text has no longer name holding it: suggest.ts drops it otherwise.
  const bare = head && !capitalsAfter && !named && !wholeBody && !compound;
  if (bare && (lang === 'de' || lang === 'vi' || first !== last || tokens[first].initial)) {
    return undefined;
  }
  if (compound && !head) head = { type: 'organisation', length: 1 };
  const capitals = first === last && tokens[first].upper;
  // After a title, a body ("Dyrektor Wykonawczy Biura ...") or an acronym ("ONZ") is the office's,
  // and so is one Vietnamese syllable, a country ("Chủ tịch nước Lào"): a name has two or more.
  if (head || capitals || (lang === 'vi' && first === last)) title = false;
  const evidence: Evidence[] = found.filter((e) => e !== 'link' || linkInside(tokens, first, last));
  if (title) evidence.push('title');
  if (head && !bare) evidence.push('head');
  if (capitals) evidence.push('capitals');
  const before = tokens[first - 1];
  return {
    start: tokens[first].start,
    end: tokens[last].end,
    words: tokens.slice(first, last + 1).map((t) => t.folded),
    evidence,
    type: title ? 'person' : (head?.type ?? innerHead(tokens, first, last, lang)),
    common: tokens.slice(first, last + 1).some((t) => use.lower.has(stem(t.folded, lang))),
    initial: tokens[first].initial,
    office: !title && !head && officeBefore(tokens, first, lang),
    ...(bare ? { bare: true } : {}),
    afterPlace:
      before !== undefined &&
      tokens[first].joined &&
      PLACE_PREPOSITION_WORDS[lang].has(before.folded) &&
      !before.cap,
  };
}

/**
 * A head word that starts a name at the start of a sentence ("Convention de Hanoi", "Vụ Luật
 * pháp"): capitalised there because it is a name's, whether or not the text has it in lower case.
 */
function headOfName(tokens: readonly Token[], first: number, last: number, lang: Lang): boolean {
  const head = headAt(tokens, first, lang);
  return head !== undefined && first + head.length <= last;
}

/**
 * German names bodies with compounds on a body's head ("Politbüro", "Sachverständigenrat") and
 * on "Bundes-" ("Bundestag", "Bundesregierung"): such a word alone is a name, not a head that
 * refers back, unless the text has it after "ein".
 */
function germanBody(token: Token, head: ReturnType<typeof headAt>, use: WordUse): boolean {
  // "ein Schulungszentrum" is one of many.
  if (use.indefinite.has(stem(token.folded, 'de'))) return false;
  if (head) return head.type === 'organisation' && head.compound === true;
  return /^bundes\p{L}{3,}/u.test(token.folded);
}

/**
 * "der Hauptstadt Hanoi", "die Landschaft Deutschlands": a German common noun (after an article,
 * or with a noun's ending, and no adjective's) before a name is the sentence's.
 */
function commonNounBefore(tokens: readonly Token[], first: number, last: number, use: WordUse) {
  if (last <= first || headAt(tokens, first, 'de')) return false;
  const word = tokens[first].folded;
  // "ihr Koalitionspartner SPD": a noun after an article, before an acronym.
  if (last === first + 1 && tokens[last].upper && use.determined.has(stem(word, 'de'))) return true;
  if (/(?:e|en|er|es|em)$/.test(word)) return false;
  const nouns = tokens
    .slice(first, last + 1)
    .map((t) => germanNoun(stem(t.folded, 'de'), t.folded, use));
  return nouns[0] && !nouns.slice(1).some(Boolean);
}

function leading(token: Token, use: WordUse): boolean {
  const { lang } = use;
  if (isCalendarWord(token.folded, lang)) return true;
  if (!token.initial) return false;
  return isFrequentWord(token.folded, lang) || use.lower.has(stem(token.folded, lang));
}

/**
 * The type of a head inside the name, before its first link ("Centraal Comité van de Partij"),
 * in the language or in English, which names keep in every language ("Hanoi Convention Summit").
 */
function innerHead(tokens: readonly Token[], first: number, last: number, lang: Lang) {
  let type: EntityType | undefined;
  // The last head before a link: English puts it last ("National Convention Center").
  for (let i = first + 1; i <= last && isNameWord(tokens[i]); i++) {
    type = (headAt(tokens, i, lang) ?? headAt(tokens, i, 'en'))?.type ?? type;
  }
  return type;
}

function trailing(token: Token, lang: Lang): boolean {
  return isCalendarWord(token.folded, lang) || (lang !== 'vi' && !isNameWord(token));
}

function linkInside(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!isNameWord(tokens[i])) return true;
  return false;
}
