import type { Lang } from '../dataset/types';
import { bracketAcronyms, compoundAcronyms } from './acronyms';
import { arabicSpans } from './arabic';
import { latinSpans } from './chains';
import type { KnownNames } from './known';
import { splitOffices } from './offices';
import { rankSpans, type Suggestion } from './rank';
import type { Span } from './span';
import { nameKey, stem } from './stem';
import { tokenize } from './tokens';
import { keepSpan, type WordUse, wordUse } from './word-use';

export type { Suggestion } from './rank';

export interface Article {
  text: string;
  lang: Lang;
}

export interface SuggestOptions {
  /** The story's other articles: a name they share counts more, and their words are learnt. */
  others?: readonly Article[];
  /** Names other packs already know (see knownNames). */
  known?: KnownNames;
  /** At most this many suggestions (25). */
  limit?: number;
}

/** What a reader does not want a card for more than this many of, per article. */
export const MAX_SUGGESTIONS = 25;

/**
 * The names of an article a reader likely wants cards for (people, bodies, events, documents,
 * and places last), best first: what its words show (capitals, titles before a person, linking
 * words inside a name, head words, acronyms defined in brackets), how often each name comes
 * back, in how many of the story's other articles, and which names other packs know.
 */
export function suggestNames(article: Article, options: SuggestOptions = {}): Suggestion[] {
  const { text, lang } = article;
  const others = options.others ?? [];
  const tokens = tokenize(text, lang);
  const sameLanguage = others.filter((o) => o.lang === lang).map((o) => tokenize(o.text, lang));
  const use = wordUse([tokens, ...sameLanguage], lang);
  const found = lang === 'ar' ? arabicSpans(tokens, text) : latinSpans(tokens, lang, use);
  found.push(...bracketAcronyms(text, tokens, found));
  if (lang !== 'ar') found.push(...compoundAcronyms(tokens));
  found.push(...(options.known?.find(text) ?? []));
  const spans = dropHeldHeads(
    splitOffices(text, trimSentenceStarts(text, dedupe(found), use), lang),
    lang,
  ).filter((span) => keepSpan(span, use));
  return rankSpans(
    text,
    spans,
    lang,
    others.map((o) => o.text),
    options.limit ?? MAX_SUGGESTIONS,
  );
}

/**
 * "Omdat Vietnam", "Aby Wietnam": a sentence's first word, never capitalised elsewhere, before
 * a name the text also has alone, is the sentence's and not the name's.
 */
function trimSentenceStarts(text: string, spans: readonly Span[], use: WordUse): Span[] {
  const keys = new Set(spans.map((s) => nameKey(s.words, use.lang)));
  return spans.map((s) => {
    if (!s.initial || s.words.length < 2 || s.evidence.length > 0) return s;
    if (use.capitalised.has(stem(s.words[0], use.lang))) return s;
    if (!keys.has(nameKey(s.words.slice(1), use.lang))) return s;
    const skip = /^\S+\s+/u.exec(text.slice(s.start, s.end));
    if (!skip) return s;
    return { ...s, start: s.start + skip[0].length, words: s.words.slice(1), initial: false };
  });
}

/**
 * "the Convention" after "Hanoi Convention", "Komisja" after "Komisja Europejska": a head alone
 * refers back to the longer name that holds it. One the text never holds in a longer name
 * ("Sejm") is a name itself.
 */
function dropHeldHeads(spans: readonly Span[], lang: Lang): Span[] {
  const held = new Set(
    spans
      .filter((s) => !s.bare && s.words.length > 1)
      .flatMap((s) => s.words.map((w) => stem(w, lang))),
  );
  return spans.filter((s) => !s.bare || !held.has(stem(s.words[0], lang)));
}

/** One span per stretch of text: the evidence of all, the type of a known name first. */
function dedupe(spans: readonly Span[]): Span[] {
  const byPlace = new Map<string, Span>();
  for (const span of spans) {
    const key = `${span.start}:${span.end}`;
    const held = byPlace.get(key);
    if (!held) {
      byPlace.set(key, { ...span, evidence: [...span.evidence] });
      continue;
    }
    for (const e of span.evidence) if (!held.evidence.includes(e)) held.evidence.push(e);
    if (span.evidence.includes('known') || !held.type) held.type = span.type;
    held.acronym ??= span.acronym;
  }
  return [...byPlace.values()].sort((a, b) => a.start - b.start);
}
