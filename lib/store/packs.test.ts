import { beforeEach, describe, expect, test } from 'vitest';
import { fixtureDataset, useFreshIndexedDB } from '@/tests/unit/fixture-dataset';
import { fixturePack } from '@/tests/unit/fixture-pack';
import { checkPack } from '../pack/check';
import type { Pack } from '../pack/schema';
import { type FactcardDB, listPacks, openFactcardDB } from './db';
import { importDataset } from './import';
import { exportPack, importPack, removePack, setPackEnabled } from './packs';

let db: FactcardDB;
beforeEach(async () => {
  useFreshIndexedDB();
  db = await openFactcardDB();
  await importDataset(db, fixtureDataset('v1'));
});

const checked = (over: Partial<Pack> = {}): Pack => {
  const result = checkPack(fixturePack(over));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack;
};
const snapshot = async () => ({
  packs: await listPacks(db),
  entities: await db.getAllKeys('entities'),
  seeds: await db.getAllKeys('seeds'),
  aliases: await db.getAllKeys('aliases'),
});

describe('importPack', () => {
  test('installs a pack beside the bundled one, its ids prefixed with the pack id', async () => {
    const record = await importPack(db, checked(), 1234, 5);
    expect(record).toMatchObject({
      id: 'eldmoor',
      revision: 1,
      enabled: true,
      size: 1234,
      bundled: false,
    });
    expect(record.counts).toMatchObject({
      entities: 2,
      sources: 1,
      seeds: 1,
      aliases: 3,
      facts: 2,
    });
    expect((await listPacks(db)).map((p) => p.id)).toEqual(['bundled', 'eldmoor']);
    const entity = await db.get('entities', 'eldmoor/harbour-library');
    expect(entity).toMatchObject({
      pack: 'eldmoor',
      facts: [{ source: 'eldmoor/gazette', seed: 'eldmoor/gazette-en', quote: 'opened on Monday' }],
      related: [{ id: 'eldmoor/mara-lindqvist', count: 1 }],
    });
    expect(await db.get('entities', 'to-lam')).toBeDefined();
  });

  test('a higher revision replaces the old one in one step, keeping the switch', async () => {
    await importPack(db, checked());
    await setPackEnabled(db, 'eldmoor', false);
    const [first, second] = fixturePack().entities;
    await importPack(db, checked({ revision: 2, entities: [{ ...first, related: [] }] }));
    expect(await db.get('packs', 'eldmoor')).toMatchObject({ revision: 2, enabled: false });
    expect(await db.get('entities', 'eldmoor/mara-lindqvist')).toBeUndefined();
    expect(second).toBeDefined();
  });

  test.each([1, 0])(
    'revision %i when 1 is installed is refused, nothing changed',
    async (revision) => {
      await importPack(db, checked());
      const before = await snapshot();
      await expect(importPack(db, { ...checked(), revision })).rejects.toThrow(/not newer/);
      expect(await snapshot()).toEqual(before);
    },
  );

  test('the bundled pack id is refused', async () => {
    await expect(importPack(db, checked({ id: 'bundled' }))).rejects.toThrow(/bundled pack/);
  });

  test('a failure half-way through leaves every pack as it was', async () => {
    await importPack(db, checked());
    const before = await snapshot();
    const broken = checked({ revision: 2 });
    // An alias text that cannot be cloned makes a put throw after earlier puts were made.
    (broken.entities[1].aliases[0] as { text: unknown }).text = () => 'not storable';
    await expect(importPack(db, broken)).rejects.toThrow(/nothing was changed/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('removePack, setPackEnabled, exportPack', () => {
  test('removal takes everything of the pack and nothing else', async () => {
    const before = await snapshot();
    await importPack(db, checked());
    await removePack(db, 'eldmoor');
    expect(await snapshot()).toEqual(before);
  });

  test('the bundled pack can be switched off but not removed', async () => {
    expect((await setPackEnabled(db, 'bundled', false)).enabled).toBe(false);
    await expect(removePack(db, 'bundled')).rejects.toThrow(/switch it off/);
    await expect(removePack(db, 'nothing')).rejects.toThrow(/no pack/);
  });

  test('an exported pack is the imported one again, and passes the check', async () => {
    const pack = checked();
    await importPack(db, pack);
    const exported = checkPack(JSON.parse(JSON.stringify(await exportPack(db, 'eldmoor'))));
    if (!exported.ok) throw new Error(JSON.stringify(exported.problems));
    // The quote's context is taken again from the text: the same place, maybe more of it.
    const plain = (p: Pack) =>
      p.entities
        .map((e) => ({ ...e, facts: e.facts.map((f) => ({ ...f, quote: f.quote.exact })) }))
        .sort((a, b) => a.id.localeCompare(b.id));
    expect(plain(exported.pack)).toEqual(plain(pack));
    expect(exported.pack.sources).toEqual(pack.sources);
    expect(exported.pack.revision).toBe(1);
  });
});
