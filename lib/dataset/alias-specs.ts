import { type NamePattern, patternSpecs } from '../match/name-patterns';
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
      ...(entity.country ? { country: entity.country } : {}),
      ...aliasRules(alias),
    })),
  );
}

/** An entity's name pattern as stored beside its pack's aliases (lib/store/db.ts). */
export interface EntityPattern {
  entityId: string;
  type?: string;
  pattern: NamePattern;
}

/** Every entity's name patterns, unexpanded: what a pack stores. */
export function entityPatterns(entities: readonly Entity[]): EntityPattern[] {
  return entities.flatMap((entity) =>
    (entity.patterns ?? []).map((pattern) => ({ entityId: entity.id, type: entity.type, pattern })),
  );
}

/** The matcher input of stored patterns: their fronts and backs (name-patterns.ts). */
export function expandPatterns(patterns: readonly EntityPattern[]): AliasSpec[] {
  return patternSpecs(patterns);
}
