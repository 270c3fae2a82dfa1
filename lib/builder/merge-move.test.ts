import { describe, expect, test } from 'vitest';
import { FERRY_ARTICLE, HARBOUR_ARTICLE, twoArticleStory } from '@/tests/unit/fixture-story';
import { addArticle } from './add-article';
import { deleteArticle, deleteEntity } from './delete';
import { addFact } from './facts';
import { makeEntity } from './make-entity';
import { mergeEntities } from './merge';
import { moveEntity } from './move';
import { addName } from './names';
import { newStory, type StoryDoc } from './story-doc';

const harbourFact = (entity: string, exact: string) => ({
  entity,
  lang: 'en' as const,
  text: `About ${exact}.`,
  url: HARBOUR_ARTICLE.url,
  exact,
  prefix: '',
  suffix: '',
});

/** Two cards of one person: "Mara Lindqvist" with a fact from each article, "Lindqvist" with one. */
function twoCards(): StoryDoc {
  let doc = twoArticleStory();
  doc = makeEntity(doc, {
    name: 'Mara Lindqvist',
    lang: 'en',
    type: 'person',
    description: 'Mayor',
  }).doc;
  doc = makeEntity(doc, {
    name: 'Lindqvist',
    lang: 'pl',
    type: 'person',
    description: 'Burmistrz',
  }).doc;
  doc = addFact(doc, harbourFact('mara-lindqvist', 'cut the ribbon'));
  doc = addFact(doc, {
    ...harbourFact('mara-lindqvist', 'wezwała obie strony'),
    url: FERRY_ARTICLE.url,
  });
  return addFact(doc, harbourFact('lindqvist', 'would stay open late'));
}

describe('deleting', () => {
  test('a card goes alone', () => {
    const doc = deleteEntity(twoCards(), { entity: 'lindqvist' });
    expect(doc.entities.map((e) => e.id)).toEqual(['mara-lindqvist']);
  });

  test('an article takes the facts that quote it with it; the cards stay', () => {
    const doc = deleteArticle(twoCards(), { url: HARBOUR_ARTICLE.url });
    expect(doc.sources.map((s) => s.id)).toEqual(['coast-courier']);
    expect(doc.entities.map((e) => [e.id, e.facts.length])).toEqual([
      ['mara-lindqvist', 1],
      ['lindqvist', 0],
    ]);
    expect(() => deleteArticle(doc, { url: HARBOUR_ARTICLE.url })).toThrow(
      /no longer in the story/,
    );
  });
});

describe('mergeEntities', () => {
  test('names, texts in other languages and facts are united; the other card goes', () => {
    const doc = mergeEntities(twoCards(), { into: 'mara-lindqvist', from: 'lindqvist' });
    expect(doc.entities).toHaveLength(1);
    expect(doc.entities[0]).toMatchObject({
      id: 'mara-lindqvist',
      name: { en: 'Mara Lindqvist', pl: 'Lindqvist' },
      description: { en: 'Mayor', pl: 'Burmistrz' },
      aliases: [
        { text: 'Mara Lindqvist', lang: 'en' },
        { text: 'Lindqvist', lang: 'pl' },
      ],
    });
    expect(doc.entities[0].facts.map((f) => f.quote.exact)).toEqual([
      'cut the ribbon',
      'wezwała obie strony',
      'would stay open late',
    ]);
  });

  test("a person's country is A's, else B's", () => {
    const cards = twoCards();
    const from = cards.entities.find((e) => e.id === 'lindqvist');
    if (from) from.country = 'SE';
    const doc = mergeEntities(cards, { into: 'mara-lindqvist', from: 'lindqvist' });
    expect(doc.entities[0].country).toBe('SE');
  });

  test('refused when the facts together are more than a card holds', () => {
    let doc = twoCards();
    doc = addFact(doc, harbourFact('lindqvist', 'sixty thousand books'));
    doc = addFact(doc, harbourFact('lindqvist', 'port fund'));
    expect(() => mergeEntities(doc, { into: 'mara-lindqvist', from: 'lindqvist' })).toThrow(
      'Together "Mara Lindqvist" and "Lindqvist" have 5 facts; a card holds 4: delete 1 first.',
    );
  });
});

describe('moveEntity', () => {
  test('the card moves with the articles its facts quote, copied or found there', () => {
    const other = addArticle(newStory('port', 'The port'), FERRY_ARTICLE).doc;
    const moved = moveEntity(twoCards(), other, 'mara-lindqvist');
    expect(moved.entity).toBe('mara-lindqvist');
    expect(moved.from.entities.map((e) => e.id)).toEqual(['lindqvist']);
    expect(moved.from.sources).toHaveLength(2);
    expect(moved.to.sources.map((s) => s.id)).toEqual(['coast-courier', 'eldmoor-gazette']);
    expect(moved.to.entities[0].facts.map((f) => [f.source, f.translation])).toEqual([
      ['eldmoor-gazette', 'eldmoor-gazette-en'],
      ['coast-courier', 'coast-courier-pl'],
    ]);
  });

  test('refused when a name is a name of another card there', () => {
    let other = newStory('port', 'The port');
    other = makeEntity(other, {
      name: 'Harbour Master',
      lang: 'en',
      type: 'person',
      description: '',
    }).doc;
    const doc = addName(twoCards(), { entity: 'lindqvist', text: 'harbour master', lang: 'en' });
    expect(() => moveEntity(doc, other, 'lindqvist')).toThrow(
      /"harbour master" is already a name of "Harbour Master" in "The port"/,
    );
  });

  test('refused when the other story keeps a different text of the same article', () => {
    const other = addArticle(newStory('port', 'The port'), {
      ...HARBOUR_ARTICLE,
      text: 'The library opened.',
    }).doc;
    expect(() => moveEntity(twoCards(), other, 'mara-lindqvist')).toThrow(
      /reads differently in "The port": add the article there again first/,
    );
  });
});
