import { acronymAfter, acronymBefore, initialsFit } from './acronym-shape';
import type { Mention } from './types';

/**
 * Acronyms a page defines in brackets beside a full name: "Office des Nations unies contre la
 * drogue et le crime (ONUDC)" or "ONUDC (Office des Nations unies ...)" makes ONUDC a short
 * form of that entity on this page, in any language and any pack, without a new matcher. `read`
 * takes a text's mentions (the matcher's, in text order) and returns them with the acronyms
 * defined so far, as short forms, from their definitions on; `grown()` says whether a read since the last
 * call defined a new one (text read earlier may hold uses of it).
 */
export function createPageAcronyms() {
  let defined = new Map<string, string>();
  let pattern: RegExp | undefined;
  let grew = false;

  /** Defines the acronyms of `text`; returns where each new one's definition starts. */
  function define(text: string, found: readonly Mention[]): Map<string, number> {
    const here = new Map<string, number>();
    for (const m of found) {
      // A generic name with no home in its own text defines one too: its uses count where it
      // does, once the page has named its entity ("Ministerstwo Bezpieczeństwa Publicznego
      // (MBP)" after "Wietnam").
      if (m.depth > 0 || (m.short && !m.after)) continue;
      const name = text.slice(m.start, m.end);
      const span = acronymAfter(text, m.end) ?? acronymBefore(text, m.start, m.end);
      if (!span || !initialsFit(span.acronym, name) || defined.has(span.acronym)) continue;
      // An acronym the matcher knows is an alias already.
      if (found.some((other) => other.start < span.end && other.end > span.start)) continue;
      defined.set(span.acronym, m.entityId);
      // "ACR (Full Name)": the acronym comes before the name, so it counts from the bracket on.
      here.set(span.acronym, span.start > m.start ? span.start : span.end);
    }
    if (here.size > 0) grew = true;
    if (here.size > 0) pattern = wordsPattern([...defined.keys()]);
    return here;
  }

  return {
    read(text: string, found: Mention[]): Mention[] {
      const here = define(text, found);
      if (!pattern) return found;
      const uses: Mention[] = [];
      for (const match of text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        const entityId = defined.get(match[0]);
        // Uses before a definition in the same text are no uses; the definition names the
        // entity as a listed acronym in its bracket would ("UN Office of Legal Affairs (OLA)").
        if (!entityId || start < (here.get(match[0]) ?? 0)) continue;
        if (found.some((m) => m.start < end && m.end > start)) continue;
        uses.push({ start, end, entityId, alias: -1, depth: 0, short: true });
      }
      if (uses.length === 0) return found;
      return [...found, ...uses].sort((a, b) => a.start - b.start || a.depth - b.depth);
    },
    grown() {
      const was = grew;
      grew = false;
      return was;
    },
    clear() {
      defined = new Map();
      pattern = undefined;
      grew = false;
    },
  };
}

function wordsPattern(words: string[]): RegExp {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\&-]/gu, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export type PageAcronyms = ReturnType<typeof createPageAcronyms>;
