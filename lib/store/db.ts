import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { DatasetCounts, Entity, Seed, Source } from '../dataset/types';
import type { AliasSpec } from '../match/types';

export const DB_NAME = 'factcards';
const DB_VERSION = 1;

/** Which dataset version is in use; written last, in the same transaction as the data. */
export interface ActiveRecord {
  key: 'active';
  version: string;
  importedAt: number;
  counts: DatasetCounts;
}

/** The alias list content scripts compile into their matcher, kept in one record for one read. */
export interface MatcherRecord {
  key: 'matcher';
  version: string;
  aliases: AliasSpec[];
}

export type MetaRecord = ActiveRecord | MatcherRecord;

export interface FactcardSchema extends DBSchema {
  meta: { key: MetaRecord['key']; value: MetaRecord };
  entities: { key: string; value: Entity };
  sources: { key: string; value: Source };
  seeds: { key: string; value: Seed };
}

export type FactcardDB = IDBPDatabase<FactcardSchema>;

export const STORES = ['meta', 'entities', 'sources', 'seeds'] as const;

export function openFactcardDB(): Promise<FactcardDB> {
  return openDB<FactcardSchema>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      // A schema change drops the old stores: the bundled dataset is re-imported afterwards.
      for (const name of db.objectStoreNames) db.deleteObjectStore(name);
      db.createObjectStore('meta', { keyPath: 'key' });
      db.createObjectStore('entities', { keyPath: 'id' });
      db.createObjectStore('sources', { keyPath: 'id' });
      db.createObjectStore('seeds', { keyPath: 'id' });
    },
  });
}

export async function getActive(db: FactcardDB): Promise<ActiveRecord | undefined> {
  const record = await db.get('meta', 'active');
  return record?.key === 'active' ? record : undefined;
}

export async function getMatcherRecord(db: FactcardDB): Promise<MatcherRecord | undefined> {
  const record = await db.get('meta', 'matcher');
  return record?.key === 'matcher' ? record : undefined;
}
