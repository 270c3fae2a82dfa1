import { Fragment } from 'preact';
import { browser } from 'wxt/browser';
import type { Status } from '@/lib/messages';

export interface ReimportResult {
  ok: boolean;
  message: string;
}

export interface DatasetPanelProps {
  status: Status | null;
  locale: string;
  busy: boolean;
  result: ReimportResult | null;
  onReimport: () => void;
}

const COUNTS = [
  ['entities', 'options_countEntities'],
  ['aliases', 'options_countAliases'],
  ['facts', 'options_countFacts'],
  ['sources', 'options_countSources'],
  ['seeds', 'options_countSeeds'],
] as const;

/** What the background has imported, and a way to import the bundled dataset again. */
export function DatasetPanel({ status, locale, busy, result, onReimport }: DatasetPanelProps) {
  const active = status?.active;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="panel" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">{browser.i18n.getMessage('options_dataset')}</h2>
      {!status ? (
        <p class="note">{browser.i18n.getMessage('options_loading')}</p>
      ) : !active ? (
        <p class="note">{browser.i18n.getMessage('options_importing')}</p>
      ) : (
        <dl class="facts">
          <dt>{browser.i18n.getMessage('options_version')}</dt>
          <dd>
            <code>{active.version}</code>
          </dd>
          <dt>{browser.i18n.getMessage('options_importedAt')}</dt>
          <dd>
            <time dateTime={new Date(active.importedAt).toISOString()}>
              {when.format(active.importedAt)}
            </time>
          </dd>
          {COUNTS.map(([field, key]) => (
            <Fragment key={field}>
              <dt>{browser.i18n.getMessage(key)}</dt>
              <dd>{active.counts[field].toLocaleString(locale)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {/* aria-disabled rather than disabled: a disabled button would drop the keyboard focus. */}
      <button
        type="button"
        class="button"
        aria-disabled={busy}
        onClick={() => busy || onReimport()}
      >
        {browser.i18n.getMessage(busy ? 'options_reimporting' : 'options_reimport')}
      </button>
      <p role="status" class={result && !result.ok ? 'note error' : 'note'}>
        {result?.message ?? ''}
      </p>
    </section>
  );
}
