import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledSpecs } from '@/tests/unit/bundled-specs';
import { type MarkedBlock, markedBlocks, NAME_PAGES } from '@/tests/unit/marked-page';
import { compileMatcher } from './matcher';
import { keepNamedShortForms } from './short-forms';

// The rows of the name-rule pages the browser test opens (tests/e2e/fixtures/names-*.html), one
// paragraph each, through the bundled catalogue's matcher: the page's marks are exactly its
// <span data-mark> spans, and nothing touches a trap. A story page and a page of other news with
// the story's look-alikes per language.
const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'e2e', 'fixtures');

const matcher = compileMatcher(bundledSpecs());

const show = (text: string, { start, end }: { start: number; end: number }, entity: string) =>
  `${entity}: ${text.slice(start, end)} @${start}`;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** What the matcher marks in each block, short forms counted after their full name on the page. */
function found(blocks: MarkedBlock[]): string[][] {
  const named = new Set<string>();
  return blocks.map((block) =>
    keepNamedShortForms(matcher.find(block.text), named).map((m) =>
      show(block.text, m, m.entityId),
    ),
  );
}

const rows = NAME_PAGES.flatMap((page) => {
  const blocks = markedBlocks(readFileSync(join(FIXTURES, page), 'utf8'));
  const marks = found(blocks);
  return blocks.map((block, i) => ({ row: `${page} #${i + 1}`, block, marked: marks[i] }));
});

describe('the name-rule pages, row by row', () => {
  test.each(rows)('$row', ({ block, marked }) => {
    // A known miss is left out on both sides: a mark not found yet, a trap still marked.
    const knownTraps = block.traps.filter((t) => t.known);
    const expected = block.marks.filter((m) => !m.known).map((m) => show(block.text, m, m.entity));
    const got = marked.filter((line) => {
      const at = Number(line.slice(line.lastIndexOf('@') + 1));
      const text = line.slice(line.indexOf(': ') + 2, line.lastIndexOf(' @'));
      const span = { start: at, end: at + text.length };
      const known = block.marks.some(
        (m) => m.known && m.start === span.start && m.end === span.end,
      );
      return !known && !knownTraps.some((t) => overlaps(t, span));
    });
    expect(got).toEqual(expected);
  });

  test('a known miss is still a miss: a rule that fixes one takes its data-known off', () => {
    const fixed: string[] = [];
    for (const { row, block, marked } of rows) {
      const spans = marked.map((line) => {
        const at = Number(line.slice(line.lastIndexOf('@') + 1));
        return {
          start: at,
          end: at + line.slice(line.indexOf(': ') + 2, line.lastIndexOf(' @')).length,
        };
      });
      for (const t of block.traps.filter((t) => t.known)) {
        if (!spans.some((s) => overlaps(s, t))) fixed.push(`${row}: ${t.text}`);
      }
      for (const m of block.marks.filter((m) => m.known)) {
        if (spans.some((s) => s.start === m.start && s.end === m.end))
          fixed.push(`${row}: ${m.text}`);
      }
    }
    expect(fixed).toEqual([]);
  });

  test('every page has marks of each kind it is about, or none at all', () => {
    for (const page of NAME_PAGES) {
      const blocks = markedBlocks(readFileSync(join(FIXTURES, page), 'utf8'));
      const kinds = new Set(blocks.flatMap((b) => b.marks.map((m) => m.kind)));
      const traps = blocks.flatMap((b) => b.traps).length;
      if (page.includes('elsewhere')) expect(kinds.size, page).toBe(0);
      else expect([...kinds], page).toEqual(expect.arrayContaining(['generic', 'plain']));
      expect(traps, page).toBeGreaterThan(3);
    }
  });
});
