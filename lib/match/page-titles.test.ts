import { expect, test } from 'vitest';
import { bundledSpecs } from '@/tests/unit/bundled-specs';
import { compileMatcher } from './matcher';
import { createPageReader } from './page-names';

const matcher = compileMatcher(bundledSpecs());

/** The marks of a page of paragraphs, as "entity: text". */
function page(...paragraphs: string[]): string[] {
  const read = createPageReader(matcher);
  return paragraphs.flatMap((text) =>
    read(text).map((m) => `${m.entityId}: ${text.slice(m.start, m.end)}`),
  );
}

test('a title the page writes before a name is a short form of that person after it', () => {
  const marks = page(
    'Koordiniert wurde alles unter Vizepremier Bui Thanh Son.',
    'Später mahnte der Vizepremier, nichts dem Zufall zu überlassen.',
  );
  expect(marks).toContain('bui-thanh-son: Vizepremier');
});

test('not before the name, not before someone else’s name, not a courtesy title', () => {
  expect(page('Der Vizepremier kam. Dann sprach Vizepremier Bui Thanh Son.')).not.toContain(
    'bui-thanh-son: Vizepremier',
  );
  const other = page(
    'Es sprach Vizepremier Bui Thanh Son.',
    'Danach sprach Vizepremier Robert Habeck lange.',
  );
  expect(other.filter((m) => m === 'bui-thanh-son: Vizepremier')).toEqual([]);
  // "ông" before a name says who; alone it is "he".
  expect(page('Phó Thủ tướng Bùi Thanh Sơn phát biểu. Sau đó ông cho biết thêm.')).not.toContain(
    'bui-thanh-son: ông',
  );
});
