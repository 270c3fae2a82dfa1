import type { Lang } from '../dataset/types';
import { isFrequentWord } from '../lang/frequent-words';
import { CONJUNCTION_PHRASES, LINK_PHRASES, TAIL_LINK_PHRASES } from '../lang/links';
import { headAt } from './titles';
import { isNameWord, phraseAt, type Token } from './tokens';

/** A lower-case Vietnamese syllable that may be inside a name ("an" in "Bộ Công an"). */
export function vietnameseSyllable(token: Token): boolean {
  return !token.cap && /^\p{L}+$/u.test(token.text) && !isFrequentWord(token.folded, 'vi');
}

/**
 * The last word of a name of a body, a document or an event that goes on after its capitals with
 * a link and lower-case words up to a punctuation mark: "Convention des Nations Unies contre la
 * cybercriminalité (", "Công ước Liên hợp quốc về chống tội phạm mạng (". Elsewhere those words
 * may be the sentence's own, and the name ends at `last`.
 */
export function extendTail(tokens: readonly Token[], last: number, lang: Lang): number {
  // An adjective after the capitals: "Nations unies contre ...", "Union européenne".
  // A stressed last vowel marks a verb ("ganó"), not an adjective.
  const adjective =
    ADJECTIVE[lang]?.test(tokens[last + 1]?.folded ?? '') &&
    !/[áéíóú]$/u.test(tokens[last + 1]?.text ?? '') &&
    lowerWord(tokens[last + 1], lang);
  const link = adjective ? last + 2 : last + 1;
  // The adjective ends the name before a punctuation mark or a common word ("et", "a").
  const base = adjective ? last + 1 : last;
  const after = tokens[link];
  if (!after?.joined) return base;
  // "Assemblée générale des Nations Unies": after the adjective the name goes on to capitals.
  const named = adjective ? phraseAt(tokens, link, LINK_PHRASES[lang]) : 0;
  if (named > 0 && tokens[link + named]?.joined && isNameWord(tokens[link + named])) {
    let end = link + named;
    while (tokens[end + 1]?.joined && isNameWord(tokens[end + 1])) end++;
    return end;
  }
  const n = phraseAt(tokens, link, TAIL_LINK_PHRASES[lang]);
  if (n === 0 && isFrequentWord(after.folded, lang)) return base;
  let end = link + n;
  // "Assemblée nationale contre le gouvernement": a body after the link is the name's object,
  // not part of it.
  if (n === 0 || !lowerWord(tokens[end], lang) || headAt(tokens, end, lang)) return base;
  if (lang === 'vi') {
    for (let k = 0; k < 3 && lowerWord(tokens[end + 1], lang); k++) end++;
  } else {
    const and = tokens[end + 1]?.joined ? phraseAt(tokens, end + 1, CONJUNCTION_PHRASES[lang]) : 0;
    if (and > 0 && lowerWord(tokens[end + 1 + and], lang)) end += 1 + and;
  }
  const next = tokens[end + 1];
  return next === undefined || !next.joined ? end : base;
}

// Adjective endings of French and Spanish, folded: they follow the noun, in lower case, inside
// the names of bodies ("Union européenne", "Assemblée générale", "Unión Europea" is capitalised).
const ADJECTIVE: Partial<Record<Lang, RegExp>> = {
  fr: /(?:ique|ienne|eenne|aise|ale|aux|el|elle|ere|aire|ive|if|ee|ees|ies|unies|unis)s?$/,
  es: /(?:ano|ana|ico|ica|al|ales|ense|esa|ivo|iva|ario|aria|ea|eo|idas|idos)s?$/,
};

function lowerWord(token: Token | undefined, lang: Lang): boolean {
  return (
    token?.joined === true &&
    !isNameWord(token) &&
    /^\p{L}/u.test(token.text) &&
    !isFrequentWord(token.folded, lang)
  );
}

/** The words of a text that are part of a Vietnamese head word ("công ước", "liên hợp quốc"). */
export function vietnameseHeads(tokens: readonly Token[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (let p = 0; p < tokens.length; p++) {
    const head = headAt(tokens, p, 'vi');
    if (head) marks.fill(1, p, p + head.length);
  }
  return marks;
}

/**
 * Vietnamese writes a body and the person holding office in it as one run of capitals ("Bộ Công
 * an Lương Tam Quang"): a lower-case syllable that is not part of a head word, followed by two
 * capitalised syllables or more to the end, starts a second name.
 */
export function splitVietnamese(
  tokens: readonly Token[],
  first: number,
  last: number,
  lang: Lang,
  titled: boolean,
): { first: number; last: number; person?: boolean }[] {
  if (lang !== 'vi') return [{ first, last }];
  // "Chủ tịch nước Lào Thongloun Sisoulith": the office's country, then a foreign holder.
  if (titled && last - first >= 2 && syllable(tokens[first].folded)) {
    const foreign = tokens.slice(first + 1, last + 1).every((t) => !syllable(t.folded));
    if (foreign)
      return [
        { first, last: first },
        { first: first + 1, last, person: true },
      ];
  }
  // For each word, the length of the head word it is part of (0: none).
  const inHead = new Uint8Array(last - first + 1);
  for (let p = first; p <= last; p++) {
    const head = headAt(tokens, p, lang);
    if (head) inHead.fill(head.length, p - first, p - first + head.length);
  }
  for (let p = first + 1; p < last; p++) {
    // A head of three syllables or more is a whole name ("Liên hợp quốc"); shorter ones name
    // what follows them ("Công ước Hà Nội").
    const head = inHead[p - 1 - first];
    if (tokens[p - 1].cap || (head > 0 && head < 3)) continue;
    let caps = p;
    while (caps <= last && tokens[caps].cap) caps++;
    // After a title the second name is its holder ("Bộ trưởng Bộ Công an Lương Tam Quang").
    if (caps > last)
      return [
        { first, last: p - 1 },
        { first: p, last, person: titled },
      ];
  }
  return [{ first, last }];
}

/**
 * Whether a folded word has the shape of one Vietnamese syllable: a consonant or two, a vowel or
 * up to three, and one of the finals Vietnamese allows. "Thongloun" and "Guterres" have not.
 */
function syllable(folded: string): boolean {
  return /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u.test(
    folded,
  );
}
