import { findSource } from './add-article';
import { findEntity, type StoryDoc } from './story-doc';
import { StoryError } from './story-error';

/** Removes a card; the cards it was related to lose it when the story is refreshed. */
export function deleteEntity(doc: StoryDoc, edit: { entity: string }): StoryDoc {
  const entity = findEntity(doc, edit.entity);
  return { ...doc, entities: doc.entities.filter((e) => e !== entity) };
}

/**
 * Removes an article from the story, and with it the facts that quote it: a fact must rest on an
 * article of its pack. The cards stay, with their names and other facts; undo brings all back.
 */
export function deleteArticle(doc: StoryDoc, edit: { url: string }): StoryDoc {
  const source = findSource(doc, edit.url);
  if (!source) throw new StoryError('This article is no longer in the story.');
  return {
    ...doc,
    sources: doc.sources.filter((s) => s !== source),
    entities: doc.entities.map((entity) =>
      entity.facts.some((f) => f.source === source.id)
        ? { ...entity, facts: entity.facts.filter((f) => f.source !== source.id) }
        : entity,
    ),
  };
}
