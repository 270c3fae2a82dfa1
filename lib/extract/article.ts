import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../builder/types';
import { toLang } from '../card/lang';
import { guessLanguage } from '../story/language';
import { paragraphs } from './blocks';
import { isoDate } from './date';
import { readMetadata } from './metadata';

/** Less text than this is a teaser, a list of links or an error page: no article to keep. */
export const MIN_ARTICLE_LENGTH = 300;

export type ArticleResult =
  | { ok: true; value: ExtractedArticle }
  | { ok: false; reason: 'no-article' }
  | { ok: false; reason: 'language'; tag: string };

/**
 * The article of a page: its main text found by Mozilla's Readability (the code of Firefox's
 * Reader View) on a copy of the document, since Readability rewrites the tree it reads, with the
 * page's own metadata. The text keeps the article's paragraphs, separated by blank lines.
 */
export function extractArticle(doc: Document, pageUrl: string): ArticleResult {
  const meta = readMetadata(doc, pageUrl);
  const copy = doc.cloneNode(true) as Document;
  const parsed = new Readability(copy, { serializer: (node: Node) => node }).parse();
  const text = parsed?.content ? paragraphs(parsed.content) : '';
  if (text.length < MIN_ARTICLE_LENGTH || !meta.url) return { ok: false, reason: 'no-article' };
  const tag = meta.langTag || parsed?.lang || '';
  const lang = tag ? toLang(tag) : guessLanguage(text);
  if (!lang) return { ok: false, reason: 'language', tag };
  return {
    ok: true,
    value: {
      url: meta.url,
      title: meta.title || parsed?.title?.trim() || meta.url,
      site: meta.site || parsed?.siteName?.trim() || '',
      author: meta.author || parsed?.byline?.trim() || '',
      date: meta.date || isoDate(parsed?.publishedTime ?? ''),
      lang,
      text,
    },
  };
}
