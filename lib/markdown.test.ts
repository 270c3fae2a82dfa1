import { describe, expect, test } from 'vitest';
import { parseBlocks, parseInline } from './markdown';

describe('parseBlocks', () => {
  test('reads headings, wrapped paragraphs and wrapped list items', () => {
    const text = '# Title\n\nOne line\nand the next.\n\n## Part\n- first\n  item\n- second\n\nEnd.';
    expect(parseBlocks(text)).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'One line and the next.' },
      { kind: 'heading', level: 2, text: 'Part' },
      { kind: 'list', items: ['first item', 'second'] },
      { kind: 'paragraph', text: 'End.' },
    ]);
  });

  test('a blank line ends a list', () => {
    expect(parseBlocks('- a\n\n- b')).toEqual([
      { kind: 'list', items: ['a'] },
      { kind: 'list', items: ['b'] },
    ]);
  });
});

describe('parseInline', () => {
  test.each([
    ['plain', [{ kind: 'text', text: 'plain' }]],
    [
      'a `b` **c** d',
      [
        { kind: 'text', text: 'a ' },
        { kind: 'code', text: 'b' },
        { kind: 'text', text: ' ' },
        { kind: 'strong', text: 'c' },
        { kind: 'text', text: ' d' },
      ],
    ],
    ['<b>not HTML</b>', [{ kind: 'text', text: '<b>not HTML</b>' }]],
  ])('%s', (text, parts) => {
    expect(parseInline(text)).toEqual(parts);
  });
});
