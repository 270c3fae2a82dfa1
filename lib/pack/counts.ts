import type { DatasetCounts } from '../dataset/types';
import type { Pack } from './schema';

export function packCounts(pack: Pack): DatasetCounts {
  return {
    entities: pack.entities.length,
    sources: pack.sources.length,
    seeds: pack.sources.reduce((n, s) => n + s.translations.length, 0),
    aliases: pack.entities.reduce((n, e) => n + e.aliases.length, 0),
    facts: pack.entities.reduce((n, e) => n + e.facts.length, 0),
  };
}
