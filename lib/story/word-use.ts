import type { Lang } from '../dataset/types';
import { isFrequentWord } from '../lang/frequent-words';
import { TITLES } from '../lang/titles';
import { foldText } from '../match/fold';
import type { Span } from './span';
import { stem } from './stem';
import { isNameWord, type Token } from './tokens';

/** How the words of a language's texts are written: what tells a name from a common word. */
export interface WordUse {
  lang: Lang;
  /** Stems seen in lower case: a common word, whatever its capital at the start of a sentence. */
  lower: Set<string>;
  /** Stems seen capitalised inside a sentence. */
  capitalised: Set<string>;
  /** German: stems seen after an article or a determiner ("die Konvention"), i.e. nouns. */
  determined: Set<string>;
  /** German: stems seen after an indefinite article ("ein Schulungszentrum"), i.e. common nouns. */
  indefinite: Set<string>;
  /** How often each stem is written capitalised, in all the texts. */
  counts: Map<string, number>;
}

const GERMAN_DETERMINERS = new Set(
  'der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins kein keine keinen sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem unser unsere unserem dieser diese dieses diesen jeder jede alle'.split(
    ' ',
  ),
);
const INDEFINITE = new Set(
  'ein eine einen einem einer eines kein keine keinen keinem keiner'.split(' '),
);
// German nouns that end so are common nouns ("Unterzeichnung", "Gemeinschaft", "Konvention").
const GERMAN_NOUN =
  /(?:ung|ungen|heit|keit|schaft|tat|taten|tion|tionen|sion|ismus|nis|tum|ment|itat|ik|ien|ler|chen|ling)$/;

export function wordUse(texts: readonly Token[][], lang: Lang): WordUse {
  const use: WordUse = {
    lang,
    lower: new Set(),
    capitalised: new Set(),
    determined: new Set(),
    indefinite: new Set(),
    counts: new Map(),
  };
  for (const tokens of texts) {
    tokens.forEach((t, i) => {
      const key = stem(t.folded, lang);
      if (!isNameWord(t) && lang !== 'vi') use.lower.add(key);
      else use.counts.set(key, (use.counts.get(key) ?? 0) + 1);
      if (isNameWord(t) && !t.initial) use.capitalised.add(key);
      if (lang === 'de' && isNameWord(t) && determined(tokens, i)) use.determined.add(key);
      if (lang === 'de' && isNameWord(t) && INDEFINITE.has(tokens[i - 1]?.folded ?? '')) {
        use.indefinite.add(key);
      }
    });
  }
  return use;
}

function determined(tokens: readonly Token[], at: number): boolean {
  for (let p = at - 1; p >= Math.max(0, at - 3); p--) {
    if (!tokens[p + 1].joined) return false;
    if (GERMAN_DETERMINERS.has(tokens[p].folded)) return true;
    if (isNameWord(tokens[p])) return false;
  }
  return false;
}

const titleStems = Object.fromEntries(
  Object.entries(TITLES).map(([lang, list]) => [
    lang,
    new Set(list.split(/[, ]+/).map((w) => stem(foldText(w).folded, lang as Lang))),
  ]),
) as Record<Lang, Set<string>>;

/**
 * Whether a span can be a name: not only common words, titles or numbers; a lone capitalised
 * word must be seen capitalised inside a sentence and never in lower case; a German one must not
 * look like a common noun, and a German run must hold a word that is not one.
 */
export function keepSpan(span: Span, use: WordUse): boolean {
  const { lang } = use;
  if (span.evidence.includes('known')) return true;
  const words = span.words;
  const stems = words.map((w) => stem(w, lang));
  if (words.every((w, i) => isFrequentWord(w, lang) || titleStems[lang].has(stems[i]))) {
    return false;
  }
  if (lang === 'ar') return true;
  // Vietnamese syllables are shared by many words ("Công" in "Công ước" and "công nghệ"): a
  // syllable seen in lower case says nothing.
  const common = (s: string) => lang !== 'vi' && use.lower.has(s);
  if (span.evidence.includes('title') && stems.every(common)) return false;
  if (span.evidence.includes('acronym') || span.evidence.includes('capitals')) return true;
  if (words.length === 1) {
    if (common(stems[0])) return false;
    if (span.initial && !use.capitalised.has(stems[0])) return false;
    if (lang !== 'de' || span.evidence.includes('title') || span.evidence.includes('head')) {
      return true;
    }
    // Capitalised nouns abound in German: a lone word must come back or follow "in" ("in Hanoi").
    return (
      !germanNoun(stems[0], words[0], use) &&
      (span.afterPlace || (use.counts.get(stems[0]) ?? 0) >= 2)
    );
  }
  // Capitalised common words with nothing else to show ("Przewodniczących Delegacji").
  if (span.evidence.length === 0 && stems.every(common)) return false;
  if (lang !== 'de' || span.evidence.some((e) => e === 'title' || e === 'link')) return true;
  // A capitalised adjective before a noun only occurs in a name ("Vereinten Nationen").
  if (words.slice(0, -1).some((w) => /(?:e|en|er|es|em)$/.test(w))) return true;
  return stems.some((s, i) => !germanNoun(s, words[i], use));
}

/** A German word written as a common noun: after an article, or with a noun's ending. */
export function germanNoun(key: string, word: string, use: WordUse): boolean {
  return use.determined.has(key) || GERMAN_NOUN.test(word);
}
