// A generated news-like page for the detection benchmark: paragraphs of common words in the six
// languages with the dataset's aliases sprinkled in (as written, inflected, decomposed, with
// non-breaking spaces), some inline markup, headings between sections.
import { random, syntheticParagraphs } from '../lib/match/synthetic';
import type { AliasSpec } from '../lib/match/types';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Wraps about one word in twelve in a link, bold or emphasis, as article text has. */
function markup(paragraph: string, rnd: () => number): string {
  return paragraph
    .split(' ')
    .map((word) => {
      const r = rnd();
      if (r < 0.04) return `<a href="#w">${escapeHtml(word)}</a>`;
      if (r < 0.06) return `<b>${escapeHtml(word)}</b>`;
      if (r < 0.08) return `<em>${escapeHtml(word)}</em>`;
      return escapeHtml(word);
    })
    .join(' ');
}

/**
 * The page's HTML and its text size. `head` goes first in <head> (the benchmark's observer of
 * long tasks, which must be registered before the page loads).
 */
export function newsPage(specs: readonly AliasSpec[], textChars = 1_000_000, head = '') {
  const rnd = random(7);
  const paragraphs = syntheticParagraphs(textChars, specs, 11);
  const parts: string[] = [];
  paragraphs.forEach((paragraph, i) => {
    if (i % 12 === 0) {
      if (i > 0) parts.push('</section>');
      parts.push(`<section><h2>Section ${i / 12 + 1}</h2>`);
    }
    parts.push(`<p>${markup(paragraph, rnd)}</p>`);
  });
  parts.push('</section>');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated news page</title>${head}<style>body{font:16px/1.5 serif;max-width:46rem;margin:auto}</style></head><body><article><h1>Generated news page</h1>${parts.join('\n')}</article></body></html>`;
  const chars = paragraphs.reduce((sum, p) => sum + p.length, 0);
  return { html, chars, paragraphs: paragraphs.length };
}
