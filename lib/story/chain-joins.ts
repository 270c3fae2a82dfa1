import type { Lang } from '../dataset/types';
import { CONJUNCTION_PHRASES, LINK_PHRASES } from '../lang/links';
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
