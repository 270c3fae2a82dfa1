import type { StoryDoc } from './story-doc';
import type { StorySummary } from './types';

/** What the stories list shows of a story. */
export function storySummary(doc: StoryDoc, updatedAt: number, canUndo: boolean): StorySummary {
  return {
    id: doc.id,
    title: doc.title,
    articles: doc.sources.length,
    entities: doc.entities.length,
    names: doc.entities.reduce((n, e) => n + e.aliases.length, 0),
    facts: doc.entities.reduce((n, e) => n + e.facts.length, 0),
    updatedAt,
    canUndo,
  };
}
