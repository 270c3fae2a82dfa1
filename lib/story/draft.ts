import { LANGS, type Lang } from '../dataset/types';
import { type ArticleSuggestions, type DraftEntity, draftEntities } from './draft-entities';
import { type ArticleFile, type DraftSource, draftSources } from './draft-sources';
import type { KnownNames } from './known';
import { guessLanguage } from './language';
import { suggestNames } from './suggest';

export interface DraftOptions {
  /** The pack's id (kebab-case), usually the folder's name. */
  id: string;
  minExtensionVersion: string;
  /** Names other packs know: found in any form, and typed as they are there. */
  known?: KnownNames;
}

export interface DraftCatalogue {
  id: string;
  minExtensionVersion: string;
  /** English first (every entity needs an English description), then the articles' languages. */
  languages: Lang[];
  sources: DraftSource[];
  entities: DraftEntity[];
  /** Each article's language and its number of suggestions. */
  articles: { id: string; lang: Lang; suggestions: number }[];
}

/**
 * A catalogue skeleton for a folder of articles: their languages, one source per URL on their
 * source lines, and one entity per suggested name, with the sentences that name it as quotes.
 * Each article's suggestions draw on the story's other articles.
 */
export function draftCatalogue(
  articles: readonly ArticleFile[],
  options: DraftOptions,
): DraftCatalogue {
  const langs = articles.map((a) => guessLanguage(a.text));
  const sources = draftSources(articles, langs);
  const sourceOf = new Map(sources.flatMap((s) => s.translations.map((t) => [t.seed, s.id])));
  const suggested: ArticleSuggestions[] = articles.map((article, i) => ({
    seed: article.id,
    source: sourceOf.get(article.id)!,
    lang: langs[i],
    text: article.text,
    suggestions: suggestNames(
      { text: article.text, lang: langs[i] },
      {
        others: articles.flatMap((o, j) => (j === i ? [] : [{ text: o.text, lang: langs[j] }])),
        known: options.known,
      },
    ),
  }));
  return {
    id: options.id,
    minExtensionVersion: options.minExtensionVersion,
    languages: LANGS.filter((l) => l === 'en' || langs.includes(l)),
    sources,
    entities: draftEntities(suggested),
    articles: suggested.map((a) => ({
      id: a.seed,
      lang: a.lang,
      suggestions: a.suggestions.length,
    })),
  };
}
