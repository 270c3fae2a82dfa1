import { seedSourceUrls } from '../dataset/read-sources';
import type { Lang } from '../dataset/types';

/** An article file of a pack folder: `articles/<id>.txt`. */
export interface ArticleFile {
  id: string;
  text: string;
}

export interface DraftSource {
  id: string;
  url: string;
  translations: { seed: string; lang: Lang }[];
}

/**
 * One source per URL printed on the articles' source lines ("Source: https://…"): translations
 * of one article share it. The id is the site's name ("vietnamplus" for www.vietnamplus.vn). An
 * article without a source line gets a source of its own whose URL is left for the editor.
 */
export function draftSources(
  articles: readonly ArticleFile[],
  langs: readonly Lang[],
): DraftSource[] {
  const byUrl = new Map<string, DraftSource>();
  const ids = new Set<string>();
  articles.forEach((article, i) => {
    const url = seedSourceUrls(article.text).at(-1) ?? `TODO: the URL of ${article.id}`;
    let source = byUrl.get(url);
    if (!source) {
      source = { id: uniqueId(siteName(url) || article.id, ids), url, translations: [] };
      byUrl.set(url, source);
    }
    source.translations.push({ seed: article.id, lang: langs[i] });
  });
  return [...byUrl.values()];
}

function siteName(url: string): string {
  try {
    const host = new URL(url).hostname.replace(/^(?:www|m|amp)\./, '');
    return kebab(host.split('.')[0]);
  } catch {
    return '';
  }
}

/** Lower-case ASCII letters and digits joined by hyphens, as pack ids are written. */
export function kebab(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`... when taken; the id is then taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
