import type { Lang } from '../dataset/types';
import { type ArticleResult, extractArticle } from './article';
import { readMetadata } from './metadata';
import { pageLang } from './page-lang';
import { readSelection, type SelectionResult } from './selection';

/** The page's selection with the page's language ('' when it is none of the eight). */
export type PageSelection = SelectionResult & { lang: Lang | '' };

/** What extract.js answers for the page it is loaded into. */
export interface PageReader {
  article(): ArticleResult;
  selection(): PageSelection;
}

/** The page reader over one document, its URL read when asked (pages change their address). */
export function createPageReader(doc: Document, url: () => string): PageReader {
  return {
    article: () => extractArticle(doc, url()),
    selection: () => {
      const selection = doc.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      const { langTag } = readMetadata(doc, url());
      const lang = pageLang(langTag, () => (doc.body?.textContent ?? '').slice(0, 20000));
      return { ...readSelection(range), lang };
    },
  };
}
