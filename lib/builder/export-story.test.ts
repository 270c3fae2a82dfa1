import { expect, test } from 'vitest';
import { FERRY_ARTICLE, HARBOUR_ARTICLE, twoArticleStory } from '@/tests/unit/fixture-story';
import { checkPackText } from '../pack/check';
import { packToDataset } from '../pack/convert';
import { applyEdit, type OneStoryEdit } from './apply-edit';
import { storyPackFile } from './export-story';
import { refresh } from './refresh';
import { newStory } from './story-doc';

const EDITS: OneStoryEdit[] = [
  {
    op: 'make-entity',
    story: 'eldmoor',
    name: 'Mara Lindqvist',
    lang: 'en',
    type: 'person',
    description: 'Mayor',
  },
  {
    op: 'make-entity',
    story: 'eldmoor',
    name: 'Harbour Library',
    lang: 'en',
    type: 'organisation',
    description: '',
  },
  {
    op: 'make-entity',
    story: 'eldmoor',
    name: 'Eldmoor',
    lang: 'pl',
    type: 'place',
    description: 'Miasto portowe',
  },
  { op: 'add-name', story: 'eldmoor', entity: 'mara-lindqvist', text: 'Lindqvist', lang: 'en' },
  {
    op: 'add-name',
    story: 'eldmoor',
    entity: 'mara-lindqvist',
    text: 'Burmistrz Mara Lindqvist',
    lang: 'pl',
  },
  {
    op: 'add-fact',
    story: 'eldmoor',
    entity: 'mara-lindqvist',
    lang: 'en',
    text: 'Opened the library.',
    url: HARBOUR_ARTICLE.url,
    exact: 'cut the ribbon',
    prefix: 'Lindqvist ',
    suffix: '.',
  },
  {
    op: 'add-fact',
    story: 'eldmoor',
    entity: 'mara-lindqvist',
    lang: 'pl',
    text: 'Wezwała do rozmów.',
    url: FERRY_ARTICLE.url,
    exact: 'wezwała obie strony do rozmów',
    prefix: '',
    suffix: '',
  },
  {
    op: 'add-fact',
    story: 'eldmoor',
    entity: 'harbour-library',
    lang: 'en',
    text: 'Sixty thousand books.',
    url: HARBOUR_ARTICLE.url,
    exact: 'holds sixty thousand books',
    prefix: '',
    suffix: '',
  },
  {
    op: 'edit-entity',
    story: 'eldmoor',
    entity: 'harbour-library',
    lang: 'fr',
    name: 'Bibliothèque du Port',
  },
  { op: 'rename-story', story: 'eldmoor', title: 'Eldmoor in March' },
];

test('a story built with every kind of edit exports as a pack the pack check accepts', () => {
  let doc = twoArticleStory();
  for (const edit of EDITS) doc = refresh(applyEdit(doc, edit).doc);
  const pack = storyPackFile(doc);
  // As `npm run pack -- check` reads a file: the JSON text, checked whole.
  const checked = checkPackText(JSON.stringify(pack, null, 1));
  expect(checked.ok ? [] : checked.problems).toEqual([]);
  expect(pack).toMatchObject({
    format: 2,
    title: 'Eldmoor in March',
    languages: ['en', 'pl', 'fr'],
    attribution: 'Articles from Eldmoor Gazette, Coast Courier',
  });
  // The derived fields come from the story's own texts, with the matcher pages use.
  const mara = pack.entities.find((e) => e.id === 'mara-lindqvist');
  expect(mara?.mentions).toEqual([
    {
      translation: 'eldmoor-gazette-en',
      count: 2,
      firstSentence: 'Mayor Mara Lindqvist cut the ribbon.',
    },
    {
      translation: 'coast-courier-pl',
      count: 1,
      firstSentence: 'Burmistrz Mara Lindqvist wezwała obie strony do rozmów.',
    },
  ]);
  expect(mara?.related).toEqual([]);
  const library = pack.entities.find((e) => e.id === 'harbour-library');
  expect(library?.related).toEqual([{ id: 'eldmoor', count: 1 }]);
  // A card with a description and no fact yet is part of the pack.
  expect(pack.entities.find((e) => e.id === 'eldmoor')?.facts).toEqual([]);
  expect(packToDataset(pack, '1', 'eldmoor/').entities).toHaveLength(3);
});

test('a story with no article or no card is not a pack yet, and says so', () => {
  expect(() => storyPackFile(newStory('s', 'Empty'))).toThrow(
    /no article yet: add one before exporting/,
  );
  expect(() => storyPackFile(twoArticleStory())).toThrow(/no card yet: make one before exporting/);
});
