import { useEffect, useState } from 'preact/hooks';
import type { Status } from '@/lib/messages';
import { ask } from '@/utils/ask';

export function App() {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    ask({ type: 'status' }).then(setStatus, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!status) return <p>Loading…</p>;
  return (
    <main>
      <h1>Fact cards</h1>
      {status.active ? (
        <p>
          Dataset {status.active.version}: {status.active.counts.entities} entities,{' '}
          {status.active.counts.sources} sources.
        </p>
      ) : (
        <p>The dataset is still importing.</p>
      )}
    </main>
  );
}
