import type { Lang } from '../dataset/types';
import { isFrequentWord } from '../lang/frequent-words';
import { isHeadWord } from '../lang/heads';
import type { Span } from './span';
import { nameKey } from './stem';

/**
 * "Minister of Public Security Le Quoc Hung", "secretaris-generaal van de Verenigde Naties
 * Antonio Guterres": after a title and a link, one run of capitals holds the office's body and
 * its holder. The body ends on its head ("Naties"), or where the text names either part on its
 * own elsewhere ("Laos", "Krzysztof Gawkowski"); the rest, two words or more, is the person.
 */
export function splitOffices(text: string, spans: readonly Span[], lang: Lang): Span[] {
  // Each name and each of its ends ("Public Security" ends "Ministry of Public Security"), with
  // the spans that have it.
  const keys = new Map<string, Set<Span>>();
  const whole = new Set(spans.map((s) => nameKey(s.words, lang)));
  for (const s of spans) {
    for (let k = 0; k < s.words.length; k++) {
      const key = nameKey(s.words.slice(k), lang);
      keys.set(key, (keys.get(key) ?? new Set()).add(s));
    }
  }
  return spans.flatMap((s) => {
    if (!s.office || s.words.length < 3) return [s];
    const elsewhere = (key: string) => [...(keys.get(key) ?? [])].some((o) => o !== s);
    const at = splitAt(s, elsewhere, lang);
    const starts = wordStarts(text, s);
    if (at === 0 || starts.length !== s.words.length) return [s];
    const body: Span = {
      ...s,
      end: s.start + text.slice(s.start, starts[at]).trimEnd().length,
      words: s.words.slice(0, at),
      evidence: s.evidence.filter((e) => e !== 'title'),
      type: 'organisation',
    };
    const person: Span = {
      start: starts[at],
      end: s.end,
      words: s.words.slice(at),
      evidence: ['title'],
      type: 'person',
    };
    // The end of a body named in full elsewhere ("Public Security") is that body's, not a name.
    const named = isHeadWord(s.words[at - 1], lang) || whole.has(nameKey(body.words, lang));
    return named ? [body, person] : [person];
  });
}

function splitAt(s: Span, elsewhere: (key: string) => boolean, lang: Lang): number {
  const n = s.words.length;
  // The holder's name has no linking word ("Nationalen Akademie für Politik Ho Chi Minh" is one).
  let from = n;
  while (from > 0 && !isFrequentWord(s.words[from - 1], lang)) from--;
  for (let at = Math.max(1, from); at <= n - 2; at++) {
    if (isHeadWord(s.words[at - 1], lang) || isHeadWord(s.words[at - 1], 'en')) return at;
  }
  for (let at = Math.max(1, from); at <= n - 2; at++) {
    if (elsewhere(nameKey(s.words.slice(0, at), lang))) return at;
    if (elsewhere(nameKey(s.words.slice(at), lang))) return at;
  }
  return 0;
}

/** Where each word of a span starts in the text. */
function wordStarts(text: string, s: Span): number[] {
  const starts: number[] = [];
  for (const m of text.slice(s.start, s.end).matchAll(/\S+/gu)) starts.push(s.start + m.index);
  return starts;
}
