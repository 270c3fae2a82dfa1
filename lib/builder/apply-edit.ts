import { deleteArticle, deleteEntity } from './delete';
import { editEntity } from './edit-entity';
import { addFact, deleteFact, editFact } from './facts';
import { makeEntity } from './make-entity';
import { mergeEntities } from './merge';
import { addName, deleteName } from './names';
import { type StoryDoc, storyTitle } from './story-doc';
import type { StoryEdit } from './types';

/** The edits that change one story alone (deleting a story and moving a card are the store's). */
export type OneStoryEdit = Exclude<StoryEdit, { op: 'delete-story' } | { op: 'move-entity' }>;

/** A story after one edit, and the id of the card `make-entity` made. Throws a StoryError. */
export function applyEdit(doc: StoryDoc, edit: OneStoryEdit): { doc: StoryDoc; entity?: string } {
  switch (edit.op) {
    case 'rename-story':
      return { doc: { ...doc, title: storyTitle(edit.title) } };
    case 'make-entity':
      return makeEntity(doc, edit);
    case 'edit-entity':
      return { doc: editEntity(doc, edit) };
    case 'delete-entity':
      return { doc: deleteEntity(doc, edit) };
    case 'add-name':
      return { doc: addName(doc, edit) };
    case 'delete-name':
      return { doc: deleteName(doc, edit) };
    case 'add-fact':
      return { doc: addFact(doc, edit) };
    case 'edit-fact':
      return { doc: editFact(doc, edit) };
    case 'delete-fact':
      return { doc: deleteFact(doc, edit) };
    case 'delete-article':
      return { doc: deleteArticle(doc, edit) };
    case 'merge-entities':
      return { doc: mergeEntities(doc, edit) };
  }
}
