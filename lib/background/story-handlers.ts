import type { Request, ResponseOf } from '../messages';
import type { FactcardDB } from '../store/db';

type StoryRequest = 'stories' | 'story' | 'add-article' | 'story-edit' | 'story-undo';

/**
 * The story builder's requests. Every write changes a story and its installed pack together, and
 * `changed` then rebuilds the matcher and tells open tabs, as an imported pack does.
 */
export function storyHandlers(
  _ready: () => Promise<FactcardDB>,
  _changed: () => Promise<void>,
): { [T in StoryRequest]: (request: Request<T>) => Promise<ResponseOf<T>> } {
  const notYet = async (): Promise<never> => {
    throw new Error('Stories cannot be stored by this version of the extension yet.');
  };
  return {
    stories: async () => [],
    story: notYet,
    'add-article': notYet,
    'story-edit': notYet,
    'story-undo': notYet,
  };
}
