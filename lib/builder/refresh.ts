import { aliasSpecs } from '../dataset/alias-specs';
import { derive } from '../dataset/derive';
import { packToDataset } from '../pack/convert';
import { type StoryDoc, storyLanguages } from './story-doc';

const MAX_SENTENCE = 2000;
const MAX_ATTRIBUTION = 500;

/**
 * What follows from the rest of a story, made again after every edit as `npm run pack -- build`
 * makes it: where each entity is mentioned in the story's articles and which entities share
 * sentences (with the matcher pages use), the story's languages, and who wrote its articles.
 */
export function refresh(doc: StoryDoc): StoryDoc {
  const dataset = packToDataset(doc, '');
  const derived = derive(aliasSpecs(dataset.entities), dataset.seeds);
  const publishers = [...new Set(doc.sources.map((s) => s.publisher))];
  const attribution = publishers.length
    ? `Articles from ${publishers.join(', ')}`
    : 'No article yet';
  return {
    ...doc,
    languages: storyLanguages(doc),
    attribution:
      attribution.length > MAX_ATTRIBUTION
        ? `${attribution.slice(0, MAX_ATTRIBUTION - 1)}…`
        : attribution,
    entities: doc.entities.map((entity) => {
      const found = derived.get(entity.id);
      return {
        ...entity,
        mentions: (found?.mentions ?? []).map((m) => ({
          translation: m.seed,
          count: m.count,
          firstSentence: m.firstSentence.slice(0, MAX_SENTENCE),
        })),
        related: found?.related ?? [],
      };
    }),
  };
}
