import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useSettings } from '@/components/options/use-settings';
import { ReaderHeader } from '@/components/reader/ReaderHeader';
import { ReaderText } from '@/components/reader/ReaderText';
import { useReaderData } from '@/components/reader/use-reader-data';
import { markQuote, paintMentions } from './paint-reader';

/** One seed translation, its mentions painted and the cited passage (if any) marked. */
export function SeedReader({ seedId, quote }: { seedId: string; quote: string | null }) {
  const locale = browser.i18n.getUILanguage();
  const data = useReaderData(seedId);
  const { settings } = useSettings();
  const articleRef = useRef<HTMLElement>(null);
  const [quoteFound, setQuoteFound] = useState(true);

  useEffect(() => {
    const article = articleRef.current;
    if (data.kind !== 'ready' || !article) return;
    document.title = `${data.seed.publisher}: ${data.seed.title}`;
    const unpaint = paintMentions(article, data.matcher);
    if (quote) setQuoteFound(markQuote(article, quote));
    return unpaint;
  }, [data, quote]);

  // The page honours the highlight style chosen in the options, as web pages do.
  const style = settings?.highlightStyle ?? 'underline';
  useEffect(() => {
    document.body.dataset.highlight = style;
  }, [style]);

  if (data.kind === 'loading') {
    return <p class="note reader-status">{browser.i18n.getMessage('reader_loading')}</p>;
  }
  if (data.kind === 'error') {
    return (
      <p class="note error reader-status" role="alert">
        {browser.i18n.getMessage('reader_missing')}
      </p>
    );
  }
  return (
    <main class="reader">
      <ReaderHeader seed={data.seed} locale={locale} quote={quote} quoteFound={quoteFound} />
      <ReaderText text={data.seed.text} lang={data.seed.lang} articleRef={articleRef} />
    </main>
  );
}
