import type { EntityType, Lang } from '@/lib/dataset/types';
import type { EntityChoice } from '@/lib/extract/named-first';
import type { Suggestion } from '@/lib/story/suggest';

/** What the builder is doing: one value, changed in one place (use-builder.ts). */
export type Phase =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'done'; text: string }
  | { phase: 'failed'; text: string };

/** The three things a selection can become. */
export const ACTIONS = ['card', 'fact', 'name'] as const;
export type Action = (typeof ACTIONS)[number];

/** The story the reader works on: one of theirs, or a new one to be made with this title. */
export interface StoryChoice {
  id: string;
  /** The title of the story to make, when `id` is ''. */
  title: string;
}

export interface CardDraft {
  name: string;
  type: EntityType;
  description: string;
  lang: Lang;
}

export interface FactDraft {
  entity: string;
  text: string;
}

export interface NameDraft {
  entity: string;
  text: string;
  lang: Lang;
}

/** A story's entity as the pickers show it. */
export type StoryEntity = EntityChoice;

/** The suggestions for the article just added, and which of them became cards. */
export interface SuggestionsState {
  lang: Lang;
  items: Suggestion[];
  made: string[];
}
