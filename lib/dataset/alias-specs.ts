import type { AliasSpec } from '../match/types';
import { aliasRules, type Entity } from './types';

/** Flattens every entity's aliases, internal, external and excluded, into the matcher's input. */
export function aliasSpecs(entities: readonly Entity[]): AliasSpec[] {
  return entities.flatMap((entity) =>
    entity.aliases.map((alias) => ({
      text: alias.text,
      entityId: entity.id,
      lang: alias.lang,
      type: entity.type,
      ...aliasRules(alias),
    })),
  );
}
