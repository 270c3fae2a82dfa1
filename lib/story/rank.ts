import type { EntityType, Lang } from '../dataset/types';
import { isHeadWord } from '../lang/heads';
import { foldText } from '../match/fold';
import type { Evidence, Span } from './span';
import { nameKey } from './stem';
import { typeOf } from './type-of';

/** A name suggested for a card. */
export interface Suggestion {
  /** As written, in its commonest form in the article. */
  name: string;
  type: EntityType;
  score: number;
  /** Occurrences in the article, all forms together. */
  count: number;
  /** Every form seen, commonest first (cases, the acronym defined in brackets). */
  forms: string[];
  /** The acronym the article defines for it in brackets. */
  acronym?: string;
  /** How many of the story's other articles name it too. */
  articles: number;
}

interface Group {
  text: string;
  key: string;
  spans: Span[];
  forms: Map<string, number>;
  words: number;
}

const WEIGHT: Record<Evidence, number> = {
  known: 4,
  title: 3,
  acronym: 3,
  head: 2,
  link: 1,
  capitals: 1,
};

/**
 * Groups the spans by name (case endings and proclitics aside), folds a surname and an acronym
 * into the full name they stand for, and scores each name by what the text shows of it, how
 * often it comes back, and in how many of the story's other articles.
 */
export function rankSpans(
  text: string,
  spans: readonly Span[],
  lang: Lang,
  others: readonly string[],
  limit: number,
): Suggestion[] {
  const groups = new Map<string, Group>();
  for (const span of spans) {
    const key = nameKey(span.words, lang);
    const group: Group = groups.get(key) ?? {
      text,
      key,
      spans: [],
      forms: new Map(),
      words: span.words.length,
    };
    const form = text.slice(span.start, span.end).replace(/\s+/gu, ' ');
    group.spans.push(span);
    group.forms.set(form, (group.forms.get(form) ?? 0) + 1);
    groups.set(key, group);
  }
  mergeShortForms(groups, lang);
  const padded = others.map(padFolded);
  const out = [...groups.values()]
    .map((g) => suggestion(g, lang, padded))
    .filter((s) => s.score > 0);
  out.sort((a, b) => b.score - a.score || b.count - a.count);
  return out.slice(0, limit);
}

/**
 * A surname after the full name ("Guterres", "Merz") and a defined acronym count for the name;
 * so does a family name that comes first ("President Luong" after "Luong Cuong"), when one
 * person of the article has it.
 */
function mergeShortForms(groups: Map<string, Group>, lang: Lang) {
  const people = new Map<string, Group | null>();
  const add = (word: string, g: Group) => people.set(word, people.has(word) ? null : g);
  for (const g of groups.values()) {
    if (g.words < 2 || g.words > 4 || typeOf(g.spans, g.words, lang) !== 'person') continue;
    const words = g.key.split(' ');
    add(words.at(-1)!, g);
    if (words[0] !== words.at(-1)) add(words[0], g);
  }
  for (const g of [...groups.values()]) {
    const acronym = g.spans.find((s) => s.acronym)?.acronym;
    const target = g.words === 1 ? people.get(g.key) : undefined;
    if (target && target !== g) moveInto(groups, g, target);
    if (acronym) {
      const short = groups.get(nameKey([foldText(acronym).folded], lang));
      if (short && short !== g) moveInto(groups, short, g);
    }
  }
}

function moveInto(groups: Map<string, Group>, from: Group, to: Group) {
  to.spans.push(...from.spans);
  for (const [form, n] of from.forms) to.forms.set(form, (to.forms.get(form) ?? 0) + n);
  groups.delete(from.key);
}

function suggestion(g: Group, lang: Lang, others: readonly string[]): Suggestion {
  const forms = [...g.forms.entries()].sort((a, b) => b[1] - a[1]).map(([form]) => form);
  // The full name, not the surname or the acronym merged into it.
  const full = new Map<string, number>();
  for (const s of g.spans) {
    if (s.words.length !== g.words) continue;
    const form = g.text.slice(s.start, s.end).replace(/\s+/gu, ' ');
    full.set(form, (full.get(form) ?? 0) + 1);
  }
  // Of the forms of an inflected name, the one without an ending ("To Lam", not "To Lama").
  const plain = (form: string) => {
    const words = foldText(form).folded.split(' ');
    return nameKey(words, lang) === words.join(' ') || isHeadWord(words[0], lang);
  };
  const name = [...(full.size ? full : g.forms).entries()].sort(
    (a, b) => Number(plain(b[0])) - Number(plain(a[0])) || b[1] - a[1],
  )[0][0];
  const evidence = new Set(g.spans.flatMap((s) => s.evidence));
  const articles = others.filter((o) => forms.some((f) => o.includes(padFolded(f)))).length;
  const type = typeOf(g.spans, g.words, lang);
  let score = 2 * Math.log2(1 + g.spans.length) + Math.min(articles, 3);
  for (const e of evidence) score += WEIGHT[e];
  if (g.words >= 2 && g.words <= 6) score += 1;
  if (g.words > 8) score -= 2;
  if (type === 'place') score -= 1.5;
  if (evidence.size === 0 && g.words === 1) score -= 1;
  const acronym = g.spans.find((s) => s.acronym)?.acronym;
  return {
    name,
    type,
    score: Math.round(score * 100) / 100,
    count: g.spans.length,
    forms,
    ...(acronym ? { acronym } : {}),
    articles,
  };
}

/** Folded, words separated by single spaces, with a space either side for whole-word search. */
function padFolded(text: string): string {
  return ` ${foldText(text)
    .folded.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()} `;
}
