import { collapseSpace } from '../dataset/check';
import type { EntityType, Lang } from '../dataset/types';
import { commonNameReason, quoteName } from '../pack/name-check';
import { countryInTexts } from './country';
import { uniqueId } from './ids';
import { displayName, ownerOfName, type StoryDoc } from './story-doc';
import { StoryError } from './story-error';

const MAX_NAME = 200;

/**
 * Why `text` cannot be a name of `entity` in this story, or undefined: it would mark common
 * words (lib/pack/name-check.ts), or another card of the story has it already.
 */
export function nameProblem(doc: StoryDoc, text: string, entity?: string): string | undefined {
  if (text.length > MAX_NAME) return `A name may be at most ${MAX_NAME} characters long.`;
  const common = commonNameReason(text);
  if (common) return `${quoteName(text)} ${common}.`;
  const owner = ownerOfName(doc, text, entity);
  if (owner) {
    return `${quoteName(text)} is already a name of "${displayName(owner)}" in this story: merge the two cards instead.`;
  }
  return undefined;
}

/**
 * The country the story's articles say the person named `name` is from (a demonym before the
 * name): its demonyms then point back at the person (docs/PACKS.md).
 */
export function storyCountry(doc: StoryDoc, name: string): string | undefined {
  const texts = doc.sources.flatMap((source) => source.translations.map((t) => t.text));
  return countryInTexts(texts, name);
}

/**
 * A new card from a selected name, in the language of the page it was selected on; a person
 * gets the country the story's articles give.
 */
export function makeEntity(
  doc: StoryDoc,
  edit: { name: string; lang: Lang; type: EntityType; description: string },
): { doc: StoryDoc; entity: string } {
  const name = collapseSpace(edit.name);
  const problem = nameProblem(doc, name);
  if (problem) throw new StoryError(problem);
  const description = collapseSpace(edit.description);
  const id = uniqueId(name, new Set(doc.entities.map((e) => e.id)), edit.type);
  const country = edit.type === 'person' ? storyCountry(doc, name) : undefined;
  return {
    doc: {
      ...doc,
      entities: [
        ...doc.entities,
        {
          id,
          type: edit.type,
          name: { [edit.lang]: name },
          description: description ? { [edit.lang]: description } : {},
          aliases: [{ text: name, lang: edit.lang }],
          ...(country ? { country } : {}),
          facts: [],
          mentions: [],
          related: [],
        },
      ],
    },
    entity: id,
  };
}
