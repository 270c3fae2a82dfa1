import type { Lang } from '../dataset/types';
import { foldText } from '../match/fold';

/** A word of the text, with what the suggestions need to know of its shape and place. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case, without diacritics (see lib/match/fold.ts). */
  folded: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two letters or more, mostly capitals ("UNODC", "ONZ", "AfD"). */
  upper: boolean;
  /** First word of a sentence, a line, or a quotation: its capital says nothing. */
  initial: boolean;
  /** Follows the previous word across plain spaces only, so both may belong to one name. */
  joined: boolean;
}

// Dotted acronyms ("U.N.", "U.S.") are one word; other words may hold hyphens and apostrophes.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*-?/gu;
// French elides articles and prepositions into the next word: "l'Office", "d'Ecuador".
const ELISION = /^(?:[dlnsjcmt]|qu)['’](?=\p{L})/iu;
// A full stop after one of these ends an abbreviation, not a sentence ("M. Le Hoai Trung").
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'm', 'mme', 'mlle', 'st']);
const MORE_ABBREVIATIONS = new Set(['sr', 'sra', 'dhr', 'mevr', 'ds', 'im', 'nr', 'jr', 'hr']);

/** Splits text into words, each knowing whether it starts a sentence and is joined to the last. */
export function tokenize(text: string, lang: Lang): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const elided = lang === 'fr' ? ELISION.exec(m[0]) : null;
    if (elided) {
      push(tokens, text, elided[0], m.index);
      tokens[tokens.length - 1].cap = false;
      push(tokens, text, m[0].slice(elided[0].length), m.index + elided[0].length);
    } else {
      // "China's Xinhua News Agency": the possessive ends one name before the next.
      const word = lang === 'en' ? m[0].replace(/['’]s$/u, '') : m[0];
      push(tokens, text, word, m.index);
    }
  }
  return tokens;
}

function push(tokens: Token[], text: string, word: string, start: number) {
  const prev = tokens.at(-1);
  const gap = prev ? text.slice(prev.end, start) : '\n';
  const abbreviation =
    prev !== undefined &&
    (prev.text.length === 1 ||
      ABBREVIATIONS.has(prev.folded) ||
      MORE_ABBREVIATIONS.has(prev.folded));
  // Quotation marks are left out: a name in quotes ("„Hanoi-Konvention“") is still mid-sentence.
  const boundary = /[!?…:;\n()[\]|•·]/u.test(gap) || (gap.includes('.') && !abbreviation);
  const letters = word.replace(/[^\p{L}]/gu, '');
  tokens.push({
    text: word,
    start,
    end: start + word.length,
    folded: foldText(word).folded,
    cap: /^\p{Lu}/u.test(word),
    upper: acronymLetters(letters),
    initial: boundary,
    joined:
      prev !== undefined &&
      (/^[ \u00a0\u202f\t]+$/u.test(gap) ||
        gap === '' ||
        (abbreviation && /^\.[ \u00a0\u202f]*$/u.test(gap))),
  });
}

/** Two capitals or more, and at least as many capitals as small letters ("UNODC", "AfD"). */
export function acronymLetters(letters: string): boolean {
  const capitals = letters.replace(/\P{Lu}/gu, '').length;
  return letters.length >= 2 && capitals >= 2 && capitals * 2 >= letters.length;
}

/** A word that may be part of a name: capitalised or in capitals, and not a number. */
export function isNameWord(token: Token): boolean {
  return (
    (token.cap || token.upper) &&
    !/^\p{N}/u.test(token.text) &&
    // "VN-leden", "UN-Mitglieder": an acronym's members or conference, not a name.
    !/^\p{Lu}+[-‐]\p{Ll}/u.test(token.text)
  );
}

/**
 * The number of words (up to four) from `at` that spell one of `phrases` (folded, separated by
 * single spaces), joined as one run; 0 when none does. The longest phrase wins.
 */
export function phraseAt(tokens: readonly Token[], at: number, phrases: Set<string>): number {
  let best = 0;
  let words = '';
  for (let k = 0; k < 4 && at + k < tokens.length; k++) {
    if (k > 0 && !tokens[at + k].joined) break;
    words = k === 0 ? tokens[at].folded : `${words} ${tokens[at + k].folded}`;
    if (phrases.has(words)) best = k + 1;
  }
  return best;
}
