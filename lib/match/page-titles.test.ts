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

test('a title inside a catalogued name or in apposition after the name is given too', () => {
  // The catalogue's "Bộ trưởng Lương Tam Quang" holds the title; "Bộ trưởng" alone is three
  // people's in the catalogue, so only the page can say whose it is.
  expect(
    page('Bộ trưởng Lương Tam Quang phát biểu bế mạc.', 'Theo Bộ trưởng, Hội nghị đã thành công.'),
  ).toContain('luong-tam-quang: Bộ trưởng');
  expect(
    page(
      'Đại tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an, phát biểu.',
      'Theo Bộ trưởng, Công ước là bước đi lịch sử.',
    ),
  ).toContain('luong-tam-quang: Bộ trưởng');
  expect(
    page(
      'Ghada Waly, the executive director of UNODC, spoke in Hanoi.',
      'The executive director said more was needed.',
    ),
  ).toContain('ghada-waly: executive director');
});

test('no title in apposition where it is another name’s or the apposition is no title', () => {
  // A list of names: the title before the second name is the second's.
  const listed = page(
    'Pham Minh Chinh, Deputy Prime Minister Bui Thanh Son and others met in Hanoi.',
    'The deputy prime minister spoke.',
  );
  expect(listed).not.toContain('pham-minh-chinh: deputy prime minister');
  // A description first and a clause after: nothing to give.
  const described = page(
    'Ghada Waly, who leads UNODC, said the minister would come to Hanoi.',
    'The minister spoke.',
  );
  expect(described).not.toContain('ghada-waly: minister');
});

test('a title the page gives two people is the one’s of them named last before it', () => {
  const first = [
    'Cùng dự có Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an; đồng chí Lê Hoài Trung, Bộ trưởng Bộ Ngoại giao.',
  ];
  // Named again after the other: the title alone is his.
  const again = page(
    ...first,
    'Chiều cùng ngày, Đại tướng Lương Tam Quang tiếp bà Ghada Waly. Bộ trưởng hoan nghênh sáng kiến.',
  );
  expect(again).toContain('luong-tam-quang: Bộ trưởng');
  expect(again).not.toContain('le-hoai-trung: Bộ trưởng');
  // Named in the text before, where the title stands: his too.
  expect(page(...first, 'Theo Bộ trưởng, văn kiện đã sẵn sàng.')).toContain(
    'le-hoai-trung: Bộ trưởng',
  );
});
