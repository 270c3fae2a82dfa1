import { describe, expect, test } from 'vitest';
import { bundledFinder } from '@/tests/unit/bundled-specs';
import { placeStems } from './qualifiers';

const found = bundledFinder();

describe('a generic name qualified by another country is that country’s', () => {
  // Each text names something specific first, and something of the bodies' country, so that a
  // generic name counts on its own.
  test.each<[string, string, string[], string[]]>([
    [
      'ar',
      'قال رئيس الوزراء فام مينه تشينه إن فيتنام مستعدة. وتولت وزارة الأمن العام المسؤولية الرئيسية عن التنظيم.',
      ['ministry-of-public-security: وزارة الأمن العام'],
      [],
    ],
    [
      'en',
      "Prime Minister Pham Minh Chinh spoke. Japan's Ministry of Finance said it had not intervened.",
      [],
      ['ministry-of-finance: Ministry of Finance'],
    ],
    [
      'en',
      'Prime Minister Pham Minh Chinh spoke. Diplomats credited Viet Nam’s Ministry of Foreign Affairs.',
      ['ministry-of-foreign-affairs: Ministry of Foreign Affairs'],
      [],
    ],
    [
      'en',
      'Prime Minister Pham Minh Chinh spoke. The Russian Ministry of Foreign Affairs objected.',
      [],
      ['ministry-of-foreign-affairs: Ministry of Foreign Affairs'],
    ],
    [
      'de',
      'Premierminister Pham Minh Chinh sprach. Die Kommunistische Partei Chinas und das Außenministerium Russlands schwiegen.',
      [],
      [
        'communist-party-of-vietnam: Kommunistische Partei',
        'ministry-of-foreign-affairs: Außenministerium',
      ],
    ],
    [
      'de',
      'Premierminister Pham Minh Chinh sprach in Hanoi. Das Außenministerium Anfang Mai und der Parteitag der Kommunistischen Partei folgten.',
      [
        'ministry-of-foreign-affairs: Außenministerium',
        'communist-party-of-vietnam: Kommunistischen Partei',
      ],
      [],
    ],
    [
      'nl',
      'Premier Pham Minh Chinh sprak. Het Amerikaanse ministerie van Buitenlandse Zaken wees op problemen.',
      [],
      ['ministry-of-foreign-affairs: ministerie van Buitenlandse Zaken'],
    ],
    [
      'nl',
      'Premier Pham Minh Chinh sprak. Het Vietnamese ministerie van Buitenlandse Zaken was gastheer.',
      ['ministry-of-foreign-affairs: ministerie van Buitenlandse Zaken'],
      [],
    ],
    [
      'de',
      'Premier Pham Minh Chinh sprach. Das US-Außenministerium hatte Kritik geübt, das japanische Außenministerium schwieg.',
      [],
      ['ministry-of-foreign-affairs: Außenministerium'],
    ],
    [
      'fr',
      'Le Premier ministre Pham Minh Chinh a parlé. Le ministère russe des Affaires étrangères a réagi.',
      [],
      ['ministry-of-foreign-affairs: Affaires étrangères'],
    ],
    [
      'fr',
      // The head word alone too: a word between it and a link qualifies it, but a participle.
      'Le ministère des Affaires étrangères du Vietnam a coorganisé la cérémonie. Le projet venait du ministère russe des Affaires étrangères, puis du ministère sud-coréen de la Défense.',
      [],
      ['ministry-of-foreign-affairs: du ministère', 'ministry-of-national-defence: du ministère'],
    ],
    [
      'fr',
      // A verb after the head word and a link to no name qualify nothing.
      'La Convention de Hanoï sera signée. Un Comité de pilotage a été créé. Présidé par Bui Thanh Son, ce comité avait pour vice-présidents deux ministres.',
      ['steering-committee: ce comité'],
      [],
    ],
    [
      'fr',
      'Le ministère des Affaires étrangères du Vietnam a coorganisé la cérémonie. Le ministère vietnamien des Affaires étrangères a remercié les délégués.',
      ['ministry-of-foreign-affairs: Le ministère'],
      [],
    ],
    [
      'fr',
      'Le Premier ministre Pham Minh Chinh a parlé. Le ministère vietnamien des Affaires étrangères a suivi.',
      ['ministry-of-foreign-affairs: Affaires étrangères'],
      [],
    ],
    [
      'es',
      'El primer ministro Pham Minh Chinh habló. El ministerio colombiano de Relaciones Exteriores respondió.',
      [],
      ['ministry-of-foreign-affairs: Relaciones Exteriores'],
    ],
    [
      'ar',
      'ألقى رئيس الوزراء فام مينه تشينه كلمة. وانتقدت وزارة الخارجية الأمريكية ذلك.',
      [],
      ['ministry-of-foreign-affairs: وزارة الخارجية'],
    ],
    [
      'ar',
      'ألقى رئيس الوزراء فام مينه تشينه كلمة. ورحبت وزارة الخارجية الفيتنامية بالضيوف.',
      ['ministry-of-foreign-affairs: وزارة الخارجية'],
      [],
    ],
    [
      'ar',
      // A title with another country's adjective after it is that country's officer.
      'وحضر نائب رئيس الوزراء بوي ثانه سون. ثم حضر نائب رئيس الوزراء البولندي الحفل.',
      ['bui-thanh-son: نائب رئيس الوزراء بوي ثانه سون'],
      ['bui-thanh-son: نائب رئيس الوزراء'],
    ],
  ])('%s: %s', (_lang, text, marked, unmarked) => {
    const mentions = found(text);
    for (const m of marked) expect(mentions).toContain(m);
    for (const m of unmarked) expect(mentions).not.toContain(m);
  });

  test('the places’ adjectives are told by the names of the pack’s places', () => {
    const stems = placeStems([
      { text: 'Vietnam', entityId: 'vietnam', lang: 'en', type: 'place' },
      { text: 'فيتنام', entityId: 'vietnam', lang: 'ar', type: 'place' },
      { text: 'Việt Nam', entityId: 'vietnam', lang: 'vi', type: 'place' },
      { text: 'Ministry of Finance', entityId: 'ministry', lang: 'en', type: 'organisation' },
    ]);
    expect(stems).toEqual(['viet nam', 'vietnam', 'فيتنام']);
  });
});

test('an Arabic preposition with its conjunction is no surname: "وإلى" is not Waly', () => {
  const mentions = found(
    'وقالت المديرة التنفيذية غادة والي إن الاتفاقية تستند إلى الميثاق وإلى ضمانات حقوق الإنسان. وأكدت والي ذلك.',
  );
  expect(mentions.filter((m) => m.startsWith('ghada-waly'))).toEqual([
    'ghada-waly: غادة والي',
    'ghada-waly: والي',
  ]);
});
