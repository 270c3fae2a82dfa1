import { browser } from 'wxt/browser';
import type { SourceView } from '@/lib/card/source-view';

export interface SourceItemProps {
  source: SourceView;
  /** Formats the article's date (YYYY-MM-DD) for the reader. */
  formatDate: (date: string) => string;
  /** Names a language in the reader's own language. */
  languageName: (lang: string) => string;
  /** The reader page's address for one seed translation. */
  readerUrl: (seed: string) => string;
}

/** One original article: where it appeared, its headline as a link, and its translations. */
export function SourceItem({ source, formatDate, languageName, readerUrl }: SourceItemProps) {
  const newTab = browser.i18n.getMessage('popup_newTab');
  const labelId = `translations-${source.id}`;
  return (
    <li class="source">
      <p class="source-meta">
        <span class="publisher">{source.publisher}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={source.date}>{formatDate(source.date)}</time>
      </p>
      <a class="headline" href={source.url} target="_blank" rel="noopener noreferrer">
        {source.title}
        <span class="visually-hidden"> ({newTab})</span>
      </a>
      <div class="translations">
        <span id={labelId}>{browser.i18n.getMessage('popup_translations')}</span>
        <ul class="inline-list" aria-labelledby={labelId}>
          {source.translations.map((t) => (
            <li key={t.seed}>
              <a href={readerUrl(t.seed)} hrefLang={t.lang} target="_blank" rel="noopener">
                {languageName(t.lang)}
                <span class="visually-hidden"> ({newTab})</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}
