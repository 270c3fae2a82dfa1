import { collapseSpace } from '../dataset/check';
import type { Lang } from '../dataset/types';
import { nameProblem } from './make-entity';
import { nameKey, type StoryDoc, withEntity } from './story-doc';
import { StoryError } from './story-error';

/** Another name the card is found by ("President Cuong", a spelling in another language). */
export function addName(
  doc: StoryDoc,
  edit: { entity: string; text: string; lang: Lang },
): StoryDoc {
  const text = collapseSpace(edit.text);
  return withEntity(doc, edit.entity, (entity) => {
    const key = nameKey(text);
    if (entity.aliases.some((a) => a.lang === edit.lang && nameKey(a.text) === key)) {
      throw new StoryError(`"${text}" is already one of this card's names.`);
    }
    const problem = nameProblem(doc, text, entity.id);
    if (problem) throw new StoryError(problem);
    return {
      ...entity,
      aliases: [...entity.aliases, { text, lang: edit.lang }],
      // The first name given in a language is the one the card shows in it.
      name: entity.name[edit.lang] ? entity.name : { ...entity.name, [edit.lang]: text },
    };
  });
}

/** Removes a name; the card keeps at least one, and the name it shows goes last. */
export function deleteName(
  doc: StoryDoc,
  edit: { entity: string; text: string; lang: Lang },
): StoryDoc {
  return withEntity(doc, edit.entity, (entity) => {
    const aliases = entity.aliases.filter((a) => !(a.lang === edit.lang && a.text === edit.text));
    if (aliases.length === entity.aliases.length) {
      throw new StoryError(`"${edit.text}" is not one of this card's names.`);
    }
    if (!aliases.some((a) => !a.exclude)) {
      throw new StoryError('A card needs at least one name: delete the card instead.');
    }
    if (entity.name[edit.lang] !== edit.text) return { ...entity, aliases };
    // The card showed this name in this language: the next name of the language takes its place.
    const next = aliases.find((a) => a.lang === edit.lang && !a.exclude);
    const { [edit.lang]: _gone, ...rest } = entity.name;
    const name = next ? { ...rest, [edit.lang]: next.text } : rest;
    if (!Object.values(name).some(Boolean)) {
      throw new StoryError(
        `"${edit.text}" is the only name the card shows: give it a name in a language first.`,
      );
    }
    return { ...entity, aliases, name };
  });
}
