/** A position in one of several texts: which text, and the offset inside it. */
export interface TextPoint {
  index: number;
  offset: number;
}

/**
 * Finds `quote` in a sequence of texts (the paragraphs of a seed), comparing with whitespace
 * collapsed, as the dataset build does when it checks that every quote occurs in its seed. The
 * quote may run from one paragraph into the next.
 */
export function findQuote(
  texts: readonly string[],
  quote: string,
): { start: TextPoint; end: TextPoint } | null {
  const wanted = quote.replace(/\s+/gu, ' ').trim();
  if (!wanted) return null;
  // Collapse every whitespace run, and each paragraph break, to one space; remember where each
  // kept character came from.
  let folded = '';
  const from: TextPoint[] = [];
  texts.forEach((text, index) => {
    for (let offset = 0; offset < text.length; offset++) {
      const isSpace = /\s/u.test(text[offset]);
      if (isSpace && folded.endsWith(' ')) continue;
      folded += isSpace ? ' ' : text[offset];
      from.push({ index, offset });
    }
    if (!folded.endsWith(' ')) {
      folded += ' ';
      from.push({ index, offset: text.length });
    }
  });
  const at = folded.indexOf(wanted);
  if (at < 0) return null;
  const last = from[at + wanted.length - 1];
  return { start: from[at], end: { index: last.index, offset: last.offset + 1 } };
}
