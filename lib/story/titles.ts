import type { Lang } from '../dataset/types';
import { foldedSets, isFrequentWord } from '../lang/frequent-words';
import { HEAD_PHRASES, HEAD_TYPES, type HeadType } from '../lang/heads';
import { LINK_PHRASES } from '../lang/links';
import { GERMAN_TITLE_ENDINGS, TITLES } from '../lang/titles';
import { stem } from './stem';
import { isNameWord, phraseAt, type Token } from './tokens';

const TITLE_PHRASES = foldedSets(TITLES, ', ');
const VIETNAMESE_TITLES = new Set(TITLES.vi.normalize('NFC').split(', '));

/** The words from `at`, in lower case with their marks, separated by single spaces. */
function written(tokens: readonly Token[], at: number, n: number): string {
  return tokens
    .slice(at, at + n)
    .map((t) => t.text.normalize('NFC').toLowerCase())
    .join(' ');
}
const TITLE_STEMS = {
  de: new Set([...TITLE_PHRASES.de].map((t) => stem(t, 'de'))),
  pl: new Set([...TITLE_PHRASES.pl].map((t) => stem(t, 'pl'))),
};

/**
 * Marks the words that are a person's title: a title phrase of the language (or, in German, a
 * compound ending in one, "UN-Generalsekretär") followed by a name. "General" in "General
 * Assembly" is no title: what follows it is the head of a body's name.
 */
export function markTitles(tokens: readonly Token[], lang: Lang): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    let n = phraseAt(tokens, i, TITLE_PHRASES[lang]);
    if (n === 0 && lang === 'de' && GERMAN_TITLE_ENDINGS.test(tokens[i].text.toLowerCase())) n = 1;
    // Titles take case endings too: "dem Präsidenten", "premierowi".
    if (
      n === 0 &&
      (lang === 'de' || lang === 'pl') &&
      TITLE_STEMS[lang].has(stem(tokens[i].folded, lang))
    ) {
      n = 1;
    }
    // Vietnamese tones tell words apart that folding makes one: "bà" (Mrs) and "Ba" (three,
    // "Ba Lan"). A title there is written with its own marks.
    if (n > 0 && lang === 'vi' && !VIETNAMESE_TITLES.has(written(tokens, i, n))) n = 0;
    if (n === 0) continue;
    // Inside a run of capitals before a body's head, a title word is part of its name ("UN
    // General Assembly").
    const prev = tokens[i - 1];
    const inside = prev && tokens[i].joined && isNameWord(prev) && !marks[i - 1];
    // After a body's head a title followed by one word is the body's ("Kancelaria Prezydenta
    // RP"); before a name of two words it is the title of that name's holder ("United Nations
    // Secretary-General Antonio Guterres").
    const one = !(tokens[i + n + 1]?.joined && isNameWord(tokens[i + n + 1]));
    if (inside && one && headAt(tokens, i - 1, lang)) continue;
    const next = i + n < tokens.length ? i + n : -1;
    if (
      inside &&
      next > 0 &&
      (headAt(tokens, next, lang) || phraseAt(tokens, next, LINK_PHRASES[lang]))
    ) {
      continue;
    }
    if (!nameFollows(tokens, i + n, lang)) continue;
    marks.fill(1, i, i + n);
    i += n - 1;
  }
  return marks;
}

/**
 * The words of a title and its link at `at` ("Executive Director of the", "Minister of"): in
 * front of a run of capitals they name an office, and the body's name follows them.
 */
export function titleOfAt(tokens: readonly Token[], at: number, lang: Lang): number {
  const n = phraseAt(tokens, at, TITLE_PHRASES[lang]);
  const link = n > 0 ? phraseAt(tokens, at + n, LINK_PHRASES[lang]) : 0;
  return link > 0 && tokens[at + n + link] && isNameWord(tokens[at + n + link]) ? n + link : 0;
}

/** Whether a title and a link ("Minister of", "secretaris-generaal van de") end before `first`. */
export function officeBefore(tokens: readonly Token[], first: number, lang: Lang): boolean {
  for (let link = 1; link <= 3 && first - link > 0; link++) {
    if (phraseAt(tokens, first - link, LINK_PHRASES[lang]) !== link) continue;
    for (let title = 1; title <= 3 && first - link - title >= 0; title++) {
      if (phraseAt(tokens, first - link - title, TITLE_PHRASES[lang]) === title) return true;
    }
  }
  return false;
}

/**
 * A name right after a title, or after up to three lower-case words of office ("wiceminister
 * bezpieczeństwa publicznego Pham The Tung"), none of them a common word ("zei dat Vietnam").
 * Arabic has no capitals: any word may start a name there.
 */
function nameFollows(tokens: readonly Token[], at: number, lang: Lang): boolean {
  if (lang === 'ar') return tokens[at]?.joined === true;
  for (let k = at; k < at + 4 && k < tokens.length; k++) {
    if (!tokens[k].joined) return false;
    if (isNameWord(tokens[k])) return true;
    if (isFrequentWord(tokens[k].folded, lang)) return false;
  }
  return false;
}

/** Whether a title ends right before `first`, or before at most four lower-case words of office. */
export function titleBefore(
  tokens: readonly Token[],
  marks: Uint8Array,
  first: number,
  lang: Lang,
): boolean {
  for (let p = first - 1, seen = 0; p >= 0 && seen <= 3; p--, seen++) {
    if (!tokens[p + 1].joined) return false;
    if (marks[p]) return true;
    // "minister van Openbare Veiligheid", "ministre de la Sécurité": the office, not its holder.
    if (isNameWord(tokens[p]) || phraseAt(tokens, p, LINK_PHRASES[lang])) return false;
    if (isFrequentWord(tokens[p].folded, lang)) return false;
  }
  return false;
}

/**
 * The type whose head word starts at `at` (Polish heads in any case), and its length in words;
 * in German, whether the word is a compound on the head ("Politbüro", "Sachverständigenrat").
 */
export function headAt(
  tokens: readonly Token[],
  at: number,
  lang: Lang,
): { type: HeadType; length: number; compound?: boolean } | undefined {
  for (const type of HEAD_TYPES) {
    const heads = HEAD_PHRASES[type][lang];
    const n = phraseAt(tokens, at, heads);
    if (n > 0) return { type, length: n };
    const word = tokens[at].folded;
    if (lang === 'pl' && [...heads].some((h) => word.length > 3 && inflects(word, h))) {
      return { type, length: 1 };
    }
    // German compounds end on their head ("Generalversammlung", "Unterzeichnungszeremonie"),
    // which may take a case ending ("des Büros", "des Zentralkomitees").
    if (lang === 'de') {
      const forms = [word, stem(word, 'de'), word.replace(/s$/, ''), word.replace(/es$/, '')];
      const head = [...heads].find((h) => h.length > 2 && forms.some((f) => f.endsWith(h)));
      if (head)
        return { type, length: 1, compound: forms.every((f) => f.length > head.length + 2) };
    }
  }
  return undefined;
}

/** "Konwencji", "Konwencję" and "Konwencją" are cases of "konwencja": the stem and a short ending. */
function inflects(word: string, head: string): boolean {
  const stemLength = /[aeiouy]$/.test(head) ? head.length - 1 : head.length;
  return word.startsWith(head.slice(0, stemLength)) && word.length - stemLength <= 3;
}
