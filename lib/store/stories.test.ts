import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fixtureDataset, useFreshIndexedDB } from '@/tests/unit/fixture-dataset';
import { fixturePack } from '@/tests/unit/fixture-pack';
import { FERRY_ARTICLE, HARBOUR_ARTICLE } from '@/tests/unit/fixture-story';
import { checkPack, checkPackText } from '../pack/check';
import { type FactcardDB, listPacks, openFactcardDB } from './db';
import { importDataset } from './import';
import { importPack } from './packs';
import { addArticleToStory, editStory, exportStory, getStory, listStories } from './stories';
import { undoStory } from './story-undo';
import { UNDO_STEPS } from './story-write';

let db: FactcardDB;
beforeEach(async () => {
  useFreshIndexedDB();
  db = await openFactcardDB();
  await importDataset(db, fixtureDataset('v1'));
});
afterEach(() => vi.restoreAllMocks());

const start = async (title = 'Eldmoor this spring') =>
  (await addArticleToStory(db, { story: '', title, article: HARBOUR_ARTICLE })).story;
const mara = (story: string) =>
  editStory(db, {
    op: 'make-entity',
    story,
    name: 'Mara Lindqvist',
    lang: 'en',
    type: 'person',
    description: 'Mayor',
  });
const snapshot = async () => ({
  packs: await listPacks(db),
  stories: await db.getAll('stories'),
  entities: await db.getAllKeys('entities'),
  seeds: await db.getAllKeys('seeds'),
  aliases: await db.getAll('aliases'),
  history: await db.getAllKeys('story-history'),
});

describe('stories in the database', () => {
  test('a new story is stored and installed as a pack of its own', async () => {
    const result = await addArticleToStory(
      db,
      {
        story: '',
        title: 'Eldmoor this spring',
        article: HARBOUR_ARTICLE,
      },
      5,
    );
    expect(result).toEqual({
      story: 'eldmoor-this-spring',
      source: 'eldmoor-gazette',
      created: true,
    });
    expect(await db.get('packs', 'eldmoor-this-spring')).toMatchObject({
      story: true,
      bundled: false,
      enabled: true,
      prefix: 'eldmoor-this-spring/',
      title: 'Eldmoor this spring',
      counts: { entities: 0, sources: 1, seeds: 1 },
    });
    expect(await db.get('seeds', 'eldmoor-this-spring/eldmoor-gazette-en')).toMatchObject({
      text: HARBOUR_ARTICLE.text,
    });
    expect(await listStories(db)).toEqual([
      {
        id: 'eldmoor-this-spring',
        title: 'Eldmoor this spring',
        articles: 1,
        entities: 0,
        names: 0,
        facts: 0,
        updatedAt: 5,
        canUndo: true,
      },
    ]);
  });

  test('a card made in a story is a name the matcher gets at once, with its pack', async () => {
    const story = await start();
    expect(await mara(story)).toEqual({ story, entity: 'mara-lindqvist' });
    expect(await db.get('aliases', story)).toMatchObject({
      aliases: [{ text: 'Mara Lindqvist', entityId: `${story}/mara-lindqvist`, lang: 'en' }],
    });
    expect(await db.get('entities', `${story}/mara-lindqvist`)).toMatchObject({
      pack: story,
      // Derived from the story's own text when it was written: the full name, then the surname.
      mentions: [{ seed: `${story}/eldmoor-gazette-en`, count: 2 }],
    });
    expect((await getStory(db, story)).revision).toBe(2);
  });

  test('the same URL again updates its source', async () => {
    const story = await start();
    const again = await addArticleToStory(db, {
      story,
      title: '',
      article: { ...HARBOUR_ARTICLE, title: 'Corrected' },
    });
    expect(again).toEqual({ story, source: 'eldmoor-gazette', created: false });
    expect((await getStory(db, story)).sources.map((s) => s.title)).toEqual(['Corrected']);
  });

  test('new stories get ids no pack or story uses', async () => {
    await importPack(db, checkedPack('eldmoor'));
    expect(await start('Eldmoor')).toBe('eldmoor-2');
    expect(await start('Eldmoor')).toBe('eldmoor-3');
    expect(await start('هانوي')).toBe('story');
  });

  test('a pack file cannot take the id of a story', async () => {
    const story = await start('Eldmoor');
    await expect(importPack(db, checkedPack(story))).rejects.toThrow(/one of your stories/);
  });

  test('an exported story passes the pack check', async () => {
    const story = await start();
    await expect(exportStory(db, story)).rejects.toThrow(/no card yet/);
    await mara(story);
    const checked = checkPackText(JSON.stringify(await exportStory(db, story)));
    expect(checked.ok ? checked.pack.entities.map((e) => e.id) : checked.problems).toEqual([
      'mara-lindqvist',
    ]);
  });
});

describe('undo', () => {
  test('walks back edit by edit, to before the story was made', async () => {
    const story = await start();
    const made = await snapshot();
    await mara(story);
    await editStory(db, { op: 'rename-story', story, title: 'Renamed' });
    await undoStory(db, story);
    expect((await getStory(db, story)).title).toBe('Eldmoor this spring');
    expect(await db.get('entities', `${story}/mara-lindqvist`)).toBeDefined();
    await undoStory(db, story);
    expect(await db.get('entities', `${story}/mara-lindqvist`)).toBeUndefined();
    expect({ ...(await snapshot()), packs: [], stories: [] }).toEqual({
      ...made,
      packs: [],
      stories: [],
      history: made.history,
    });
    await undoStory(db, story);
    expect(await listStories(db)).toEqual([]);
    expect(await db.get('packs', story)).toBeUndefined();
    await expect(undoStory(db, story)).rejects.toThrow('There is nothing to undo in this story.');
  });

  test('a deleted story comes back, installed again', async () => {
    const story = await start();
    await mara(story);
    await editStory(db, { op: 'delete-story', story });
    expect(await listStories(db)).toEqual([]);
    expect(await db.get('aliases', story)).toBeUndefined();
    await undoStory(db, story);
    expect((await listStories(db)).map((s) => [s.id, s.entities])).toEqual([[story, 1]]);
    expect(await db.get('entities', `${story}/mara-lindqvist`)).toBeDefined();
  });

  test(`keeps ${UNDO_STEPS} steps a story`, async () => {
    const story = await start();
    for (let i = 0; i < UNDO_STEPS + 2; i++) {
      await editStory(db, { op: 'rename-story', story, title: `Title ${i}` });
    }
    expect(await db.countFromIndex('story-history', 'stories', story)).toBe(UNDO_STEPS);
    for (let i = 0; i < UNDO_STEPS; i++) await undoStory(db, story);
    expect((await getStory(db, story)).title).toBe('Title 1');
    expect((await listStories(db))[0].canUndo).toBe(false);
  });

  test('a card moved to another story goes back with one undo, unless that story changed', async () => {
    const from = await start('Harbour');
    const to = (await addArticleToStory(db, { story: '', title: 'Ferry', article: FERRY_ARTICLE }))
      .story;
    await mara(from);
    expect(
      await editStory(db, { op: 'move-entity', story: from, entity: 'mara-lindqvist', to }),
    ).toEqual({
      story: to,
      entity: 'mara-lindqvist',
    });
    expect(await db.get('entities', `${to}/mara-lindqvist`)).toBeDefined();
    expect(await db.get('entities', `${from}/mara-lindqvist`)).toBeUndefined();
    await undoStory(db, from);
    expect(await db.get('entities', `${from}/mara-lindqvist`)).toBeDefined();
    expect(await db.get('entities', `${to}/mara-lindqvist`)).toBeUndefined();

    await editStory(db, { op: 'move-entity', story: from, entity: 'mara-lindqvist', to });
    await editStory(db, { op: 'rename-story', story: to, title: 'Ferries' });
    await expect(undoStory(db, from)).rejects.toThrow(
      '"Ferries" has changed since: undo its later edits there first.',
    );
  });
});

describe('failed writes', () => {
  test('a full disk leaves everything as it was and says so', async () => {
    const story = await start();
    const before = await snapshot();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'aliases') throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(mara(story)).rejects.toThrow('The disk is full: nothing was saved.');
    expect(await snapshot()).toEqual(before);
  });

  test('a write stopped half-way leaves everything as it was', async () => {
    const story = await start();
    await mara(story);
    const before = await snapshot();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      // The story and part of its pack are written; then the transaction is aborted.
      if (this.name === 'packs') this.transaction.abort();
      return put.apply(this, args);
    });
    await expect(
      editStory(db, { op: 'delete-entity', story, entity: 'mara-lindqvist' }),
    ).rejects.toThrow(/could not be saved .*nothing was saved/);
    expect(await snapshot()).toEqual(before);
  });

  test('a refused edit changes nothing', async () => {
    const story = await start();
    const before = await snapshot();
    await expect(
      editStory(db, {
        op: 'make-entity',
        story,
        name: 'the',
        lang: 'en',
        type: 'person',
        description: '',
      }),
    ).rejects.toThrow(/"the" is one of the commonest words of English/);
    await expect(editStory(db, { op: 'delete-story', story: 'nothing-here' })).rejects.toThrow(
      'This story no longer exists: it may have been deleted.',
    );
    expect(await snapshot()).toEqual(before);
  });
});

function checkedPack(id: string) {
  const checked = checkPack(fixturePack({ id }));
  if (!checked.ok) throw new Error('fixture pack');
  return checked.pack;
}
