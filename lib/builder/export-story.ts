import { checkPack } from '../pack/check';
import type { Pack } from '../pack/schema';
import type { StoryDoc } from './story-doc';
import { StoryError } from './story-error';

/**
 * The story as a pack file others can import, checked as an import checks it. A story with no
 * article or no card yet is not a pack: it is refused with what it lacks.
 */
export function storyPackFile(doc: StoryDoc): Pack {
  if (!doc.sources.length) {
    throw new StoryError('This story has no article yet: add one before exporting it.');
  }
  if (!doc.entities.length) {
    throw new StoryError('This story has no card yet: make one before exporting it.');
  }
  const checked = checkPack(structuredClone(doc));
  if (!checked.ok) {
    const first = checked.problems[0];
    throw new StoryError(`The story could not be exported: ${first.path}: ${first.message}`);
  }
  return checked.pack;
}
