import { beforeEach, expect, test } from 'vitest';
import { fixtureDataset, useFreshIndexedDB } from '@/tests/unit/fixture-dataset';
import { HARBOUR_ARTICLE } from '@/tests/unit/fixture-story';
import { unpackMatcher } from '../match/compiled';
import { matcherFrom } from '../match/matcher';
import { checkPackText } from '../pack/check';
import { openFactcardDB } from '../store/db';
import { route } from './route';
import { createService } from './service';

let announced: string[];
const newService = () =>
  createService({
    open: () => openFactcardDB(),
    bundledVersion: async () => 'v1',
    loadBundled: async () => fixtureDataset('v1'),
    loadStrings: async () => ({}),
    openPage: async () => undefined,
    onPacksChanged: async (version) => {
      announced.push(version);
    },
  });
type Handlers = ReturnType<typeof newService>['handlers'];

beforeEach(() => {
  useFreshIndexedDB();
  announced = [];
});

/** Sends a message as another part of the extension would, through the router. */
const send = (handlers: Handlers, message: object) => route(message, 'me', 'me', handlers);
const found = async (handlers: Handlers, page: string) => {
  const { matcher } = await handlers['packed-matcher']({ type: 'packed-matcher' });
  return matcherFrom(unpackMatcher(matcher))
    .find(page)
    .map((m) => m.entityId);
};
const PAGE = 'On Friday Mara Lindqvist spoke about the port.';

async function storyWithMara(handlers: Handlers) {
  const added = await send(handlers, {
    type: 'add-article',
    story: '',
    title: 'Eldmoor',
    article: HARBOUR_ARTICLE,
  });
  expect(added).toEqual({
    ok: true,
    value: { story: 'eldmoor', source: 'eldmoor-gazette', created: true },
  });
  const made = await send(handlers, {
    type: 'story-edit',
    edit: {
      op: 'make-entity',
      story: 'eldmoor',
      name: 'Mara Lindqvist',
      lang: 'en',
      type: 'person',
      description: 'Mayor',
    },
  });
  expect(made).toEqual({ ok: true, value: { story: 'eldmoor', entity: 'mara-lindqvist' } });
}

test('a name made in a story is matched at once, and every write tells the tabs', async () => {
  const { handlers } = newService();
  expect(await found(handlers, PAGE)).toEqual([]);
  await storyWithMara(handlers);
  expect(announced).toHaveLength(2);
  expect(await found(handlers, PAGE)).toEqual(['eldmoor/mara-lindqvist']);
  const card = await handlers.card({ type: 'card', id: 'eldmoor/mara-lindqvist', lang: 'en' });
  expect(card).toMatchObject({ name: 'Mara Lindqvist', description: 'Mayor', pack: 'Eldmoor' });
  await send(handlers, { type: 'story-undo', story: 'eldmoor' });
  expect(announced).toHaveLength(3);
  expect(await found(handlers, PAGE)).toEqual([]);
});

test('stories are listed, and in the packs list beside the other packs', async () => {
  const { handlers } = newService();
  await storyWithMara(handlers);
  const stories = await handlers.stories({ type: 'stories' });
  expect(stories).toMatchObject([{ id: 'eldmoor', entities: 1, names: 1, canUndo: true }]);
  const packs = await handlers.packs({ type: 'packs' });
  expect(packs.find((p) => p.id === 'eldmoor')).toMatchObject({ story: true, enabled: true });
  expect(await handlers.story({ type: 'story', id: 'eldmoor' })).toMatchObject({
    format: 2,
    entities: [{ id: 'mara-lindqvist' }],
  });
});

test('a stopped worker loses nothing: a new one reads the story from the database', async () => {
  await storyWithMara(newService().handlers);
  const { handlers } = newService();
  expect(await found(handlers, PAGE)).toEqual(['eldmoor/mara-lindqvist']);
  expect((await handlers.stories({ type: 'stories' })).map((s) => s.id)).toEqual(['eldmoor']);
});

test('a story exports as a pack file the check accepts; removing it can be undone', async () => {
  const { handlers } = newService();
  await storyWithMara(handlers);
  const text = await handlers['export-pack']({ type: 'export-pack', id: 'eldmoor' });
  const checked = checkPackText(text);
  expect(checked.ok && checked.pack.entities.map((e) => e.id)).toEqual(['mara-lindqvist']);
  await handlers['remove-pack']({ type: 'remove-pack', id: 'eldmoor' });
  expect(await found(handlers, PAGE)).toEqual([]);
  expect(await handlers.stories({ type: 'stories' })).toEqual([]);
  await handlers['story-undo']({ type: 'story-undo', story: 'eldmoor' });
  expect(await found(handlers, PAGE)).toEqual(['eldmoor/mara-lindqvist']);
});

test('a refused edit comes back as the sentence the page shows, and tells no tab', async () => {
  const { handlers } = newService();
  await storyWithMara(handlers);
  const before = announced.length;
  const fact = {
    op: 'add-fact',
    story: 'eldmoor',
    entity: 'mara-lindqvist',
    lang: 'en',
    text: 'Cut a ribbon.',
    url: HARBOUR_ARTICLE.url,
    exact: 'cut a blue ribbon',
    prefix: '',
    suffix: '',
  };
  expect(await send(handlers, { type: 'story-edit', edit: fact })).toEqual({
    ok: false,
    error: 'The selection is not in the article as stored: add the article again.',
  });
  expect(announced).toHaveLength(before);
});
