import { useEffect, useState } from 'preact/hooks';
import type { SourceView } from '@/lib/card/source-view';
import type { Status } from '@/lib/messages';
import { ask } from '@/utils/ask';

export interface DatasetState {
  status: Status | null;
  sources: SourceView[] | null;
  error: string | null;
}

/** How often the popup asks again while the dataset is still being imported. */
const IMPORT_POLL_MS = 500;

/** The dataset's status and its source articles, waiting for a first import to finish. */
export function useDataset(): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: null, sources: null, error: null });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const load = async () => {
      try {
        const status = await ask({ type: 'status' });
        const sources = status.active ? await ask({ type: 'sources' }) : null;
        if (stopped) return;
        setState({ status, sources, error: null });
        if (!status.active) timer = setTimeout(load, IMPORT_POLL_MS);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!stopped) setState((s) => ({ ...s, error: message }));
      }
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return state;
}
