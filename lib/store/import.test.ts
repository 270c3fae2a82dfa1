import { beforeEach, describe, expect, test } from 'vitest';
import { fixtureDataset, useFreshIndexedDB } from '@/tests/unit/fixture-dataset';
import type { Entity } from '../dataset/types';
import { type FactcardDB, getActive, openFactcardDB } from './db';
import { ensureDataset, importDataset } from './import';

let db: FactcardDB;
beforeEach(async () => {
  useFreshIndexedDB();
  db = await openFactcardDB();
});

describe('importDataset', () => {
  test('fills an empty database and marks the version active', async () => {
    const active = await importDataset(db, fixtureDataset('v1'), 1000);
    expect(active).toMatchObject({ version: 'v1', importedAt: 1000 });
    expect(active.counts).toEqual({ entities: 2, sources: 2, seeds: 2, aliases: 2, facts: 2 });
    expect(await db.count('entities')).toBe(2);
    expect((await db.get('entities', 'to-lam'))?.name.vi).toBe('Tô Lâm');
    expect((await db.get('aliases', 'bundled'))?.aliases).toEqual([
      { text: 'To Lam', entityId: 'to-lam', lang: 'en', type: 'person' },
      { text: 'UNODC', entityId: 'unodc', lang: 'en', type: 'organisation' },
    ]);
  });

  test('upgrading replaces the older version completely', async () => {
    await importDataset(db, fixtureDataset('v1', [{}, {}]));
    expect(await db.count('entities')).toBe(4);
    await importDataset(db, fixtureDataset('v2'));
    expect((await getActive(db))?.version).toBe('v2');
    expect(await db.getAllKeys('entities')).toEqual(['to-lam', 'unodc']);
  });

  test('a failing import keeps the previous version and all its data', async () => {
    await importDataset(db, fixtureDataset('v1'));
    // An entity without an id cannot be stored: the put throws half-way through the import.
    const broken = fixtureDataset('v2', [{ id: undefined as unknown as string }]);
    await expect(importDataset(db, broken)).rejects.toThrow(/previous data kept/);
    expect((await getActive(db))?.version).toBe('v1');
    expect(await db.count('entities')).toBe(2);
    expect((await db.get('packs', 'bundled'))?.version).toBe('v1');
  });
});

describe('ensureDataset', () => {
  test('imports into an empty database, then leaves the same version alone', async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      return fixtureDataset('v1');
    };
    expect((await ensureDataset(db, 'v1', load)).imported).toBe(true);
    expect((await ensureDataset(db, 'v1', load)).imported).toBe(false);
    expect(loads).toBe(1);
  });

  test('repairs a stale version', async () => {
    await importDataset(db, fixtureDataset('old'));
    const result = await ensureDataset(db, 'new', async () => fixtureDataset('new'));
    expect(result).toMatchObject({ imported: true, active: { version: 'new' } });
  });

  test('refuses a bundle whose version is not the announced one', async () => {
    await importDataset(db, fixtureDataset('v1'));
    await expect(ensureDataset(db, 'v2', async () => fixtureDataset('v3'))).rejects.toThrow(/v3/);
    expect((await getActive(db))?.version).toBe('v1');
  });

  test('keeps entities with unusual content intact', async () => {
    const entity: Partial<Entity> = { name: { en: 'واتفاقية', vi: 'Công ước' } };
    await importDataset(db, fixtureDataset('v1', [entity]));
    expect((await db.get('entities', 'extra-0'))?.name).toEqual(entity.name);
  });
});
