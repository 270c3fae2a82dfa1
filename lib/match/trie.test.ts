import { expect, test } from 'vitest';
import { buildTrie, type Keys } from './trie';

function keysOf(texts: string[]): Keys {
  const joined = texts.join('');
  const start = new Int32Array(texts.length);
  const length = new Int32Array(texts.length);
  texts.forEach((t, k) => {
    start[k] = k === 0 ? 0 : start[k - 1] + length[k - 1];
    length[k] = t.length;
  });
  const codes = Uint16Array.from(joined, (ch) => ch.charCodeAt(0));
  return { codes, start, length, count: texts.length };
}

/** Each node's path from the root, by breadth-first number. */
function paths(texts: string[]): string[] {
  const trie = buildTrie(keysOf(texts));
  const path = [''];
  for (let s = 0; s < trie.count; s++) {
    for (let e = trie.first[s]; e < trie.first[s + 1]; e++) {
      path[e + 1] = path[s] + String.fromCharCode(trie.labels[e]);
    }
  }
  return path;
}

test.each([
  ['one key', ['ab'], ['', 'a', 'ab']],
  ['shared prefix, siblings sorted', ['ac', 'ab', 'b'], ['', 'a', 'b', 'ab', 'ac']],
  ['key inside another', ['abc', 'ab'], ['', 'a', 'ab', 'abc']],
  ['repeated key', ['x', 'x'], ['', 'x']],
])('%s', (_, texts, expected) => {
  expect(paths(texts)).toEqual(expected);
});

test('keys end at the nodes spelling them', () => {
  const texts = ['ac', 'ab', 'b', 'ac'];
  const trie = buildTrie(keysOf(texts));
  const path = paths(texts);
  expect(Array.from(trie.keyNode, (node) => path[node])).toEqual(texts);
});

test('a large group is sorted as well as a small one', () => {
  const texts = Array.from(
    { length: 60 },
    (_, i) => `q${String.fromCharCode(0x4e00 + ((i * 37) % 60))}`,
  );
  const children = paths(texts).slice(2);
  expect(children).toEqual([...new Set(texts)].sort());
});
