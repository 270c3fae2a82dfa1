import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundleFiles } from './import-graph';

// What each script that runs in pages holds of the project's code. content.js runs on every page
// and loads detector.js where the prefilter finds something, which loads cards.js for a card. A
// module compiled into two of them would be parsed twice on the same page, and an object one
// copy builds could be changed by code of the other: what both need crosses the handoff.
const root = join(import.meta.dirname, '..', '..');
const content = bundleFiles('entrypoints/content/index.ts');
const detector = bundleFiles('entrypoints/detector.ts', {
  // wxt.config.ts resolves the character tables to the module that takes content.js's over.
  'lib/match/char-table.ts': 'entrypoints/content/detect/handed-char-table.ts',
});
const cards = bundleFiles('entrypoints/cards.ts');
const extract = bundleFiles('entrypoints/extract.ts');

// The contract itself (types and the names the chunks register under), and the list of the
// eight languages, a constant.
const SHARED = ['entrypoints/content/handoff.ts', 'lib/dataset/types.ts'];

const both = (a: Set<string>, b: Set<string>) =>
  [...a].filter((file) => b.has(file) && !SHARED.includes(file)).sort();

describe('the bundles that run in pages', () => {
  test('content.js and detector.js share no module but the contract', () => {
    expect(both(content, detector)).toEqual([]);
  });

  test('detector.js and cards.js share no module but the contract and the card strings list', () => {
    expect(both(detector, cards)).toEqual(['components/card/strings.ts']);
  });

  test('content.js holds no detection, painting or card code', () => {
    const late = [...content].filter((file) =>
      /^entrypoints\/content\/(detect|paint|card|card-host)\//.test(file),
    );
    expect(late).toEqual([]);
  });

  test("content.js holds none of the story builder's page reading, which extract.js brings", () => {
    expect([...content].filter((file) => file.startsWith('lib/extract/'))).toEqual([]);
    // The page's language is guessed with folded words: extract.js, loaded once when a reader asks,
    // carries its own character tables rather than taking over content.js's.
    expect(both(content, extract)).toEqual([
      'lib/match/char-data.ts',
      'lib/match/char-rules.ts',
      'lib/match/char-table.ts',
    ]);
    expect(extract.has('lib/extract/article.ts')).toBe(true);
  });

  test('nothing in lib/, its tests included, imports from entrypoints/', () => {
    const files = readdirSync(join(root, 'lib'), { recursive: true, encoding: 'utf8' });
    const offenders = files.filter(
      (file) =>
        /\.tsx?$/.test(file) &&
        /from '(@\/|(\.\.\/)+)entrypoints\//.test(readFileSync(join(root, 'lib', file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
