import { browser } from 'wxt/browser';
import { SourceList } from '@/components/popup/SourceList';
import { useDataset } from '@/components/popup/use-dataset';

/** The reader page without a seed (a card's "sources" link): every source and its translations. */
export function SourceIndex() {
  const { sources, error } = useDataset();
  const readerUrl = (seed: string) => `?seed=${encodeURIComponent(seed)}`;
  return (
    <main class="reader">
      <h1 class="index-title">{browser.i18n.getMessage('popup_title')}</h1>
      {error ? (
        <p class="note error" role="alert">
          {browser.i18n.getMessage('popup_error', error)}
        </p>
      ) : !sources ? (
        <p class="note">{browser.i18n.getMessage('reader_loading')}</p>
      ) : (
        <SourceList sources={sources} locale={browser.i18n.getUILanguage()} readerUrl={readerUrl} />
      )}
    </main>
  );
}
