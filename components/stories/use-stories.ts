import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StoryEdit, StorySummary } from '@/lib/builder/types';
import type { Pack } from '@/lib/pack/schema';
import { ask } from '@/utils/ask';

/** What the live region says after an action; `undo` names the story an Undo would put back. */
export type Notice =
  | { kind: 'done'; text: string; undo: string | null }
  | { kind: 'error'; text: string };

/** The page's data: loading, failed, or the stories and the one shown (null when there is none). */
export type StoriesState =
  | { phase: 'loading' }
  | { phase: 'failed'; error: string }
  | { phase: 'ready'; stories: StorySummary[]; story: Pack | null };

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The reader's stories, the one chosen (in the URL's hash), and the page's writes. */
export function useStories(initial: string) {
  const [state, setState] = useState<StoriesState>({ phase: 'loading' });
  const [chosen, setChosen] = useState(initial);
  const [notice, setNotice] = useState<Notice | null>(null);

  const load = useCallback(async (wanted: string) => {
    try {
      const stories = await ask({ type: 'stories' });
      const id = stories.some((s) => s.id === wanted) ? wanted : (stories[0]?.id ?? '');
      const story = id ? await ask({ type: 'story', id }) : null;
      setState({ phase: 'ready', stories, story });
    } catch (error) {
      setState({ phase: 'failed', error: reason(error) });
    }
  }, []);
  useEffect(() => void load(chosen), [load, chosen]);
  const reload = useCallback(() => load(chosen), [load, chosen]);

  /** Sends one edit; the live region says `done` (with an Undo) or the background's sentence. */
  const edit = async (change: StoryEdit, done: string) => {
    try {
      await ask({ type: 'story-edit', edit: change });
      setNotice({ kind: 'done', text: done, undo: change.story });
    } catch (error) {
      setNotice({ kind: 'error', text: reason(error) });
    }
    await load(chosen);
  };

  const undo = async (story: string, done: string) => {
    try {
      const result = await ask({ type: 'story-undo', story });
      setNotice({ kind: 'done', text: done, undo: null });
      // A story brought back is shown; the one already shown is read again.
      if (result.story === chosen) await load(chosen);
      else setChosen(result.story);
    } catch (error) {
      setNotice({ kind: 'error', text: reason(error) });
    }
  };

  const exportStory = async (id: string) => {
    try {
      const text = await ask({ type: 'export-pack', id });
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), {
        href: url,
        download: `${id}.factpack.json`,
      });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      setNotice({ kind: 'error', text: reason(error) });
    }
  };

  return { state, notice, choose: setChosen, reload, edit, undo, exportStory };
}
