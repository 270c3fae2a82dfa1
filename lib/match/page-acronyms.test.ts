import { describe, expect, test } from 'vitest';
import { initialsFit } from './acronym-shape';
import { compileMatcher } from './matcher';
import { createPageAcronyms } from './page-acronyms';
import { keepNamedShortForms } from './short-forms';
import type { AliasSpec } from './types';

const body = (entityId: string, lang: string, text: string): AliasSpec => ({
  text,
  entityId,
  lang,
  type: 'organisation',
});

// A pack that lists no acronym: every one below is defined by the page.
const matcher = compileMatcher([
  body('osce', 'en', 'Organization for Security and Co-operation in Europe'),
  body('osce', 'fr', 'Organisation pour la sécurité et la coopération en Europe'),
  body('osce', 'de', 'Organisation für Sicherheit und Zusammenarbeit in Europa'),
  body('osce', 'nl', 'Organisatie voor Veiligheid en Samenwerking in Europa'),
  body('osce', 'es', 'Organización para la Seguridad y la Cooperación en Europa'),
  body('osce', 'pl', 'Organizacja Bezpieczeństwa i Współpracy w Europie'),
  body('osce', 'ar', 'منظمة الأمن والتعاون في أوروبا'),
  body('unodc', 'en', 'UN Office on Drugs and Crime'),
  body('un', 'vi', 'Liên hợp quốc'),
  { text: 'Hanoi', entityId: 'hanoi', lang: 'en', type: 'place' },
  { text: 'Ghada Waly', entityId: 'waly', lang: 'en', type: 'person' },
  { text: 'Wietnam', entityId: 'vietnam', lang: 'pl', type: 'place' },
  { text: 'Wietnamu', entityId: 'vietnam', lang: 'pl', type: 'place' },
  body('mps', 'pl', 'Ministerstwo Bezpieczeństwa Publicznego Wietnamu'),
  { ...body('mps', 'pl', 'Ministerstwo Bezpieczeństwa Publicznego'), generic: true },
]);

/** The mentions of paragraphs read in order, as "entity: text". */
function read(...paragraphs: string[]): string[] {
  const acronyms = createPageAcronyms();
  const named = new Set<string>();
  return paragraphs.flatMap((text) =>
    keepNamedShortForms(acronyms.read(text, matcher.find(text)), named).map(
      (m) => `${m.entityId}: ${text.slice(m.start, m.end)}`,
    ),
  );
}

describe('acronyms the page defines', () => {
  test.each<[string, string[], string[]]>([
    [
      'en',
      [
        'The Organization for Security and Co-operation in Europe (OSCE) sent observers.',
        'The OSCE report follows.',
      ],
      ['osce: OSCE'],
    ],
    [
      'fr',
      [
        "L'Organisation pour la sécurité et la coopération en Europe (OSCE) observe.",
        "L'OSCE publiera un rapport.",
      ],
      ['osce: OSCE'],
    ],
    [
      'de',
      [
        'Die Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) beobachtet.',
        'Die OSZE berichtet.',
      ],
      ['osce: OSZE'],
    ],
    [
      'nl',
      [
        'De Organisatie voor Veiligheid en Samenwerking in Europa (OVSE) kijkt mee.',
        'De OVSE rapporteert.',
      ],
      ['osce: OVSE'],
    ],
    [
      'es',
      [
        'La Organización para la Seguridad y la Cooperación en Europa (OSCE) observa.',
        'La OSCE informará.',
      ],
      ['osce: OSCE'],
    ],
    [
      'pl',
      [
        'Organizacja Bezpieczeństwa i Współpracy w Europie (OBWE) wysłała obserwatorów.',
        'OBWE przedstawi raport.',
      ],
      ['osce: OBWE'],
    ],
    [
      'vi',
      ['Liên hợp quốc (LHQ) tổ chức hội nghị.', 'LHQ kêu gọi các nước tham gia.'],
      ['un: LHQ'],
    ],
    [
      'ar',
      ['أرسلت منظمة الأمن والتعاون في أوروبا (OSCE) مراقبين.', 'وستنشر OSCE تقريرا.'],
      ['osce: OSCE'],
    ],
  ])('%s: later uses are marked', (_lang, paragraphs, marked) => {
    const found = read(...paragraphs);
    for (const m of marked) expect(found).toContain(m);
    // The definition's own bracket names the entity too.
    expect(found.filter((m) => marked.includes(m))).toHaveLength(2);
  });

  test('the acronym before the name it stands for counts from the name on', () => {
    expect(read('UNODC (UN Office on Drugs and Crime) ran the talks; UNODC will report.')).toEqual([
      'unodc: UN Office on Drugs and Crime',
      'unodc: UNODC',
    ]);
  });

  test.each<[string, string[], string]>([
    ['an office after a person', ['Ghada Waly (UNODC) spoke.', 'UNODC agreed.'], 'UNODC'],
    ['a news agency after a place', ['Hanoi (AFP) - Talks began.', 'AFP reported more.'], 'AFP'],
    [
      'a file type',
      ['See the UN Office on Drugs and Crime (PDF) report.', 'PDF copies exist.'],
      'PDF',
    ],
    ['a word in capitals', ['Ghada Waly (EGYPT) spoke.', 'EGYPT agreed.'], 'EGYPT'],
  ])('no acronym: %s', (_name, paragraphs, word) => {
    expect(read(...paragraphs).filter((m) => m.endsWith(`: ${word}`))).toEqual([]);
  });

  test('a generic name defines one where the page has named its home, and its uses count', () => {
    const paragraphs = [
      'Wietnam podpisał konwencję.',
      'Ministerstwo Bezpieczeństwa Publicznego (MBP) przygotowało ceremonię.',
      'MBP zwołało konferencję.',
    ];
    expect(read(...paragraphs)).toEqual([
      'vietnam: Wietnam',
      'mps: Ministerstwo Bezpieczeństwa Publicznego',
      'mps: MBP',
      'mps: MBP',
    ]);
    // With no home named on the page, neither the name nor its acronym counts.
    expect(read(...paragraphs.slice(1))).toEqual([]);
  });

  test('a use before the definition is none; the definition is one', () => {
    expect(
      read('OSCE said so.', 'The Organization for Security and Co-operation in Europe (OSCE) met.'),
    ).toEqual(['osce: Organization for Security and Co-operation in Europe', 'osce: OSCE']);
  });

  test('initials: capitals of a word count one by one, the rest by their first letter', () => {
    expect(initialsFit('UNODC', 'UN Office on Drugs and Crime')).toBe(true);
    expect(initialsFit('ONUDC', 'Office des Nations unies contre la drogue et le crime')).toBe(
      true,
    );
    expect(initialsFit('UN', 'Ghada Waly')).toBe(false);
    // A body or a country before the name may stay out of its acronym.
    expect(initialsFit('OLA', 'UN Office of Legal Affairs')).toBe(true);
    expect(initialsFit('MPS', "Vietnam's Ministry of Public Security")).toBe(true);
    expect(initialsFit('MPS', 'the Hanoi office of the Ministry of Public Security')).toBe(false);
    expect(initialsFit('UNODC', 'Oficina de las Naciones Unidas contra la Droga y el Delito')).toBe(
      false,
    );
  });
});
