import type { Lang } from '../dataset/types';
import { isFrequentWord } from '../lang/frequent-words';
import { CONJUNCTION_PHRASES, LINK_PHRASES } from '../lang/links';
import type { Evidence } from './span';
import { vietnameseSyllable } from './tail';
import { headAt, titleBefore } from './titles';
import { isNameWord, phraseAt, type Token } from './tokens';

/**
 * German strings common nouns together with "der" and "zur" ("Zusammenarbeit der Staaten"): there
 * a link joins only after the head of a body's or a document's name ("Büro der Vereinten Nationen",
 * "Übereinkommen von Hanoi").
 */
export function linksHere(
  tokens: readonly Token[],
  first: number,
  last: number,
  lang: Lang,
): boolean {
  if (lang !== 'de') return true;
  for (let k = first; k <= last; k++) {
    const type = headAt(tokens, k, lang)?.type;
    if (type === 'organisation' || type === 'document') return true;
  }
  return false;
}

/**
 * French and Spanish write a body's head in lower case before its capitals ("le ministère de la
 * Sécurité publique", "el ministerio de Defensa"): the name starts at that head.
 */
export function headBefore(tokens: readonly Token[], first: number, lang: Lang): number {
  if (lang !== 'fr' && lang !== 'es') return first;
  for (let start = first - 1; start >= Math.max(0, first - 3); start--) {
    if (!tokens[start + 1].joined || isNameWord(tokens[start])) return first;
    const head = headAt(tokens, start, lang);
    const link = head ? phraseAt(tokens, start + head.length, LINK_PHRASES[lang]) : 0;
    if (head && link && start + head.length + link === first) return start;
  }
  return first;
}

/**
 * "Sekretarz Generalny ONZ António Guterres", "the UNGA Philemon Yang": an acronym, then a
 * person, written as one run; after a title, or when the rest has no head ("UNODC Country
 * Office" is one name).
 */
export function splitAcronym(
  tokens: readonly Token[],
  titles: Uint8Array,
  spans: { first: number; last: number; person?: boolean }[],
  lang: Lang,
) {
  return spans.flatMap((s) =>
    s.last - s.first >= 2 &&
    tokens[s.first].upper &&
    (titleBefore(tokens, titles, s.first, lang) || !hasHead(tokens, s.first + 1, s.last, lang))
      ? [
          { first: s.first, last: s.first },
          { first: s.first + 1, last: s.last },
        ]
      : [s],
  );
}

export function linkAt(
  tokens: readonly Token[],
  at: number,
  lang: Lang,
  conjunction: boolean,
): number {
  const link = phraseAt(tokens, at, LINK_PHRASES[lang]);
  // Polish "z" is "of" in "Konwencja z Hanoi" and "with" in "rozmowa z To Lamem".
  if (link > 0 && lang === 'pl' && tokens[at].folded === 'z') {
    return headAt(tokens, at - 1, lang) ? link : 0;
  }
  if (link > 0 || !conjunction) return link;
  return phraseAt(tokens, at, CONJUNCTION_PHRASES[lang]);
}

function hasHead(tokens: readonly Token[], first: number, last: number, lang: Lang): boolean {
  for (let i = first; i <= last; i++)
    if (headAt(tokens, i, lang) ?? headAt(tokens, i, 'en')) return true;
  return false;
}

/**
 * Where the run of capitals that starts at `first` ends: through linking words (in German only
 * after a body's or a document's head) and, in Vietnamese, through the lower-case syllables of
 * names. Says whether a link was crossed.
 */
export function chainEnd(
  tokens: readonly Token[],
  first: number,
  lang: Lang,
  titles: Uint8Array,
  heads: Uint8Array | undefined,
): { last: number; evidence: Evidence[] } {
  const nameWord = (i: number) => isNameWord(tokens[i]) && !titles[i];
  const i = first;
  const evidence: Evidence[] = [];
  let last = i;
  let lower = 0;
  let beforeAnd: number | undefined;
  // Vietnamese: may the word that starts at the last capital go on in lower case?
  let goesOn = heads !== undefined && heads[i] === 1;
  for (;;) {
    const j = last + 1;
    if (j >= tokens.length || !tokens[j].joined || titles[j]) break;
    if (nameWord(j)) {
      goesOn =
        heads !== undefined && (heads[j] === 1 || heads[last] === 1 || !isNameWord(tokens[last]));
      last = j;
      lower = 0;
      continue;
    }
    if (linksHere(tokens, i, last, lang)) {
      const link = linkAt(
        tokens,
        j,
        lang,
        evidence.includes('link') ||
          tokens[last].text.endsWith('-') ||
          (heads !== undefined && heads[i] === 1),
      );
      const conjunction = link > 0 && phraseAt(tokens, j, LINK_PHRASES[lang]) === 0;
      // "Ministry of Foreign Affairs and Ministry of ...", "Partei und Leiter der Kommission":
      // after "and" a second name starts at a head, or where a link follows it.
      if (conjunction && headAt(tokens, j + link, lang)) break;
      if (link > 0 && !conjunction && beforeAnd !== undefined) {
        last = beforeAnd;
        break;
      }
      // German adjectives stay in lower case inside a name ("Kommission für innere
      // Angelegenheiten", "Ministerium für öffentliche Sicherheit").
      let k = j + link;
      while (link > 0 && lang === 'de' && k < j + link + 2 && germanAdjective(tokens[k])) k++;
      if (link > 0 && k < tokens.length && tokens[k].joined && nameWord(k)) {
        if (conjunction) beforeAnd = last;
        last = k;
        lower = 0;
        goesOn = heads !== undefined;
        if (!evidence.includes('link')) evidence.push('link');
        continue;
      }
    }
    // Vietnamese names hold lower-case syllables: those of a head word ("Liên hợp quốc"), and
    // a word or two after a capital that follows a head or a link ("Bộ Công an", "về Ma túy").
    // A body's name may end on a third one before a punctuation mark ("Vụ Luật pháp và Điều
    // ước quốc tế (Bộ Ngoại giao)").
    const ends = heads?.[i] === 1 && lower === 2 && tokens[j + 1]?.joined !== true;
    if (heads && vietnameseSyllable(tokens[j]) && (heads[j] || (goesOn && (lower < 2 || ends)))) {
      last = j;
      lower++;
      continue;
    }
    break;
  }
  return { last, evidence };
}

function germanAdjective(token: Token | undefined): boolean {
  return (
    token?.joined === true &&
    !isNameWord(token) &&
    /^\p{Ll}+(?:e|en|er|es|em)$/u.test(token.text) &&
    !isFrequentWord(token.folded, 'de')
  );
}
