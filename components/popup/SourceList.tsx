import { browser } from 'wxt/browser';
import type { SourceView } from '@/lib/card/source-view';
import { SourceItem } from './SourceItem';
import './source-list.css';

export interface SourceListProps {
  sources: readonly SourceView[];
  /** The UI locale: dates and language names are written in it. */
  locale: string;
  readerUrl: (seed: string) => string;
}

/** The original articles every fact on a card cites, newest first. */
export function SourceList({ sources, locale, readerUrl }: SourceListProps) {
  // The dates are calendar days: formatting them in UTC keeps 25 October from becoming the 24th.
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  return (
    <section class="panel sources-panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{browser.i18n.getMessage('popup_sources')}</h2>
      <p class="sources-hint">{browser.i18n.getMessage('popup_sourcesHint')}</p>
      <ul class="sources">
        {sources.map((source) => (
          <SourceItem
            key={source.id}
            source={source}
            formatDate={(date) => dates.format(new Date(`${date}T00:00:00Z`))}
            languageName={(lang) => languages.of(lang) ?? lang}
            readerUrl={readerUrl}
          />
        ))}
      </ul>
    </section>
  );
}
