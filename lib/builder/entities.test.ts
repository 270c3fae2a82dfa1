import { describe, expect, test } from 'vitest';
import { twoArticleStory } from '@/tests/unit/fixture-story';
import { editEntity } from './edit-entity';
import { makeEntity } from './make-entity';
import { addName, deleteName } from './names';

const mara = { name: 'Mara  Lindqvist', lang: 'en', type: 'person', description: 'Mayor' } as const;

describe('makeEntity', () => {
  test('the selection becomes the name in the page language, and a name it is found by', () => {
    const { doc, entity } = makeEntity(twoArticleStory(), mara);
    expect(entity).toBe('mara-lindqvist');
    expect(doc.entities).toEqual([
      {
        id: 'mara-lindqvist',
        type: 'person',
        name: { en: 'Mara Lindqvist' },
        description: { en: 'Mayor' },
        aliases: [{ text: 'Mara Lindqvist', lang: 'en' }],
        facts: [],
        mentions: [],
        related: [],
      },
    ]);
  });

  test('ids are kebab-case and unique in the story; a name without Latin letters gets its type', () => {
    let doc = twoArticleStory();
    doc = makeEntity(doc, { ...mara, name: 'Załogi Promów', type: 'organisation' }).doc;
    doc = makeEntity(doc, { ...mara, name: 'زالوغي', lang: 'ar', type: 'place' }).doc;
    const third = makeEntity(doc, { ...mara, name: 'زالوغ', lang: 'ar', type: 'place' });
    expect(third.doc.entities.map((e) => e.id)).toEqual(['zalogi-promow', 'place', 'place-2']);
    expect(third.entity).toBe('place-2');
  });

  test('a person gets the country a demonym before the name in the articles gives', () => {
    const story = twoArticleStory();
    story.sources[0].translations[0].text += ' The Swedish engineer Mara Lindqvist opened it.';
    const { doc } = makeEntity(story, mara);
    expect(doc.entities[0].country).toBe('SE');
    const place = makeEntity(story, { ...mara, name: 'Lindqvist Hall', type: 'place' });
    expect(place.doc.entities[0].country).toBeUndefined();
    // A card made something else loses it; made a person again, it finds it again.
    let edited = editEntity(doc, { entity: 'mara-lindqvist', lang: 'en', type: 'organisation' });
    expect(edited.entities[0].country).toBeUndefined();
    edited = editEntity(edited, { entity: 'mara-lindqvist', lang: 'en', type: 'person' });
    expect(edited.entities[0].country).toBe('SE');
  });

  test('a card made a person with a new name at once looks up the new name', () => {
    const story = twoArticleStory();
    story.sources[0].translations[0].text += ' The Swedish engineer Mara Lindqvist opened it.';
    const hall = makeEntity(story, { ...mara, name: 'Lindqvist Hall', type: 'place' }).doc;
    const edited = editEntity(hall, {
      entity: 'lindqvist-hall',
      lang: 'en',
      name: 'Mara Lindqvist',
      type: 'person',
    });
    expect(edited.entities[0]).toMatchObject({ type: 'person', country: 'SE' });
  });

  test("a person's country is set, changed and cleared by hand; a wrong one is refused", () => {
    const { doc } = makeEntity(twoArticleStory(), mara);
    expect(doc.entities[0].country).toBeUndefined();
    const set = editEntity(doc, { entity: 'mara-lindqvist', lang: 'en', country: 'NO' });
    expect(set.entities[0].country).toBe('NO');
    const cleared = editEntity(set, { entity: 'mara-lindqvist', lang: 'en', country: '' });
    expect(cleared.entities[0]).not.toHaveProperty('country');
    expect(() => editEntity(doc, { entity: 'mara-lindqvist', lang: 'en', country: 'ZZ' })).toThrow(
      /ZZ is no country's code/,
    );
    const hall = makeEntity(doc, { ...mara, name: 'Lindqvist Hall', type: 'place' }).doc;
    expect(() => editEntity(hall, { entity: 'lindqvist-hall', lang: 'en', country: 'SE' })).toThrow(
      /Only a person has a country/,
    );
  });

  test('an empty description gives none yet', () => {
    const { doc } = makeEntity(twoArticleStory(), { ...mara, description: ' ' });
    expect(doc.entities[0].description).toEqual({});
  });

  test.each([
    [
      'the',
      /"the" is one of the commonest words of English: it would be marked all over every page\./,
    ],
    ['Mara LINDQVIST', /is already a name of "Mara Lindqvist" in this story: merge the two cards/],
    ['7', /a number or punctuation/],
  ])('refuses %j with the reason', (name, reason) => {
    const { doc } = makeEntity(twoArticleStory(), mara);
    expect(() => makeEntity(doc, { ...mara, name })).toThrow(reason);
  });
});

describe('names', () => {
  const story = () => makeEntity(twoArticleStory(), mara).doc;

  test('another name is added, and shown in a language that had none', () => {
    let doc = addName(story(), { entity: 'mara-lindqvist', text: 'Lindqvist', lang: 'en' });
    doc = addName(doc, { entity: 'mara-lindqvist', text: 'Burmistrz Lindqvist', lang: 'pl' });
    expect(doc.entities[0].aliases.map((a) => `${a.lang}:${a.text}`)).toEqual([
      'en:Mara Lindqvist',
      'en:Lindqvist',
      'pl:Burmistrz Lindqvist',
    ]);
    expect(doc.entities[0].name).toEqual({ en: 'Mara Lindqvist', pl: 'Burmistrz Lindqvist' });
  });

  test.each([
    ['de', 'pl', /commonest words of Vietnamese, Dutch, French, Spanish/],
    ['mara lindqvist', 'en', /already one of this card's names/],
  ])('refuses %j', (text, lang, reason) => {
    expect(() => addName(story(), { entity: 'mara-lindqvist', text, lang: lang as 'en' })).toThrow(
      reason,
    );
  });

  test('a name of another card is refused', () => {
    const doc = makeEntity(story(), { ...mara, name: 'Eldmoor', type: 'place' }).doc;
    expect(() => addName(doc, { entity: 'mara-lindqvist', text: 'eldmoor', lang: 'en' })).toThrow(
      /already a name of "Eldmoor"/,
    );
  });

  test('deleting the shown name puts the next name of the language in its place', () => {
    let doc = addName(story(), { entity: 'mara-lindqvist', text: 'Lindqvist', lang: 'en' });
    doc = deleteName(doc, { entity: 'mara-lindqvist', text: 'Mara Lindqvist', lang: 'en' });
    expect(doc.entities[0]).toMatchObject({
      name: { en: 'Lindqvist' },
      aliases: [{ text: 'Lindqvist', lang: 'en' }],
    });
  });

  test('the last name cannot be deleted', () => {
    expect(() =>
      deleteName(story(), { entity: 'mara-lindqvist', text: 'Mara Lindqvist', lang: 'en' }),
    ).toThrow(/at least one name: delete the card instead/);
  });
});

describe('editEntity', () => {
  const story = () => makeEntity(twoArticleStory(), mara).doc;

  test('a name in another language, a description, a type', () => {
    const doc = editEntity(story(), {
      entity: 'mara-lindqvist',
      lang: 'pl',
      name: 'Mara Lindqvist',
      description: 'Burmistrz Eldmoor',
      type: 'organisation',
    });
    expect(doc.entities[0]).toMatchObject({
      type: 'organisation',
      name: { en: 'Mara Lindqvist', pl: 'Mara Lindqvist' },
      description: { en: 'Mayor', pl: 'Burmistrz Eldmoor' },
    });
    expect(doc.entities[0].aliases).toContainEqual({ text: 'Mara Lindqvist', lang: 'pl' });
  });

  test('a new name is also a name the card is found by, and is checked like one', () => {
    const doc = editEntity(story(), { entity: 'mara-lindqvist', lang: 'en', name: 'M. Lindqvist' });
    expect(doc.entities[0].name.en).toBe('M. Lindqvist');
    expect(doc.entities[0].aliases.map((a) => a.text)).toEqual(['Mara Lindqvist', 'M. Lindqvist']);
    expect(() => editEntity(doc, { entity: 'mara-lindqvist', lang: 'en', name: 'and' })).toThrow(
      /commonest words of English/,
    );
  });

  test('an entity deleted meanwhile is reported', () => {
    expect(() =>
      editEntity(twoArticleStory(), { entity: 'gone', lang: 'en', type: 'place' }),
    ).toThrow(/no longer in the story/);
  });
});
