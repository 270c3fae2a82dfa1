import { describe, expect, test } from 'vitest';
import { foldAliases, linkSlots } from './alias-table';
import { buildAutomaton } from './build-automaton';
import { mayStartAfter } from './char-table';
import { createFoldBuffer, foldInto } from './fold';
import { type Hits, scanText } from './scan';
import { random } from './synthetic';
import { buildTrie, type Keys } from './trie';

const ALPHABET = ['a', 'b', ' ', 'و', 'ś'];

function keysOf(texts: string[]): Keys {
  const codes = new Uint16Array(texts.join('').length);
  const start = new Int32Array(texts.length);
  const length = new Int32Array(texts.length);
  let at = 0;
  texts.forEach((t, k) => {
    for (let i = 0; i < t.length; i++) codes[at + i] = t.charCodeAt(i);
    start[k] = at;
    length[k] = t.length;
    at += t.length;
  });
  return { codes, start, length, count: texts.length };
}

/** Every (key, end) where a key occurs starting at the text start or after a possible start. */
function naive(keys: string[], folded: string): string[] {
  const hits: string[] = [];
  keys.forEach((key, k) => {
    for (let p = folded.indexOf(key); p >= 0; p = folded.indexOf(key, p + 1)) {
      if (p === 0 || mayStartAfter(folded.charCodeAt(p - 1))) hits.push(`${k}@${p + key.length}`);
    }
  });
  return hits.sort();
}

function scanned(keys: string[], text: string, hotStates?: number): string[] {
  const trie = buildTrie(keysOf(keys));
  // Distinct keys, so each one is its own slot and its chain is just itself.
  const specs = keys.map((text) => ({ text, entityId: text, lang: 'en' }));
  const { table } = foldAliases(specs);
  const { out } = linkSlots(table, specs, trie.keyNode, trie.count);
  const hits: Hits = { pairs: new Int32Array(8), count: 0 };
  scanText(text, buildAutomaton(trie, out, hotStates), createFoldBuffer(4), hits);
  const result: string[] = [];
  for (let h = 0; h < hits.count; h++) result.push(`${hits.pairs[2 * h]}@${hits.pairs[2 * h + 1]}`);
  return result.sort();
}

describe('automaton', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('finds what a naive search finds (seed %i)', (seed) => {
    const rnd = random(seed);
    const word = (max: number) =>
      Array.from(
        { length: 1 + Math.floor(rnd() * max) },
        () => ALPHABET[Math.floor(rnd() * ALPHABET.length)],
      ).join('');
    const keys = [...new Set(Array.from({ length: 60 }, () => word(6).trim()).filter(Boolean))];
    const text = word(400);
    const buf = createFoldBuffer();
    foldInto(text, buf);
    const folded = String.fromCharCode(...buf.codes.subarray(0, buf.length));
    const expected = naive(keys, folded);
    // Hot prefixes of 1 (all depth-first), 20 (mixed) and the default (all breadth-first here).
    for (const hot of [1, 20, undefined]) expect(scanned(keys, text, hot)).toEqual(expected);
  });

  test('one-key and branching tries', () => {
    expect(scanned(['ab'], 'ab xab ab')).toEqual(['0@2', '0@9']);
    expect(scanned(['a', 'ab', 'b'], 'ab')).toEqual(['0@1', '1@2']);
  });
});

describe('scanText folds like foldInto', () => {
  test.each([
    ['mixed', 'Tô Lâm  ß\u00a0Straße\u200b, وبالأمم'],
    ['NFD', 'Hà Nội'.normalize('NFD')],
    ['leading spaces', '   a'],
    ['many expansions', 'ß'.repeat(50)],
  ])('%s', (_, text) => {
    const expected = createFoldBuffer(1);
    foldInto(text, expected);
    const actual = createFoldBuffer(1);
    scanText(text, buildAutomaton(buildTrie(keysOf(['x'])), new Int32Array(2)), actual, {
      pairs: new Int32Array(2),
      count: 0,
    });
    expect(actual.length).toBe(expected.length);
    expect([...actual.codes.subarray(0, actual.length)]).toEqual([
      ...expected.codes.subarray(0, expected.length),
    ]);
    expect([...actual.map.subarray(0, actual.length + 1)]).toEqual([
      ...expected.map.subarray(0, expected.length + 1),
    ]);
  });
});
