import { createPainter } from '@/entrypoints/content/paint/paint';
import { compileMatcher } from '@/lib/match/matcher';
import type { MatcherData } from '@/lib/messages';
import { findQuote } from './find-quote';
import { scanRoot } from './scan-root';

/** The highlight the cited passage is painted in; styled by the reader page's own CSS. */
export const QUOTE_HIGHLIGHT = 'factcard-quote';

/**
 * Paints the mentions in the article as the content script paints a web page: the same
 * scanner, matcher and `factcard-mention` highlight. Returns the cleanup.
 */
export function paintMentions(article: HTMLElement, data: MatcherData): () => void {
  const painter = createPainter(document);
  painter.add(scanRoot(article, compileMatcher(data.aliases)));
  return () => painter.clear();
}

/**
 * Marks the cited passage and scrolls it into sight. Returns false when the
 * passage is not in the text (a card from an older dataset, a hand-edited address).
 */
export function markQuote(article: HTMLElement, quote: string): boolean {
  const paragraphs = [...article.querySelectorAll('p')];
  const texts = paragraphs.map((p) => p.textContent ?? '');
  const found = findQuote(texts, quote);
  if (!found) return false;
  const range = document.createRange();
  // Each paragraph holds a single text node: ReaderText renders one string per <p>.
  range.setStart(paragraphs[found.start.index].firstChild!, found.start.offset);
  range.setEnd(paragraphs[found.end.index].firstChild!, found.end.offset);
  CSS.highlights.set(QUOTE_HIGHLIGHT, new Highlight(range));
  // Centre the passage itself (a paragraph can be taller than the window), and leave a passage
  // that is already in sight where it is, header and all.
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > innerHeight) {
    scrollTo({ top: scrollY + rect.top + rect.height / 2 - innerHeight / 2 });
  }
  return true;
}
