// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { paragraphs } from './blocks';
import { MAX_SELECTION, readSelection } from './selection';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Selects from the `from`th character of the text of `start` to the `to`th of `end`. */
function select(start: Node, from: number, end: Node, to: number): Range {
  const range = document.createRange();
  range.setStart(start, from);
  range.setEnd(end, to);
  return range;
}

describe('readSelection', () => {
  test('a name split across inline elements, with text either side', () => {
    document.body.innerHTML =
      '<p id="p">Yesterday   President <b>To</b> Lam signed the convention in Hanoi.</p>';
    const p = document.getElementById('p')!;
    const [before, bold, after] = [...p.childNodes];
    const range = select(before, 'Yesterday   President '.length, after, ' Lam'.length);
    expect(readSelection(range)).toEqual({
      ok: true,
      value: {
        text: 'To Lam',
        prefix: 'Yesterday President ',
        suffix: ' signed the convention in Hanoi.',
      },
    });
    expect(bold.textContent).toBe('To');
  });

  test('white space at the ends of the selection goes into the prefix and suffix', () => {
    document.body.innerHTML = '<p id="p">one two three four</p>';
    const text = document.getElementById('p')!.firstChild!;
    const result = readSelection(select(text, 3, text, 8));
    expect(result).toEqual({
      ok: true,
      value: { text: 'two', prefix: 'one ', suffix: ' three four' },
    });
  });

  test('the prefix and suffix are cut to 32 characters of the block', () => {
    document.body.innerHTML = `<p id="p">${'a'.repeat(50)} NAME ${'b'.repeat(50)}</p><p>next</p>`;
    const text = document.getElementById('p')!.firstChild!;
    const result = readSelection(select(text, 51, text, 55));
    expect(result.ok && result.value).toEqual({
      text: 'NAME',
      prefix: `${'a'.repeat(31)} `,
      suffix: ` ${'b'.repeat(31)}`,
    });
  });

  test.each([
    ['nothing', null],
    ['white space', 'space'],
  ])('refuses an empty selection (%s)', (_, kind) => {
    document.body.innerHTML = '<p id="p">a   b</p>';
    const text = document.getElementById('p')!.firstChild!;
    const range = kind ? select(text, 1, text, 4) : null;
    expect(readSelection(range)).toEqual({ ok: false, reason: 'empty' });
  });

  test('refuses a selection across two paragraphs', () => {
    document.body.innerHTML = '<p id="a">first paragraph</p><p id="b">second paragraph</p>';
    const a = document.getElementById('a')!.firstChild!;
    const b = document.getElementById('b')!.firstChild!;
    expect(readSelection(select(a, 6, b, 6))).toEqual({ ok: false, reason: 'blocks' });
  });

  test('accepts a paragraph selected up to the start of the next (a triple-click)', () => {
    document.body.innerHTML = '<p id="a">first paragraph</p><p id="b">second</p>';
    const a = document.getElementById('a')!.firstChild!;
    const b = document.getElementById('b')!.firstChild!;
    expect(readSelection(select(a, 0, b, 0))).toMatchObject({
      ok: true,
      value: { text: 'first paragraph' },
    });
  });

  test('refuses a selection longer than a fact may be', () => {
    document.body.innerHTML = `<p id="p">${'word '.repeat(MAX_SELECTION / 4)}</p>`;
    const text = document.getElementById('p')!.firstChild!;
    expect(readSelection(select(text, 0, text, MAX_SELECTION + 5))).toEqual({
      ok: false,
      reason: 'long',
    });
  });
});

test('paragraphs: one per block, <br> ends one, scripts and styles give nothing', () => {
  document.body.innerHTML = `<div><h1>Title</h1><p>One <i>two</i>\n   three</p>
    <script>var x = 1;</script><ul><li>item</li></ul>line<br>after<style>p{}</style></div>`;
  expect(paragraphs(document.body)).toBe('Title\n\nOne two three\n\nitem\n\nline\n\nafter');
});
