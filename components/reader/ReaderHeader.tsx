import { browser } from 'wxt/browser';
import { direction } from '@/lib/card/lang';
import type { SeedView } from '@/lib/messages';

export interface ReaderHeaderProps {
  seed: SeedView;
  locale: string;
  /** The passage a card cited, when the page was opened from one. */
  quote: string | null;
  /** Whether that passage was found in the text (and marked there). */
  quoteFound: boolean;
}

/** The original article a translation comes from, and the passage the reader came to check. */
export function ReaderHeader({ seed, locale, quote, quoteFound }: ReaderHeaderProps) {
  const language = new Intl.DisplayNames([locale], { type: 'language' }).of(seed.lang) ?? seed.lang;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <header class="reader-header">
      <p class="brand">
        {browser.i18n.getMessage('popup_title')}
        <span aria-hidden="true"> · </span>
        {browser.i18n.getMessage('reader_title')}
      </p>
      <p class="kicker">
        <span class="publisher">{seed.publisher}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={seed.date}>{date.format(new Date(`${seed.date}T00:00:00Z`))}</time>
      </p>
      <h1>{seed.title}</h1>
      <p class="source-line">
        <span>{browser.i18n.getMessage('reader_translation', language)}</span>
        <span aria-hidden="true"> · </span>
        <a href={seed.url} target="_blank" rel="noopener noreferrer">
          {browser.i18n.getMessage('reader_original')}
          <span class="visually-hidden"> ({browser.i18n.getMessage('popup_newTab')})</span>
        </a>
      </p>
      {quote && (
        <figure class="cited">
          <figcaption>{browser.i18n.getMessage('reader_quote')}</figcaption>
          <blockquote lang={seed.lang} dir={direction(seed.lang)}>
            {quote}
          </blockquote>
          {!quoteFound && (
            <p class="note" role="status">
              {browser.i18n.getMessage('reader_quoteMissing')}
            </p>
          )}
        </figure>
      )}
    </header>
  );
}
