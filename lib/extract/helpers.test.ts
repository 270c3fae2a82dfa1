import { describe, expect, test } from 'vitest';
import { guessType } from './guess-type';
import { namedFirst } from './named-first';

const entities = [
  { id: 'unodc', name: 'UNODC', names: ['UNODC', 'United Nations Office on Drugs and Crime'] },
  { id: 'to-lam', name: 'Tô Lâm', names: ['Tô Lâm', 'To Lam'] },
  { id: 'lamar', name: 'Lamar', names: ['Lamar'] },
  { id: 'hanoi', name: 'Hanoi', names: ['Hanoi', 'Hà Nội'] },
];

describe('namedFirst', () => {
  test('the entities named in the text come first, in the order they are named', () => {
    const ids = namedFirst(entities, 'In HA NOI, President to lam met the UNODC head.').map(
      (e) => e.id,
    );
    expect(ids).toEqual(['hanoi', 'to-lam', 'unodc', 'lamar']);
  });

  test('a name must be whole words: "Lam" is not "Lamar", and nothing named keeps the order', () => {
    expect(namedFirst(entities, 'Lam said so.').map((e) => e.id)).toEqual([
      'unodc',
      'to-lam',
      'lamar',
      'hanoi',
    ]);
  });
});

describe('guessType', () => {
  test.each([
    ['Ilse Brandt', 'Yesterday Mayor Ilse Brandt said the ferry would run.', 'en', 'person'],
    [
      'Ministry of Public Security',
      'The Ministry of Public Security said the Ministry of Public Security would act.',
      'en',
      'organisation',
    ],
    ['Maria Lopez', 'maria lopez', 'en', 'person'],
    ['Office for Harbour Works and Ferries', 'nothing here', 'en', 'organisation'],
  ] as const)('%s', (name, context, lang, type) => {
    expect(guessType(name, context, lang)).toBe(type);
  });
});
