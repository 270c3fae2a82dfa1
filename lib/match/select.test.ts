import { expect, test } from 'vitest';
import { allGeneric, type SlotRules, selectMentions } from './select';

test.each([
  ['none', [], []],
  ['one', [[0, 3, 0]], [[0, 3, 0]]],
  [
    'leftmost first',
    [
      [2, 9, 0],
      [0, 4, 1],
    ],
    [[0, 4, 1]],
  ],
  [
    'longest at a start',
    [
      [0, 4, 0],
      [0, 9, 1],
    ],
    [[0, 9, 1]],
  ],
  [
    'lowest slot on a tie',
    [
      [0, 4, 3],
      [0, 4, 1],
    ],
    [[0, 4, 1]],
  ],
  [
    'adjacent kept',
    [
      [4, 6, 0],
      [0, 4, 1],
    ],
    [
      [0, 4, 1],
      [4, 6, 0],
    ],
  ],
  [
    'contained dropped',
    [
      [0, 9, 0],
      [2, 4, 1],
      [9, 12, 2],
    ],
    [
      [0, 9, 0],
      [9, 12, 2],
    ],
  ],
])('%s', (_, triples, expected) => {
  const flat = triples.flat();
  const chosen = selectMentions(flat).map(({ index: i }) => flat.slice(i, i + 3));
  expect(chosen).toEqual(expected);
});

test.each([
  ['all generic', [[0, 3, 0]], true],
  [
    'generic beside a specific one',
    [
      [0, 3, 0],
      [4, 6, 1],
    ],
    false,
  ],
  [
    'a specific one hidden by a longer generic one does not count',
    [
      [0, 9, 0],
      [2, 4, 1],
    ],
    true,
  ],
])('generic slots (even): %s', (_, triples, generic) => {
  const flat = triples.flat();
  const rules: SlotRules = {
    generic: (slot) => slot % 2 === 0,
    exclude: () => false,
    keepsInner: () => false,
  };
  expect(allGeneric(selectMentions(flat, rules), flat, rules)).toBe(generic);
});

// Slots 10-19 hold what is inside them (a person's title), 20-29 are excluded names (25 the title
// of someone else, which holds what is inside it too), the rest (0-9) hold nothing; slot 5 is
// another name of slot 15's entity.
const holds = (slot: number) => (slot >= 10 && slot < 20) || slot === 25;
const nesting: SlotRules = {
  generic: () => false,
  exclude: (slot) => slot >= 20,
  keepsInner: (outer, inner) => !(outer === 15 && inner === 5) && (holds(outer) || inner >= 20),
};

test.each([
  [
    'a title keeps the names inside it, after it',
    [
      [0, 20, 10],
      [4, 8, 1],
      [12, 20, 2],
    ],
    [
      [0, 20, 10, 0],
      [4, 8, 1, 1],
      [12, 20, 2, 1],
    ],
  ],
  [
    'a plain name hides what is inside',
    [
      [0, 16, 3],
      [0, 5, 4],
    ],
    [[0, 16, 3, 0]],
  ],
  [
    'the same entity inside is not kept',
    [
      [0, 16, 15],
      [4, 16, 5],
    ],
    [[0, 16, 15, 0]],
  ],
  [
    'two levels: the innermost keeps its own rule',
    [
      [0, 30, 11],
      [0, 16, 12],
      [0, 5, 6],
    ],
    [
      [0, 30, 11, 0],
      [0, 16, 12, 1],
      [0, 5, 6, 2],
    ],
  ],
  [
    'an excluded title keeps what a title holds, one level up',
    [
      [0, 30, 25],
      [10, 20, 3],
    ],
    [[10, 20, 3, 0]],
  ],
  [
    'an excluded name drops what is inside it',
    [
      [0, 30, 20],
      [0, 12, 1],
    ],
    [],
  ],
  [
    'an excluded name inside a title hides its own inside only',
    [
      [0, 30, 10],
      [0, 20, 21],
      [0, 9, 1],
      [22, 30, 2],
    ],
    [
      [0, 30, 10, 0],
      [22, 30, 2, 1],
    ],
  ],
])('nesting: %s', (_, triples, expected) => {
  const flat = triples.flat();
  const chosen = selectMentions(flat, nesting).map(({ index: i, depth }) => [
    ...flat.slice(i, i + 3),
    depth,
  ]);
  expect(chosen).toEqual(expected);
});
