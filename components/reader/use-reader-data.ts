import { useEffect, useState } from 'preact/hooks';
import type { MatcherData, SeedView } from '@/lib/messages';
import { ask } from '@/utils/ask';

export type ReaderData =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; seed: SeedView; matcher: MatcherData };

/** The seed translation to show and the matcher data to paint its mentions with. */
export function useReaderData(seedId: string): ReaderData {
  const [data, setData] = useState<ReaderData>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    Promise.all([ask({ type: 'seed', id: seedId }), ask({ type: 'matcher' })]).then(
      ([seed, matcher]) => current && setData({ kind: 'ready', seed, matcher }),
      (error: unknown) =>
        current &&
        setData({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [seedId]);
  return data;
}
