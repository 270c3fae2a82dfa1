import type { EditStory } from './edit-story';
import type { ArticleView } from './story-view';
import { t } from './t';

export interface ArticleListProps {
  story: string;
  articles: ArticleView[];
  locale: string;
  onEdit: EditStory;
}

/** The story's articles: title linked to the original, site, date and language, and delete. */
export function ArticleList({ story, articles, locale, onEdit }: ArticleListProps) {
  const names = new Intl.DisplayNames(locale, { type: 'language' });
  return (
    <section class="story-section" aria-labelledby="articles-heading">
      <h3 id="articles-heading">{t('stories_articles')}</h3>
      {articles.length === 0 ? (
        <p class="note">{t('stories_noArticles')}</p>
      ) : (
        <ul class="articles">
          {articles.map((a) => (
            <li key={a.url} data-article={a.url}>
              <a href={a.url} target="_blank" rel="noopener noreferrer">
                {a.title}
                <span class="visually-hidden"> ({t('stories_newTab')})</span>
              </a>
              <span class="hint">
                {[a.site, a.author, a.date, names.of(a.lang) ?? a.lang].filter(Boolean).join(' · ')}
              </span>
              <button
                type="button"
                class="link-button"
                aria-label={t('stories_deleteArticle', a.title)}
                onClick={() =>
                  onEdit(
                    { op: 'delete-article', story, url: a.url },
                    t('stories_articleDeleted', a.title),
                  )
                }
              >
                {t('stories_delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
