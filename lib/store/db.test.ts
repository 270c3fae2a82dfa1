import { beforeEach, expect, test } from 'vitest';
import { useFreshIndexedDB } from '@/tests/unit/fixture-dataset';
import { fixturePack } from '@/tests/unit/fixture-pack';
import { HARBOUR_ARTICLE } from '@/tests/unit/fixture-story';
import { checkPack } from '../pack/check';
import { type FactcardDB, openFactcardDB, UPGRADES } from './db';
import { importPack } from './packs';
import { addArticleToStory, editStory, getStory } from './stories';

beforeEach(() => useFreshIndexedDB());

const pack = () => {
  const checked = checkPack(fixturePack());
  if (!checked.ok) throw new Error('fixture pack');
  return checked.pack;
};

test('a pack written at version 2, before stories, is still there after the upgrade', async () => {
  const old = (await openFactcardDB(UPGRADES.slice(0, 2))) as FactcardDB;
  expect(old.version).toBe(2);
  const record = { id: 'eldmoor', title: 'Eldmoor', enabled: false } as never;
  await old.put('packs', record);
  await old.put('aliases', { pack: 'eldmoor', aliases: [] });
  await old.put('entities', { id: 'eldmoor/harbour-library', pack: 'eldmoor' } as never);
  old.close();

  const db = await openFactcardDB();
  expect(db.version).toBe(UPGRADES.length);
  expect(await db.get('packs', 'eldmoor')).toEqual(record);
  expect(await db.getAllKeys('entities')).toEqual(['eldmoor/harbour-library']);
  expect(await db.getAll('stories')).toEqual([]);
  db.close();
});

test('an imported pack and a story live through a later upgrade', async () => {
  const db = await openFactcardDB();
  await importPack(db, pack(), 10, 1);
  const { story } = await addArticleToStory(db, {
    story: '',
    title: 'Harbour',
    article: HARBOUR_ARTICLE,
  });
  await editStory(db, {
    op: 'make-entity',
    story,
    name: 'Mara Lindqvist',
    lang: 'en',
    type: 'person',
    description: 'Mayor',
  });
  const before = {
    packs: await db.getAll('packs'),
    entities: await db.getAll('entities'),
    story: await getStory(db, story),
    history: await db.count('story-history'),
  };
  db.close();

  const next = await openFactcardDB([...UPGRADES, (later) => later.createObjectStore('later')]);
  expect(next.version).toBe(UPGRADES.length + 1);
  expect({
    packs: await next.getAll('packs'),
    entities: await next.getAll('entities'),
    story: await getStory(next, story),
    history: await next.count('story-history'),
  }).toEqual(before);
  expect(before.entities.map((e) => e.id)).toContain(`${story}/mara-lindqvist`);
  next.close();
});
