import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkPackTextInSlices, MAX_PACK_BYTES } from '@/lib/pack/check';
import type { PackRecord } from '@/lib/store/db';
import { ask } from '@/utils/ask';
import type { ImportState } from './PackImport';
import { uploadPack } from './upload-pack';

/** How long a removed pack can be brought back before it is really removed. */
export const UNDO_MS = 6000;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** The packs and what the options page does with them. */
export function usePacks() {
  const [packs, setPacks] = useState<PackRecord[] | null>(null);
  const [importState, setImportState] = useState<ImportState>({ phase: 'idle' });
  const [removing, setRemoving] = useState<PackRecord | null>(null);
  const pending = useRef<{ pack: PackRecord; timer: ReturnType<typeof setTimeout> } | null>(null);
  const refresh = useCallback(() => ask({ type: 'packs' }).then(setPacks), []);
  useEffect(() => void refresh(), [refresh]);

  const importFile = async (file: File) => {
    // Refused before it is read: a huge file would hold the page for nothing.
    if (file.size > MAX_PACK_BYTES) {
      const message = browser.i18n.getMessage('packs_tooLarge', [
        mb(file.size),
        mb(MAX_PACK_BYTES),
      ]);
      return setImportState({ phase: 'failed', message, problems: [], total: 0 });
    }
    setImportState({ phase: 'reading' });
    try {
      const text = await file.text();
      setImportState({ phase: 'checking', share: 0 });
      const checked = await checkPackTextInSlices(text, (share) =>
        setImportState({ phase: 'checking', share }),
      );
      if (!checked.ok) {
        const { problems } = checked;
        const message = browser.i18n.getMessage('packs_invalid', [
          file.name,
          String(problems.length),
        ]);
        return setImportState({ phase: 'failed', message, problems, total: problems.length });
      }
      setImportState({ phase: 'writing' });
      const record = await uploadPack(text);
      setImportState({
        phase: 'done',
        message: browser.i18n.getMessage('packs_imported', [record.title, String(record.revision)]),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setImportState({
        phase: 'failed',
        message: browser.i18n.getMessage('packs_failed', reason),
        problems: [],
        total: 0,
      });
    }
    await refresh();
  };

  const commitRemoval = async () => {
    const current = pending.current;
    if (!current) return;
    clearTimeout(current.timer);
    pending.current = null;
    setRemoving(null);
    await ask({ type: 'remove-pack', id: current.pack.id }).catch(() => undefined);
    await refresh();
  };

  return {
    packs,
    importState,
    removing,
    importFile,
    toggle: async (id: string, on: boolean) => {
      await ask({ type: 'set-pack', id, enabled: on ? 'on' : 'off' });
      await refresh();
    },
    remove: async (pack: PackRecord) => {
      await commitRemoval();
      pending.current = { pack, timer: setTimeout(() => void commitRemoval(), UNDO_MS) };
      setRemoving(pack);
    },
    undo: () => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      setRemoving(null);
    },
    exportPack: async (id: string) => {
      const text = await ask({ type: 'export-pack', id });
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), {
        href: url,
        download: `${id}.factpack.json`,
      });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  };
}
