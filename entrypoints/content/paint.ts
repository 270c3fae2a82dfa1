import type { PageMention } from './scan';

/** The CSS.highlights entry every mention is painted in: a public name page authors rely on. */
export const MENTION_HIGHLIGHT = 'factcard-mention';

export function createPainter(doc: Document) {
  const highlight = new Highlight();
  doc.defaultView?.CSS.highlights.set(MENTION_HIGHLIGHT, highlight);
  return {
    add(mentions: readonly PageMention[]) {
      for (const mention of mentions) highlight.add(mention.range);
    },
    delete(mentions: readonly PageMention[]) {
      for (const mention of mentions) highlight.delete(mention.range);
    },
    clear() {
      highlight.clear();
      const registry = doc.defaultView?.CSS.highlights;
      if (registry?.get(MENTION_HIGHLIGHT) === highlight) registry.delete(MENTION_HIGHLIGHT);
    },
  };
}
