import type { Span } from './span';
import type { Token } from './tokens';

/**
 * Acronyms defined in brackets: "Office des Nations Unies contre la drogue et le crime (ONUDC)",
 * "Biura Narodów Zjednoczonych ds. Narkotyków i Przestępczości (UNODC)". The acronym is a name of
 * the span right before the bracket, whether or not its letters spell it (a translation keeps the
 * English acronym). Marks both; returns the acronyms' own spans.
 */
export function bracketAcronyms(text: string, tokens: readonly Token[], spans: Span[]): Span[] {
  const byEnd = new Map<number, Span>();
  for (const span of spans) byEnd.set(span.end, span);
  const found: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.upper || t.text.length > 10) continue;
    const open = /\(\s*$/u.exec(text.slice(Math.max(0, t.start - 3), t.start));
    if (!open || !/^\s*\)/u.test(text.slice(t.end, t.end + 3))) continue;
    const acronym: Span = {
      start: t.start,
      end: t.end,
      words: [t.folded],
      evidence: ['acronym', 'capitals'],
      type: 'organisation',
    };
    const before = text.slice(0, t.start).replace(/\s*\(\s*$/u, '').length;
    const named = byEnd.get(before);
    if (named && named.words.length > 1) {
      named.acronym = t.text;
      if (!named.evidence.includes('acronym')) named.evidence.push('acronym');
      if (named.type) acronym.type = named.type;
    }
    found.push(acronym);
  }
  return found;
}
