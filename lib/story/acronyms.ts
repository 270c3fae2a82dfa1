import type { Span } from './span';
import { acronymLetters, type Token } from './tokens';

/**
 * Acronyms defined in brackets: "Office des Nations Unies contre la drogue et le crime (ONUDC)",
 * "Biura Narodów Zjednoczonych ds. Narkotyków i Przestępczości (UNODC)". The acronym is a name of
 * the span right before the bracket when its letters spell that span's words, or the end of it
 * ("Công ước của Liên hợp quốc (LHQ)" defines "Liên hợp quốc"), or when that span is a body's
 * name (a translation keeps the English acronym). After a person's name the bracket holds a
 * party or a country ("Friedrich Merz (CDU)"), a name of its own. Marks the named span; returns
 * the acronyms' own spans and the ends of spans they name.
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
    found.push(acronym);
    const before = text.slice(0, t.start).replace(/\s*\(\s*$/u, '').length;
    const named = byEnd.get(before);
    if (!named || named.words.length < 2) continue;
    const letters = t.text.replace(/[^\p{L}]/gu, '').toLowerCase();
    const tail = spelledTail(named.words, letters);
    // "UN Commission on Crime Prevention and Criminal Justice (CCPCJ)": an acronym before the
    // spelled words is part of the name.
    const lead = tail === named.words.length - 1 && /^\p{Lu}{2,}\b/u.test(text.slice(named.start));
    if (tail > 0 && tail < named.words.length && !lead) {
      // The acronym names the end of the span: that end is a name of its own.
      const last = tokens.findIndex((k) => k.end === before);
      const first = tokens[last - tail + 1];
      if (last >= 0 && first) {
        found.push({
          start: first.start,
          end: before,
          words: named.words.slice(-tail),
          evidence: ['acronym'],
          type: 'organisation',
          acronym: t.text,
        });
      }
      continue;
    }
    const body = named.evidence.some((e) => e === 'head' || e === 'link') || named.type;
    if (tail === 0 && (!body || named.type === 'person')) continue;
    named.acronym = t.text;
    if (!named.evidence.includes('acronym')) named.evidence.push('acronym');
    if (named.type) acronym.type = named.type;
  }
  return found;
}

/** The number of last words whose initials spell `letters` (linking words may be skipped). */
function spelledTail(words: readonly string[], letters: string): number {
  for (let n = 1; n <= words.length; n++) {
    const tail = words.slice(-n);
    if (spells(tail, letters)) return n;
  }
  return 0;
}

function spells(words: readonly string[], letters: string): boolean {
  if (!words[0] || words[0][0] !== letters[0]) return false;
  // Each letter starts the next word, or the next but some linking words ("of", "on", "des").
  let w = 0;
  for (const letter of letters) {
    while (w < words.length && words[w][0] !== letter) {
      if (words[w].length > 4) return false;
      w++;
    }
    if (w === words.length) return false;
    w++;
  }
  return words.slice(w).every((rest) => rest.length <= 4);
}

/**
 * Compounds on an acronym ("AfD-Abgeordneten", "SPD-Chef", "UN-Generalsekretär", "VN-leden"):
 * the acronym names a party or a body, even when the text never writes it alone.
 */
export function compoundAcronyms(tokens: readonly Token[]): Span[] {
  const found: Span[] = [];
  for (const t of tokens) {
    const m = /^([\p{L}]{2,6})[-‐]\p{L}{3,}/u.exec(t.text);
    if (!m || !acronymLetters(m[1])) continue;
    found.push({
      start: t.start,
      end: t.start + m[1].length,
      words: [t.folded.slice(0, m[1].length)],
      evidence: ['capitals'],
      type: 'organisation',
    });
  }
  return found;
}
