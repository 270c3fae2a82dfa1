/** A refused edit, with a sentence the reader is shown as it is. Nothing was changed. */
export class StoryError extends Error {
  name = 'StoryError';
}
