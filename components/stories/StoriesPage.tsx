import { useEffect } from 'preact/hooks';
import { Notice } from './Notice';
import { StoryPanel } from './StoryPanel';
import { StoryPicker } from './StoryPicker';
import { t } from './t';
import { useStories } from './use-stories';

/** The story from the URL's hash ("stories.html#<story id>"). */
const hashStory = () => decodeURIComponent(location.hash.slice(1));

/** The stories page: the reader's stories, the one chosen, and one live region for every result. */
export function StoriesPage({ locale }: { locale: string }) {
  const { state, notice, choose, reload, edit, undo, exportStory } = useStories(hashStory());
  useEffect(() => {
    const follow = () => choose(hashStory());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, [choose]);
  // The popup adds articles and cards while this page waits in another tab: read them on return.
  useEffect(() => {
    const back = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', back);
    return () => document.removeEventListener('visibilitychange', back);
  }, [reload]);
  const story = state.phase === 'ready' ? state.story : null;
  return (
    <main class="stories">
      <h1>{t('stories_title')}</h1>
      <p class="hint">{t('stories_intro')}</p>
      <Notice notice={notice} onUndo={(id) => undo(id, t('stories_undone'))} />
      {state.phase === 'loading' && <p class="note">{t('stories_loading')}</p>}
      {state.phase === 'failed' && (
        <p class="note error" role="alert">
          {t('stories_failed', state.error)}
        </p>
      )}
      {state.phase === 'ready' && state.stories.length === 0 && (
        <p class="note">{t('stories_none')}</p>
      )}
      {state.phase === 'ready' && state.stories.length > 0 && (
        <StoryPicker stories={state.stories} current={story?.id ?? ''} locale={locale} />
      )}
      {state.phase === 'ready' && story && (
        <StoryPanel
          key={story.id}
          pack={story}
          stories={state.stories}
          locale={locale}
          onEdit={edit}
          onUndo={() => undo(story.id, t('stories_undone'))}
          onExport={() => exportStory(story.id)}
        />
      )}
    </main>
  );
}
