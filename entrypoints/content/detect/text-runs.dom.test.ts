// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { blockOf, isLeaf, listBlocks, ownRuns, skippedAncestor } from './text-runs';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** The own runs of every block, in document order of blocks, as plain strings. */
function runs(html: string): string[] {
  const next = listBlocks(page(html), () => undefined);
  const out: string[] = [];
  for (let unit = next(); unit; unit = next()) {
    const texts = unit.leaf
      ? [unit.block.textContent ?? '']
      : ownRuns(unit.block).map((r) => r.text);
    for (const text of texts) if (/\S/.test(text)) out.push(text.replace(/\s+/g, ' ').trim());
  }
  return out;
}

describe('runs of prose', () => {
  test.each([
    ['inline elements join', '<p>To <b>Lam</b> spoke</p>', ['To Lam spoke']],
    [
      'deep inline markup',
      '<p><a href="#"><em>Ghada</em> <strong>Waly</strong></a></p>',
      ['Ghada Waly'],
    ],
    ['blocks split', '<div>To<p>Lam</p>after</div>', ['To', 'after', 'Lam']],
    ['a line break splits', '<p>To<br>Lam</p>', ['To', 'Lam']],
    ['list items split', '<ul><li>Ghada</li><li>Waly</li></ul>', ['Ghada', 'Waly']],
    ['table cells split', '<table><tr><td>To</td><td>Lam</td></tr></table>', ['To', 'Lam']],
    ['an invisible script joins', '<p>To <script>x</script>Lam</p>', ['To Lam']],
    ['a form field splits', '<p>To <input> Lam</p>', ['To', 'Lam']],
    ['custom elements are blocks', '<p>To <x-name>Lam</x-name></p>', ['To', 'Lam']],
    ['white space only is dropped', '<div> <p>A</p> </div>', ['A']],
  ])('%s', (_, html, expected) => {
    expect(runs(html)).toEqual(expected);
  });

  test.each([
    ['script', '<script>Ghada Waly</script><p>x</p>'],
    ['style', '<style>.a{}</style><p>x</p>'],
    ['textarea', '<textarea>Ghada Waly</textarea><p>x</p>'],
    ['select', '<select><option>Ghada Waly</option></select><p>x</p>'],
    ['contenteditable', '<div contenteditable><p>Ghada Waly</p></div><p>x</p>'],
    ['contenteditable=true', '<div contenteditable="TRUE"><p>Ghada Waly</p></div><p>x</p>'],
    ['plaintext-only', '<div contenteditable="plaintext-only">Ghada Waly</div><p>x</p>'],
    ['own UI', '<div data-factcard-host><p>Ghada Waly</p></div><p>x</p>'],
  ])('skips %s', (_, html) => {
    expect(runs(html)).toEqual(['x']);
  });

  test('contenteditable="false" is read', () => {
    expect(runs('<div contenteditable="false"><p>Ghada Waly</p></div>')).toEqual(['Ghada Waly']);
  });
});

describe('blocks', () => {
  test('a text node belongs to its nearest non-inline ancestor', () => {
    const body = page('<article><p id="p">To <b><i>Lam</i></b></p></article>');
    const text = body.querySelector('i')!.firstChild!;
    expect(blockOf(text)).toBe(body.querySelector('#p'));
  });

  test('the block list reports open shadow roots and does not enter skipped subtrees', () => {
    // An editable region holds real blocks (a textarea's content would be text only).
    const body = page(
      '<div id="host"></div><section contenteditable><p>no</p></section><p>yes</p>',
    );
    const shadow = body.querySelector('#host')!.attachShadow({ mode: 'open' });
    const found: ShadowRoot[] = [];
    const next = listBlocks(body, (s: ShadowRoot) => found.push(s));
    const blocks: string[] = [];
    for (let unit = next(); unit; unit = next()) blocks.push((unit.block as Element).localName);
    expect(blocks).toEqual(['body', 'div', 'p']);
    expect(found).toEqual([shadow]);
  });

  test.each([
    ['<p>To <b>Lam</b></p>', true],
    ['<p>To<br>Lam</p>', false],
    ['<p>To <script>x</script>Lam</p>', false],
    ['<p>To <span contenteditable>Lam</span></p>', false],
  ])('%s is a leaf: %s', (html, leaf) => {
    const p = page(html).querySelector('p')!;
    expect(isLeaf(p)).toBe(leaf);
    const next = listBlocks(p, () => undefined);
    expect(next()?.leaf).toBe(leaf);
  });

  test('text that became editable finds its editable ancestor', () => {
    const body = page('<div id="e" contenteditable><p><b>Lam</b></p></div>');
    expect(skippedAncestor(body.querySelector('b')!.firstChild!)).toBe(body.querySelector('#e'));
    expect(skippedAncestor(body)).toBeNull();
  });
});
