import { browser } from 'wxt/browser';
import type { PackRecord } from '@/lib/store/db';
import { type ImportState, PackImport } from './PackImport';
import { PackItem } from './PackItem';

export interface PacksPanelProps {
  packs: PackRecord[] | null;
  locale: string;
  importState: ImportState;
  /** A pack removed a moment ago, still undoable. */
  removing: PackRecord | null;
  onFile: (file: File) => void;
  onToggle: (id: string, on: boolean) => void;
  onExport: (id: string) => void;
  onRemove: (pack: PackRecord) => void;
  onUndo: () => void;
}

/** The installed packs, each with its switch, and the import of a new one. */
export function PacksPanel(props: PacksPanelProps) {
  const shown = props.packs?.filter((p) => p.id !== props.removing?.id);
  return (
    <section class="panel" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{browser.i18n.getMessage('packs_heading')}</h2>
      <p class="hint">{browser.i18n.getMessage('packs_intro')}</p>
      <PackImport state={props.importState} onFile={props.onFile} />
      {props.removing && (
        <p class="note" role="status">
          {browser.i18n.getMessage('packs_removed', props.removing.title)}{' '}
          <button type="button" class="button" onClick={props.onUndo}>
            {browser.i18n.getMessage('packs_undo')}
          </button>
        </p>
      )}
      {!shown ? (
        <p class="note">{browser.i18n.getMessage('options_loading')}</p>
      ) : (
        <ul class="packs">
          {shown.map((pack) => (
            <PackItem
              key={pack.id}
              pack={pack}
              locale={props.locale}
              onToggle={(on) => props.onToggle(pack.id, on)}
              onExport={() => props.onExport(pack.id)}
              onRemove={() => props.onRemove(pack)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
