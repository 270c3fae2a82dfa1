import { withArabicSpellings } from '../match/arabic-spellings';
import { withBodyForms } from '../match/body-forms';
import { compileMatcher, type Matcher } from '../match/matcher';
import { createPageReader } from '../match/page-names';
import { withShortForms } from '../match/short-form-rules';
import type { AliasSpec, Mention } from '../match/types';
import type { Related, Seed, SeedMention } from './types';

export interface Derived {
  mentions: SeedMention[];
  related: Related[];
}

/** Sentence spans: a line break, or ., !, ?, ؟ followed by a space, ends a sentence. */
export function sentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const boundary = /[.!?؟…]+(?=\s)|\n+/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + (m[0].startsWith('\n') ? 0 : m[0].length);
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = m.index + m[0].length;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans.map(({ start, end }) => {
    const lead = text.slice(start, end).search(/\S/u);
    return { start: start + Math.max(lead, 0), end };
  });
}

/**
 * The matcher's mentions, paragraph (line) by paragraph, as a page's blocks are searched one by
 * one: a generic name counts only where its own paragraph names something specific too, a short
 * form (and an acronym or a title the text defines, page-names.ts) only after the full name.
 */
function findInParagraphs(matcher: Matcher, text: string): Mention[] {
  const found: Mention[] = [];
  const read = createPageReader(matcher);
  for (const line of text.matchAll(/[^\n]+/gu)) {
    for (const m of read(line[0])) {
      found.push({ ...m, start: m.start + line.index, end: m.end + line.index });
    }
  }
  return found;
}

/**
 * What the seed text itself says of each entity, found with the same matcher the content script
 * uses: where and how often it is mentioned, its first sentence in each seed, and which entities
 * share sentences with it, most often first.
 */
export function derive(specs: readonly AliasSpec[], seeds: readonly Seed[]): Map<string, Derived> {
  const matcher = compileMatcher(withShortForms(withBodyForms(withArabicSpellings(specs))));
  const mentions = new Map<string, SeedMention[]>();
  const pairs = new Map<string, Map<string, number>>();
  for (const seed of seeds) {
    const found = findInParagraphs(matcher, seed.text);
    const spans = sentences(seed.text);
    const perSentence = spans.map(() => new Set<string>());
    let s = 0;
    for (const m of found) {
      while (s < spans.length - 1 && m.start >= spans[s].end) s++;
      perSentence[s].add(m.entityId);
      const list = mentions.get(m.entityId) ?? [];
      const own = list.find((x) => x.seed === seed.id);
      if (own) own.count++;
      else {
        const span = spans[s];
        const firstSentence = seed.text.slice(span.start, span.end).replace(/\s+/gu, ' ').trim();
        list.push({ seed: seed.id, count: 1, firstSentence });
      }
      mentions.set(m.entityId, list);
    }
    for (const ids of perSentence) {
      for (const a of ids) {
        for (const b of ids) {
          if (a === b) continue;
          const row = pairs.get(a) ?? new Map<string, number>();
          row.set(b, (row.get(b) ?? 0) + 1);
          pairs.set(a, row);
        }
      }
    }
  }
  const out = new Map<string, Derived>();
  for (const id of new Set(specs.map((s) => s.entityId))) {
    const related = [...(pairs.get(id) ?? [])]
      .map(([other, count]) => ({ id: other, count }))
      .sort((x, y) => y.count - x.count || x.id.localeCompare(y.id));
    out.set(id, { mentions: mentions.get(id) ?? [], related });
  }
  return out;
}
