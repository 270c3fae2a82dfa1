import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CardLanguageField } from '@/components/options/CardLanguageField';
import { DatasetPanel, type ReimportResult } from '@/components/options/DatasetPanel';
import { DisabledSites } from '@/components/options/DisabledSites';
import { HighlightStyleField } from '@/components/options/HighlightStyleField';
import { HoverDelayField } from '@/components/options/HoverDelayField';
import { PacksPanel } from '@/components/options/PacksPanel';
import { PrivacyLink } from '@/components/options/PrivacyLink';
import { usePacks } from '@/components/options/use-packs';
import { useSettings } from '@/components/options/use-settings';
import { storiesUrl } from '@/components/stories/stories-url';
import type { Status } from '@/lib/messages';
import { ask } from '@/utils/ask';

/** The options page: every change is saved at once, so there is no Save button to forget. */
export function App() {
  const locale = browser.i18n.getUILanguage();
  const { settings, save } = useSettings();
  const packs = usePacks();
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReimportResult | null>(null);
  useEffect(() => {
    ask({ type: 'status' }).then(setStatus, (error: Error) =>
      setResult({ ok: false, message: error.message }),
    );
  }, []);

  const reimport = async () => {
    setBusy(true);
    setResult(null);
    try {
      const next = await ask({ type: 'reimport' });
      setStatus(next);
      const version = next.active?.version ?? '';
      setResult({ ok: true, message: browser.i18n.getMessage('options_reimportDone', version) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setResult({ ok: false, message: browser.i18n.getMessage('options_reimportFailed', reason) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="options">
      <h1>{browser.i18n.getMessage('options_title')}</h1>
      {settings && (
        <section class="panel" aria-labelledby="reading-heading">
          <h2 id="reading-heading">{browser.i18n.getMessage('options_reading')}</h2>
          <HoverDelayField
            value={settings.hoverDelay}
            onChange={(hoverDelay) => save({ hoverDelay })}
          />
          <HighlightStyleField
            value={settings.highlightStyle}
            onChange={(highlightStyle) => save({ highlightStyle })}
          />
          <CardLanguageField
            value={settings.cardLanguage}
            onChange={(cardLanguage) => save({ cardLanguage })}
          />
        </section>
      )}
      {settings && (
        <DisabledSites
          sites={settings.disabledSites}
          onRemove={(site) =>
            save((current) => ({ disabledSites: current.disabledSites.filter((s) => s !== site) }))
          }
        />
      )}
      <p class="stories-link">
        <a href={storiesUrl()}>{browser.i18n.getMessage('stories_open')}</a>
      </p>
      <PacksPanel
        packs={packs.packs}
        locale={locale}
        importState={packs.importState}
        removing={packs.removing}
        onFile={packs.importFile}
        onToggle={packs.toggle}
        onExport={packs.exportPack}
        onRemove={packs.remove}
        onUndo={packs.undo}
      />
      <DatasetPanel
        status={status}
        locale={locale}
        busy={busy}
        result={result}
        onReimport={reimport}
      />
      <PrivacyLink href={browser.runtime.getURL('/privacy.html')} />
    </main>
  );
}
