import { isoDate } from './date';
import { readLinkedData } from './json-ld';

/** What a page says about itself, each field '' when it does not say. */
export interface PageMetadata {
  /** The canonical URL (http or https), without a fragment. */
  url: string;
  title: string;
  site: string;
  author: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The root element's `lang`, else the Content-Language or og:locale meta tag, as written. */
  langTag: string;
}

/**
 * Reads a page's title, site name, author, publication date, language and canonical URL from its
 * meta tags (Open Graph, article:*, Dublin Core, name="author"), its JSON-LD article and its
 * <link rel="canonical">, each from the first place that has it. `pageUrl` is the address the
 * page was loaded from: relative canonical links resolve against it, and it is the fallback.
 */
export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const tags = metaTags(doc);
  const meta = (...keys: string[]) => keys.map((key) => tags.get(key)).find(Boolean) ?? '';
  const linked = readLinkedData(doc);
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? '';
  return {
    url: canonicalUrl([canonical, meta('og:url'), linked.url], pageUrl),
    title: meta('og:title', 'twitter:title') || linked.title || doc.title.trim(),
    site: meta('og:site_name', 'application-name') || linked.site || siteOf(pageUrl),
    author: meta('author', 'article:author', 'dc.creator', 'parsely-author') || linked.author,
    date:
      [
        meta('article:published_time', 'og:article:published_time', 'datepublished'),
        linked.date,
        meta('date', 'dc.date', 'dc.date.issued', 'pubdate', 'publish-date'),
        doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '',
      ]
        .map(isoDate)
        .find(Boolean) ?? '',
    langTag:
      doc.documentElement.getAttribute('lang')?.trim() || meta('content-language', 'og:locale'),
  };
}

/**
 * The page's meta tags by their lower-cased property, name, http-equiv or itemprop, the first of
 * each kept: pages write "Author", "og:Title" and "Content-Language" as they please.
 */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content')!.trim();
    for (const attribute of ['property', 'name', 'http-equiv', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && content && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/**
 * The first candidate that is an http(s) URL once resolved against the page (an author's URL in
 * `og:url` such as "/" is not the article's, but pages do write relative canonical links), else
 * the page's own URL. The fragment is dropped: it names a place in the page, not another page.
 */
export function canonicalUrl(candidates: readonly string[], pageUrl: string): string {
  for (const candidate of [...candidates, pageUrl]) {
    if (!candidate.trim()) continue;
    try {
      const url = new URL(candidate.trim(), pageUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      url.hash = '';
      return url.href;
    } catch {}
  }
  return '';
}

/** A page's host without "www.", the site's name when the page gives none. */
function siteOf(pageUrl: string): string {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
