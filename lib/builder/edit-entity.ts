import { collapseSpace } from '../dataset/check';
import type { EntityType, Lang } from '../dataset/types';
import { isStateCode } from '../lang/demonyms';
import { nameProblem, storyCountry } from './make-entity';
import { displayName, nameKey, type StoryDoc, type StoryEntity, withEntity } from './story-doc';
import { StoryError } from './story-error';

/**
 * Changes a card's name or description in one language, its type, or a person's country ('' for
 * none). A new name is also a name the card is found by; the old one stays one until it is
 * deleted.
 */
export function editEntity(
  doc: StoryDoc,
  edit: {
    entity: string;
    lang: Lang;
    name?: string;
    description?: string;
    type?: EntityType;
    country?: string;
  },
): StoryDoc {
  return withEntity(doc, edit.entity, (entity) => {
    let next = entity;
    if (edit.name !== undefined) {
      const name = collapseSpace(edit.name);
      if (!name) throw new StoryError('A name cannot be empty.');
      const known = next.aliases.some(
        (a) => a.lang === edit.lang && nameKey(a.text) === nameKey(name),
      );
      if (!known) {
        const problem = nameProblem(doc, name, entity.id);
        if (problem) throw new StoryError(problem);
      }
      next = {
        ...next,
        name: { ...next.name, [edit.lang]: name },
        aliases: known ? next.aliases : [...next.aliases, { text: name, lang: edit.lang }],
      };
    }
    // A card made a person looks for the person's country, by its name as edited; one made
    // something else has none.
    if (edit.type && edit.type !== entity.type) {
      const { country: _, ...rest } = next;
      const country = edit.type === 'person' ? storyCountry(doc, displayName(next)) : undefined;
      next = country ? { ...rest, type: edit.type, country } : { ...rest, type: edit.type };
    }
    if (edit.country !== undefined) next = withCountry(next, edit.country);
    if (edit.description !== undefined) {
      const description = collapseSpace(edit.description);
      const { [edit.lang]: _old, ...rest } = next.description;
      next = { ...next, description: description ? { ...rest, [edit.lang]: description } : rest };
    }
    return next;
  });
}

/** `entity` with the country `code` (a sovereign state's), or with none for ''. */
function withCountry(entity: StoryEntity, code: string): StoryEntity {
  const { country: _, ...rest } = entity;
  if (!code) return rest;
  if (entity.type !== 'person') throw new StoryError('Only a person has a country.');
  if (!isStateCode(code)) throw new StoryError(`${code} is no country's code.`);
  return { ...rest, country: code };
}
