import type { EntityType, Lang } from '../dataset/types';
import { foldText } from '../match/fold';
import { suggestNames } from '../story/suggest';

/**
 * The type "Make a card" proposes for a selected name: the type the suggestions give it when they
 * read it with the text around it (a title before it makes a person, a head word a body or a
 * document), else a person for a name of up to three words and an organisation for a longer one.
 */
export function guessType(name: string, context: string, lang: Lang): EntityType {
  const key = foldText(name).folded;
  const found = suggestNames({ text: context, lang }, { limit: 100 }).find((s) =>
    [s.name, ...s.forms].some((form) => foldText(form).folded === key),
  );
  if (found) return found.type;
  return name.trim().split(/\s+/).length <= 3 ? 'person' : 'organisation';
}
