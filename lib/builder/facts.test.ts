import { describe, expect, test } from 'vitest';
import { HARBOUR_ARTICLE, twoArticleStory } from '@/tests/unit/fixture-story';
import { addFact, deleteFact, editFact } from './facts';
import { makeEntity } from './make-entity';

const story = () =>
  makeEntity(twoArticleStory(), {
    name: 'Harbour Library',
    lang: 'en',
    type: 'organisation',
    description: '',
  }).doc;
const fact = (over: Partial<Parameters<typeof addFact>[1]> = {}) => ({
  entity: 'harbour-library',
  lang: 'en' as const,
  text: 'Holds sixty thousand books.',
  url: HARBOUR_ARTICLE.url,
  exact: 'holds sixty thousand books',
  prefix: 'The library ',
  suffix: '. The library',
  ...over,
});

describe('addFact', () => {
  test('stores a quote selector taken from the stored text', () => {
    const doc = addFact(story(), fact());
    expect(doc.entities[0].facts).toEqual([
      {
        text: { en: 'Holds sixty thousand books.' },
        source: 'eldmoor-gazette',
        translation: 'eldmoor-gazette-en',
        quote: {
          exact: 'holds sixty thousand books',
          // The blank line between paragraphs is one space, as the pack check reads the text.
          prefix: 'uld stay open late. The library ',
          suffix: '. The library was paid for by th',
        },
      },
    ]);
  });

  test('the page context picks which of two repeats is meant', () => {
    const first = addFact(
      story(),
      fact({ exact: 'The library', prefix: 'books. ', suffix: ' was paid' }),
    );
    expect(first.entities[0].facts[0].quote).toMatchObject({
      suffix: ' was paid for by the port fund.',
    });
    const other = addFact(
      story(),
      fact({ exact: 'The library', prefix: 'stay open late. ', suffix: ' holds' }),
    );
    expect(other.entities[0].facts[0].quote.suffix).toMatch(/^ holds sixty/);
  });

  test('a selection that runs over a paragraph break is found', () => {
    const doc = addFact(
      story(),
      fact({ exact: 'building work.\n  Mayor Mara', prefix: '', suffix: '' }),
    );
    expect(doc.entities[0].facts[0].quote.exact).toBe('building work. Mayor Mara');
  });

  test.each([
    [
      'not in the article',
      fact({ exact: 'closed on Sunday' }),
      /not in the article as stored: add the article again/,
    ],
    [
      'an article not in the story',
      fact({ url: 'https://other.example/a' }),
      /add the article first/,
    ],
    ['too long a selection', fact({ exact: 'word '.repeat(500) }), /longer than a fact may quote/],
    ['an empty sentence', fact({ text: '  ' }), /needs a sentence/],
  ])('refuses %s', (_case, edit, reason) => {
    expect(() => addFact(story(), edit)).toThrow(reason);
  });

  test('refuses a fifth fact', () => {
    let doc = story();
    for (let i = 0; i < 4; i++) doc = addFact(doc, fact({ text: `Fact ${i}.` }));
    expect(() => addFact(doc, fact())).toThrow(
      'This entity already has 4 facts, the most a card holds.',
    );
  });
});

describe('editFact and deleteFact', () => {
  test('a fact is given in another language, then deleted', () => {
    let doc = addFact(story(), fact());
    doc = editFact(doc, {
      entity: 'harbour-library',
      index: 0,
      lang: 'pl',
      text: 'Ma sześćdziesiąt tysięcy książek.',
    });
    expect(doc.entities[0].facts[0].text).toEqual({
      en: 'Holds sixty thousand books.',
      pl: 'Ma sześćdziesiąt tysięcy książek.',
    });
    doc = deleteFact(doc, { entity: 'harbour-library', index: 0 });
    expect(doc.entities[0].facts).toEqual([]);
  });

  test('a fact no longer there is reported', () => {
    expect(() => deleteFact(story(), { entity: 'harbour-library', index: 0 })).toThrow(
      /no longer on the card/,
    );
  });
});
