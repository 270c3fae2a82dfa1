import type { AliasSpec } from '../match/types';
import type { Entity } from './types';

/** Flattens every entity's aliases, internal and external, into the matcher's input. */
export function aliasSpecs(entities: readonly Entity[]): AliasSpec[] {
  return entities.flatMap((entity) =>
    entity.aliases.map((alias) => ({
      text: alias.text,
      entityId: entity.id,
      lang: alias.lang,
      ...(alias.generic ? { generic: true } : {}),
    })),
  );
}
