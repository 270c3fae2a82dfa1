import { browser } from 'wxt/browser';
import type { PackRecord } from '@/lib/store/db';

export interface PackItemProps {
  pack: PackRecord;
  locale: string;
  onToggle: (on: boolean) => void;
  onExport: () => void;
  onRemove: () => void;
}

/** One installed pack: what it is and holds, its switch, and export and remove. */
export function PackItem({ pack, locale, onToggle, onExport, onRemove }: PackItemProps) {
  const n = (value: number) => value.toLocaleString(locale);
  const size = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  });
  const switchId = `pack-on-${pack.id}`;
  return (
    <li class="pack" data-pack={pack.id}>
      <div class="pack-head">
        <input
          id={switchId}
          type="checkbox"
          role="switch"
          aria-checked={pack.enabled}
          checked={pack.enabled}
          onChange={(event) => onToggle((event.currentTarget as HTMLInputElement).checked)}
        />
        <label for={switchId} class="pack-title">
          {pack.title}
        </label>
        {pack.bundled && <span class="badge">{browser.i18n.getMessage('packs_bundled')}</span>}
      </div>
      <p class="hint">
        {browser.i18n.getMessage('packs_revision', String(pack.revision))} ·{' '}
        {pack.languages.join(', ')}
        {pack.size > 0 && ` · ${size.format(pack.size / 1000)}`}
      </p>
      <p class="hint">
        {browser.i18n.getMessage('packs_counts', [
          n(pack.counts.entities),
          n(pack.counts.aliases),
          n(pack.counts.facts),
          n(pack.counts.sources),
        ])}
      </p>
      <p class="hint">
        {pack.attribution} ({pack.licence})
      </p>
      <div class="pack-actions">
        <button type="button" class="button" onClick={onExport}>
          {browser.i18n.getMessage('packs_export')}
        </button>
        {!pack.bundled && (
          <button type="button" class="button" onClick={onRemove}>
            {browser.i18n.getMessage('packs_remove')}
          </button>
        )}
      </div>
    </li>
  );
}
