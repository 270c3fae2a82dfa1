import type { StoryEdit } from '@/lib/builder/types';

/** Sends one edit of a story; `done` is what the live region says when it is saved. */
export type EditStory = (edit: StoryEdit, done: string) => void;
