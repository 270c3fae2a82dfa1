import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { DatasetCounts, Entity, Seed, Source } from '../dataset/types';
import type { AliasSpec } from '../match/types';
import type { Pack, PackMeta } from '../pack/schema';

export const DB_NAME = 'factcards';

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
  /** The pack is one of the reader's stories, written by the story builder (lib/store/stories.ts). */
  story?: true;
  counts: DatasetCounts;
  /** Bytes of the pack file it was imported from. */
  size: number;
  importedAt: number;
}

/** A pack's aliases, read in one go whenever the set of enabled packs changes. */
export interface AliasRecord {
  pack: string;
  aliases: AliasSpec[];
}

/** A reader's story: its pack document, the one the story builder edits (lib/builder/). */
export interface StoryRecord {
  id: string;
  doc: Pack;
  createdAt: number;
  updatedAt: number;
}

/**
 * One step of undo: the stories one write changed, each as it was before it (null: it did not
 * exist). Kept under an increasing `seq`, a few steps per story.
 */
export interface HistoryRecord {
  seq?: number;
  stories: string[];
  before: { id: string; record: StoryRecord | null }[];
  at: number;
}

type InPack<T> = T & { pack: string };

export interface FactcardSchema extends DBSchema {
  meta: { key: ActiveRecord['key']; value: ActiveRecord };
  packs: { key: string; value: PackRecord };
  aliases: { key: string; value: AliasRecord };
  entities: { key: string; value: InPack<Entity>; indexes: { pack: string } };
  sources: { key: string; value: InPack<Source>; indexes: { pack: string } };
  seeds: { key: string; value: InPack<Seed>; indexes: { pack: string } };
  stories: { key: string; value: StoryRecord };
  'story-history': { key: number; value: HistoryRecord; indexes: { stories: string } };
}

export type FactcardDB = IDBPDatabase<FactcardSchema>;

export const STORES = [
  'meta',
  'packs',
  'aliases',
  'entities',
  'sources',
  'seeds',
  'stories',
  'story-history',
] as const;
export const PACK_STORES = ['entities', 'sources', 'seeds'] as const;

// biome-ignore lint/suspicious/noExplicitAny: an upgrade step sees the schema of its own version.
type AnyDB = IDBPDatabase<any>;

/**
 * Each version's upgrade, in order: step i brings a database at version i to version i + 1.
 * Steps only add (stores, indexes): what readers made (imported packs, stories) lives through
 * every upgrade. Only the first layout, which held nothing but the bundled dataset in another
 * shape, is dropped; the bundled dataset is imported again after it.
 */
export const UPGRADES: readonly ((db: AnyDB) => void)[] = [
  () => {
    // Version 1: the bundled dataset alone (its stores are replaced by step 1).
  },
  (db) => {
    for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('packs', { keyPath: 'id' });
    db.createObjectStore('aliases', { keyPath: 'pack' });
    for (const name of PACK_STORES) {
      db.createObjectStore(name, { keyPath: 'id' }).createIndex('pack', 'pack');
    }
  },
  (db) => {
    db.createObjectStore('stories', { keyPath: 'id' });
    db.createObjectStore('story-history', { keyPath: 'seq', autoIncrement: true }).createIndex(
      'stories',
      'stories',
      { multiEntry: true },
    );
  },
];

/** Opens the database, upgrading it step by step (tests pass further steps to try an upgrade). */
export function openFactcardDB(upgrades = UPGRADES): Promise<FactcardDB> {
  return openDB<FactcardSchema>(DB_NAME, upgrades.length, {
    upgrade(db, oldVersion) {
      for (let v = Math.max(oldVersion, 1); v < upgrades.length; v++) upgrades[v](db as AnyDB);
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
