import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { EntityPattern } from '../dataset/alias-specs';
import type { DatasetCounts, Entity, Seed, Source } from '../dataset/types';
import type { AliasSpec } from '../match/types';
import type { PackMeta } from '../pack/schema';

export const DB_NAME = 'factcards';
const DB_VERSION = 2;

/** Which bundled dataset version is in use; written in the same transaction as its data. */
export interface ActiveRecord {
  key: 'active';
  version: string;
  importedAt: number;
  counts: DatasetCounts;
}

/** One installed pack: its header, where it stands and what it holds. */
export interface PackRecord extends Omit<PackMeta, 'format'> {
  /** The bundled dataset's content hash, or `<revision>@<importedAt>` for an imported pack. */
  version: string;
  bundled: boolean;
  enabled: boolean;
  /** Put before each of the pack's ids: '' for the bundled pack, `<pack id>/` for the others. */
  prefix: string;
  counts: DatasetCounts;
  /** Bytes of the pack file it was imported from. */
  size: number;
  importedAt: number;
}

/** A pack's aliases, read in one go whenever the set of enabled packs changes. */
export interface AliasRecord {
  pack: string;
  aliases: AliasSpec[];
  /** Name patterns, expanded when the matcher is built (lib/background/matcher-set.ts). */
  patterns?: EntityPattern[];
}

type InPack<T> = T & { pack: string };

export interface FactcardSchema extends DBSchema {
  meta: { key: ActiveRecord['key']; value: ActiveRecord };
  packs: { key: string; value: PackRecord };
  aliases: { key: string; value: AliasRecord };
  entities: { key: string; value: InPack<Entity>; indexes: { pack: string } };
  sources: { key: string; value: InPack<Source>; indexes: { pack: string } };
  seeds: { key: string; value: InPack<Seed>; indexes: { pack: string } };
}

export type FactcardDB = IDBPDatabase<FactcardSchema>;

export const STORES = ['meta', 'packs', 'aliases', 'entities', 'sources', 'seeds'] as const;
export const PACK_STORES = ['entities', 'sources', 'seeds'] as const;

export function openFactcardDB(): Promise<FactcardDB> {
  return openDB<FactcardSchema>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      // A schema change drops the old stores: the bundled dataset is re-imported afterwards.
      for (const name of db.objectStoreNames) db.deleteObjectStore(name);
      db.createObjectStore('meta', { keyPath: 'key' });
      db.createObjectStore('packs', { keyPath: 'id' });
      db.createObjectStore('aliases', { keyPath: 'pack' });
      for (const name of PACK_STORES) {
        db.createObjectStore(name, { keyPath: 'id' }).createIndex('pack', 'pack');
      }
    },
  });
}

export async function getActive(db: FactcardDB): Promise<ActiveRecord | undefined> {
  return db.get('meta', 'active');
}

/** Every installed pack, the bundled one first, then by title. */
export async function listPacks(db: FactcardDB): Promise<PackRecord[]> {
  const packs = await db.getAll('packs');
  return packs.sort(
    (a, b) => Number(b.bundled) - Number(a.bundled) || a.title.localeCompare(b.title),
  );
}
