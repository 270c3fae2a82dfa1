import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PackProblem } from '@/lib/pack/json-text';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading' | 'writing' }
  | { phase: 'checking'; share: number }
  | { phase: 'done'; message: string }
  | { phase: 'failed'; message: string; problems: PackProblem[]; total: number };

export interface PackImportProps {
  state: ImportState;
  onFile: (file: File) => void;
}

const SHOWN = 10;

/** The file input and drop zone, the progress of an import, and why one failed. */
export function PackImport({ state, onFile }: PackImportProps) {
  const [over, setOver] = useState(false);
  const busy = state.phase === 'reading' || state.phase === 'checking' || state.phase === 'writing';
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !busy) onFile(file);
  };
  return (
    <section
      class={over ? 'drop over' : 'drop'}
      aria-label={browser.i18n.getMessage('packs_choose')}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        take(event.dataTransfer?.files);
      }}
    >
      <label class="button" for="pack-file">
        {browser.i18n.getMessage('packs_choose')}
      </label>
      <input
        id="pack-file"
        class="visually-hidden"
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          take(input.files);
          input.value = '';
        }}
      />
      <span class="hint"> {browser.i18n.getMessage('packs_drop')}</span>
      {state.phase === 'checking' && (
        <progress
          max={1}
          value={state.share}
          aria-label={browser.i18n.getMessage('packs_checking')}
        />
      )}
      <div role="status" class={state.phase === 'failed' ? 'note error' : 'note'}>
        {state.phase === 'reading' && browser.i18n.getMessage('packs_reading')}
        {state.phase === 'checking' && browser.i18n.getMessage('packs_checking')}
        {state.phase === 'writing' && browser.i18n.getMessage('packs_writing')}
        {(state.phase === 'done' || state.phase === 'failed') && state.message}
      </div>
      {state.phase === 'failed' && state.problems.length > 0 && (
        <ul class="problems">
          {state.problems.slice(0, SHOWN).map((p) => (
            <li key={`${p.path}:${p.message}`}>
              <code>{p.path}</code> {p.message}
            </li>
          ))}
          {state.total > SHOWN && (
            <li>{browser.i18n.getMessage('packs_moreProblems', String(state.total - SHOWN))}</li>
          )}
        </ul>
      )}
    </section>
  );
}
