import { describe, expect, test } from 'vitest';
import type { EntityType, Lang } from '../dataset/types';
import { suggestNames } from './suggest';

// One sentence each, written for these tests: a shape of name the press writes, and the name
// (with its type) a reader wants from it.
const SHAPES: [Lang, string, string, EntityType][] = [
  [
    'en',
    "Yesterday China's Xinhua News Agency quoted the minister.",
    'Xinhua News Agency',
    'organisation',
  ],
  [
    'en',
    'She spoke for the U.N. Office on Drugs and Crime in Vienna.',
    'U.N. Office on Drugs and Crime',
    'organisation',
  ],
  [
    'en',
    'He met the Executive Director of the World Food Programme there.',
    'World Food Programme',
    'organisation',
  ],
  ['en', 'The president of the UNGA Philemon Yang opened the session.', 'Philemon Yang', 'person'],
  [
    'en',
    'Delegates thanked the UN General Assembly for its vote.',
    'UN General Assembly',
    'organisation',
  ],
  [
    'de',
    'Der Bericht lobte dem Präsidenten Luong Cuong zufolge die Gastgeber.',
    'Luong Cuong',
    'person',
  ],
  [
    'de',
    'Die Vertreter des Büros der Vereinten Nationen reisten ab.',
    'Büros der Vereinten Nationen',
    'organisation',
  ],
  [
    'de',
    'Man sprach über das Übereinkommen von Hanoi und seine Folgen.',
    'Übereinkommen von Hanoi',
    'document',
  ],
  [
    'pl',
    'Rozmawiał z nim wiceminister spraw zagranicznych Dang Hoang Giang.',
    'Dang Hoang Giang',
    'person',
  ],
  ['nl', 'Auteur James Borton schreef er een stuk over.', 'James Borton', 'person'],
  ['fr', "Il a parlé de l'Union européenne et de ses membres.", 'Union européenne', 'organisation'],
  [
    'es',
    'Habló el ministerio de Defensa Nacional ayer.',
    'ministerio de Defensa Nacional',
    'organisation',
  ],
  ['vi', 'Tổng Thư ký Liên hợp quốc António Guterres phát biểu.', 'António Guterres', 'person'],
  ['vi', 'Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an, đã ký.', 'Lương Tam Quang', 'person'],
  [
    'ar',
    'وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الاتفاقية مهمة.',
    'أنطونيو غوتيريش',
    'person',
  ],
  ['ar', 'وأكد السفير دانج هوانج جيانج، رئيس البعثة، أهمية الحدث.', 'دانج هوانج جيانج', 'person'],
];

describe('shapes of names', () => {
  test.each(SHAPES)('%s: %s', (lang, text, name, type) => {
    const found = suggestNames({ text, lang });
    expect(found.map((s) => s.name)).toContain(name);
    expect(found.find((s) => s.name === name)?.type).toBe(type);
  });
});
