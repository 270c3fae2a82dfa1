import { expect, test } from 'vitest';
import { selectLeftmostLongest } from './select';

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
  const chosen = selectLeftmostLongest(flat).map((i) => flat.slice(i, i + 3));
  expect(chosen).toEqual(expected);
});

test.each([
  ['all generic: none', [[0, 3, 0]], []],
  [
    'generic beside a specific one: both',
    [
      [0, 3, 0],
      [4, 6, 1],
    ],
    [
      [0, 3, 0],
      [4, 6, 1],
    ],
  ],
  [
    'a specific one hidden by a longer generic one does not count',
    [
      [0, 9, 0],
      [2, 4, 1],
    ],
    [],
  ],
])('generic slots (even): %s', (_, triples, expected) => {
  const flat = triples.flat();
  const chosen = selectLeftmostLongest(flat, (slot) => slot % 2 === 0).map((i) =>
    flat.slice(i, i + 3),
  );
  expect(chosen).toEqual(expected);
});
