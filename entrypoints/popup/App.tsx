import { browser } from 'wxt/browser';
import { Builder } from '@/components/builder/Builder';
import { ACTIONS, type Action } from '@/components/builder/builder-state';
import { useSettings } from '@/components/options/use-settings';
import { PagePanel } from '@/components/popup/PagePanel';
import { SourceList } from '@/components/popup/SourceList';
import { useDataset } from '@/components/popup/use-dataset';
import { usePage } from '@/components/popup/use-page';
import { useTargetTab } from '@/components/popup/use-target-tab';
import { storiesUrl } from '@/components/stories/stories-url';
import { toLang } from '@/lib/card/lang';
import { LANGS, type Lang } from '@/lib/dataset/types';
import { isSiteEnabled, withSiteEnabled } from '@/lib/settings';

const readerUrl = (seed: string) =>
  `${browser.runtime.getURL('/reader.html')}?seed=${encodeURIComponent(seed)}`;

/** The form the page's context menu asked for (`?action=card|fact|name`). */
const action = (() => {
  const wanted = new URLSearchParams(location.search).get('action');
  return ACTIONS.find((a) => a === wanted) as Action | undefined;
})();

/** The toolbar popup: wires the page, settings and dataset hooks to pure components. */
export function App() {
  const locale = browser.i18n.getUILanguage();
  const uiLang: Lang = toLang(locale) ?? LANGS[0];
  const tab = useTargetTab();
  const { settings, save } = useSettings();
  const dataset = useDataset();
  // Switching a site or the card language changes the content script's answer: ask it again.
  const { page, reveal } = usePage(
    tab,
    settings ? `${settings.disabledSites.join(' ')}|${settings.cardLanguage}` : '',
  );
  const hostname = page.kind === 'ready' ? page.hostname : '';
  const toggle = (enabled: boolean) =>
    void save((current) => ({ disabledSites: withSiteEnabled(current, hostname, enabled) }));

  return (
    <>
      <header class="popup-header">
        <h1>{browser.i18n.getMessage('popup_title')}</h1>
        <a class="link-button stories-link" href={storiesUrl()} target="_blank" rel="noopener">
          {browser.i18n.getMessage('stories_open')}
        </a>
        <button type="button" class="link-button" onClick={() => browser.runtime.openOptionsPage()}>
          {browser.i18n.getMessage('popup_settings')}
        </button>
      </header>
      <main>
        {dataset.error ? (
          <p class="note error" role="alert">
            {browser.i18n.getMessage('popup_error', dataset.error)}
          </p>
        ) : !dataset.status || !settings ? (
          <p class="note">{browser.i18n.getMessage('popup_loading')}</p>
        ) : !dataset.status.active ? (
          <p class="note" role="status">
            {browser.i18n.getMessage('popup_importing')}
          </p>
        ) : (
          <>
            <PagePanel
              page={page}
              enabled={isSiteEnabled(settings, hostname)}
              onToggle={toggle}
              onReveal={reveal}
            />
            {tab && page.kind === 'ready' && <Builder tab={tab} action={action} uiLang={uiLang} />}
            <SourceList sources={dataset.sources ?? []} locale={locale} readerUrl={readerUrl} />
          </>
        )}
      </main>
    </>
  );
}
