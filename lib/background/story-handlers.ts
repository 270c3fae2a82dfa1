import type { Request, ResponseOf } from '../messages';
import type { FactcardDB } from '../store/db';
import { addArticleToStory, editStory, getStory, listStories } from '../store/stories';
import { undoStory } from '../store/story-undo';

type StoryRequest = 'stories' | 'story' | 'add-article' | 'story-edit' | 'story-undo';

/**
 * The story builder's requests. Every write changes a story and its installed pack in one
 * transaction; `changed` then rebuilds the matcher and tells open tabs, as an imported pack does,
 * so a new name is underlined at once in every tab.
 */
export function storyHandlers(
  ready: () => Promise<FactcardDB>,
  changed: () => Promise<void>,
): { [T in StoryRequest]: (request: Request<T>) => Promise<ResponseOf<T>> } {
  const thenChanged = async <R>(result: R): Promise<R> => {
    await changed();
    return result;
  };
  return {
    stories: async () => listStories(await ready()),
    story: async ({ id }) => getStory(await ready(), id),
    'add-article': async ({ story, title, article }) =>
      thenChanged(await addArticleToStory(await ready(), { story, title, article })),
    'story-edit': async ({ edit }) => thenChanged(await editStory(await ready(), edit)),
    'story-undo': async ({ story }) => thenChanged(await undoStory(await ready(), story)),
  };
}
