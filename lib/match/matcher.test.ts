import { describe, expect, test } from 'vitest';
import { compileMatcher } from './matcher';
import { keepNamedShortForms } from './short-forms';
import type { AliasSpec } from './types';

const specs: AliasSpec[] = [
  { text: 'To Lam', entityId: 'to-lam', lang: 'pl' },
  { text: 'Luong Tam Quang', entityId: 'quang', lang: 'pl' },
  { text: 'Wietnamska Agencja Informacyjna', entityId: 'vna', lang: 'pl' },
  { text: 'Tô Lâm', entityId: 'to-lam', lang: 'vi' },
  { text: 'Hanoi', entityId: 'hanoi', lang: 'pl' },
  { text: 'Konwencji z Hanoi', entityId: 'hanoi-convention', lang: 'pl' },
  { text: 'secretaris-generaal Lam', entityId: 'to-lam', lang: 'nl' },
  { text: 'Convention de Hanoï', entityId: 'hanoi-convention', lang: 'fr' },
  { text: "l'ONU", entityId: 'un', lang: 'fr' },
  { text: 'اتفاقية هانوي', entityId: 'hanoi-convention', lang: 'ar' },
  { text: 'الأمم المتحدة', entityId: 'un', lang: 'ar' },
  { text: 'اللجنة التوجيهية', entityId: 'committee', lang: 'ar' },
  { text: 'United Nations', entityId: 'un', lang: 'en' },
  {
    text: 'United Nations Convention against Cybercrime',
    entityId: 'hanoi-convention',
    lang: 'en',
  },
  { text: 'Bà Triệu', entityId: 'ba-trieu', lang: 'vi' },
  { text: 'Ghada Waly', entityId: 'ghada-waly', lang: 'pl' },
  { text: 'UN', entityId: 'un', lang: 'en' },
  { text: 'Ministry of Finance', entityId: 'mof', lang: 'en', generic: true },
  { text: 'VN', entityId: 'un', lang: 'nl', generic: true },
];
const matcher = compileMatcher(specs);

/** [entityId, exact original substring] of each mention. */
/** What a text on its own shows: a generic name alone in it needs a page that names more. */
const found = (text: string, m = matcher) =>
  m
    .find(text)
    .filter((x) => !x.alone)
    .map((x) => [x.entityId, text.slice(x.start, x.end)]);

type Case = [string, string, string[][]];
const cases: Record<string, Case[]> = {
  Polish: [
    ['bare', 'Przemówienie To Lam w Sejmie', [['to-lam', 'To Lam']]],
    ['genitive -a', 'wizyta To Lama się zaczęła', [['to-lam', 'To Lama']]],
    ['dative -owi', 'Dziękujemy To Lamowi.', [['to-lam', 'To Lamowi']]],
    ['instrumental -em', 'spotkał się z To Lamem', [['to-lam', 'To Lamem']]],
    [
      'a feminine name in the genitive, every word',
      'Według Wietnamskiej Agencji Informacyjnej',
      [['vna', 'Wietnamskiej Agencji Informacyjnej']],
    ],
    ['nor in text that is not Polish', 'Wietnamskiej Agencji Informacyjnej', []],
    [
      'instrumental -iem of a stem in -g',
      'spotkał się z Luong Tam Quangiem',
      [['quang', 'Luong Tam Quangiem']],
    ],
    ['-ów folds to -ow', 'żadnych To Lamów', [['to-lam', 'To Lamów']]],
    ['all capitals', 'TO LAM przyjechał', [['to-lam', 'TO LAM']]],
    ['all capitals with an ending', 'DZIĘKUJEMY TO LAMOWI', [['to-lam', 'TO LAMOWI']]],
    ['ending in text that is not Polish', 'Flights To Lamu Resume', []],
    ['ending beside the preposition z', 'Spotkanie z To Lamem', [['to-lam', 'To Lamem']]],
    [
      'ending beside the preposition w',
      'To Lama w Hanoi',
      [
        ['to-lam', 'To Lama'],
        ['hanoi', 'Hanoi'],
      ],
    ],
    ['a capital Z is no preposition', 'Gen Z To Lamu', []],
    ['ending with ł a sentence away', 'Był tam. Flights To Lamu', [['to-lam', 'To Lamu']]],
    ['first name inflected: genitive', 'Według pani Ghady Waly,', [['ghada-waly', 'Ghady Waly']]],
    ['first name inflected: accusative', 'spotkał Ghadę Waly', [['ghada-waly', 'Ghadę Waly']]],
    ['inflected first name in text that is not Polish', 'Ghady Waly', []],
    ['first name as written needs no Polish text', 'Ghada Waly', [['ghada-waly', 'Ghada Waly']]],
    [
      'explicit inflected alias',
      'podpisanie Konwencji z Hanoi',
      [['hanoi-convention', 'Konwencji z Hanoi']],
    ],
    ['Hanoi unchanged', 'w Hanoi.', [['hanoi', 'Hanoi']]],
    ['not an ending', 'To Lamar', []],
    ['ending then more letters', 'To Lamowie', []],
    ['Hanoian', 'a Hanoian said', []],
  ],
  Dutch: [
    ['as written', 'de secretaris-generaal Lam sprak', [['to-lam', 'secretaris-generaal Lam']]],
    [
      'capitalised at a sentence start',
      'Secretaris-generaal Lam sprak.',
      [['to-lam', 'Secretaris-generaal Lam']],
    ],
    [
      'non-breaking hyphen',
      'secretaris\u2011generaal Lam',
      [['to-lam', 'secretaris\u2011generaal Lam']],
    ],
    ['lower-case where the alias has a capital', 'secretaris-generaal lam', []],
  ],
  French: [
    ['with diaeresis', 'la Convention de Hanoï', [['hanoi-convention', 'Convention de Hanoï']]],
    ['without diaeresis', 'la Convention de Hanoi.', [['hanoi-convention', 'Convention de Hanoi']]],
    ['typographic apostrophe', 'selon l’ONU,', [['un', 'l’ONU']]],
    ['capitalised', "L'ONU a dit", [['un', "L'ONU"]]],
    ['lower-case where the alias has capitals', 'la convention de hanoï', []],
  ],
  Arabic: [
    ['bare', 'وقعت اتفاقية هانوي', [['hanoi-convention', 'اتفاقية هانوي']]],
    ['proclitic و', 'واتفاقية هانوي', [['hanoi-convention', 'اتفاقية هانوي']]],
    ['two proclitics', 'وبالأمم المتحدة', [['un', 'الأمم المتحدة']]],
    ['tatweel', 'اتفاقية هانـوي', [['hanoi-convention', 'اتفاقية هانـوي']]],
    ['harakat', 'اتِّفاقيَّة هانوي', [['hanoi-convention', 'اتِّفاقيَّة هانوي']]],
    ['other letter before', 'ماتفاقية هانوي', []],
    ['three proclitics', 'وبفاتفاقية هانوي', []],
    [
      'two proclitics: conjunction first',
      'فباتفاقية هانوي',
      [['hanoi-convention', 'اتفاقية هانوي']],
    ],
    ['two proclitics: no conjunction first', 'بباتفاقية هانوي', []],
    ['lam before the article', 'للأمم المتحدة', [['un', 'لأمم المتحدة']]],
    ['conjunction, lam, article', 'وللأمم المتحدة', [['un', 'لأمم المتحدة']]],
    ['lam written before the whole article', 'لالأمم المتحدة', []],
    [
      'lam before a noun that begins with lam',
      'للجنة التوجيهية',
      [['committee', 'لجنة التوجيهية']],
    ],
    ['and with the conjunction', 'وللجنة التوجيهية', [['committee', 'لجنة التوجيهية']]],
    ['no lam before it', 'بلجنة التوجيهية', []],
    ['article without alif after another letter', 'بلأمم المتحدة', []],
  ],
  Vietnamese: [
    ['NFC page, ASCII alias', 'Tổng Bí thư Tô Lâm', [['to-lam', 'Tô Lâm']]],
    ['NFD page', 'Tô Lâm'.normalize('NFD'), [['to-lam', 'Tô Lâm'.normalize('NFD')]]],
    ['plain page, accented alias', 'Ba Trieu', [['ba-trieu', 'Ba Trieu']]],
    [
      'trailing marks belong to the mention',
      'Bà Triệu'.normalize('NFD'),
      [['ba-trieu', 'Bà Triệu'.normalize('NFD')]],
    ],
    ['case', 'Tô lâm', []],
  ],
  English: [
    [
      'longest wins',
      'the United Nations Convention against Cybercrime.',
      [['hanoi-convention', 'United Nations Convention against Cybercrime']],
    ],
    ['shorter alone', 'United Nations officials', [['un', 'United Nations']]],
    // Not the convention: its capital C is missing. (Nor the UN, inside another treaty's name.)
    [
      'a capital far into a long name is checked too',
      'the United Nations Convention against cybercrime',
      [],
    ],
    ['a capital near the start is checked', 'the united Nations officials', []],
    [
      'both, apart',
      'United Nations and the United Nations Convention against Cybercrime',
      [
        ['un', 'United Nations'],
        ['hanoi-convention', 'United Nations Convention against Cybercrime'],
      ],
    ],
    ['To Lamar', 'To Lamar Jackson', []],
    ['had to lam out', 'had to lam out', []],
    ['lower-case t', 'went to Lam', []],
    ['inside a longer word', 'DisUnited Nations', []],
    ['digit after', 'Hanoi2024', []],
    ['digit before', '2To Lam', []],
    ['acronym', 'the UN said', [['un', 'UN']]],
    ['acronym after a one-letter word', 'A UN report', [['un', 'UN']]],
    ['acronym before an all-caps word', 'UN ACCORD SUR LES RETRAITES ?', []],
    ['acronym after an all-caps word', 'SIGNE UN', []],
  ],
  'generic names': [
    ['alone', 'The Ministry of Finance said', []],
    [
      'beside a specific name',
      'To Lam met the Ministry of Finance',
      [
        ['to-lam', 'To Lam'],
        ['mof', 'Ministry of Finance'],
      ],
    ],
    ['two generic names alone', 'VN and the Ministry of Finance', []],
    [
      'beside a specific name later in the text',
      'VN en lidstaten steunen het verdrag... To Lam',
      [
        ['un', 'VN'],
        ['to-lam', 'To Lam'],
      ],
    ],
  ],
  'spaces and offsets': [
    ['non-breaking space', 'To\u00a0Lam', [['to-lam', 'To\u00a0Lam']]],
    ['double space', 'United  Nations', [['un', 'United  Nations']]],
    ['line break and tab', 'United\n\tNations', [['un', 'United\n\tNations']]],
    ['narrow no-break space', 'United\u202fNations', [['un', 'United\u202fNations']]],
    ['soft hyphen inside', 'Ha\u00adnoi', [['hanoi', 'Ha\u00adnoi']]],
    ['no surrounding space', '  To Lam  ', [['to-lam', 'To Lam']]],
    ['emoji before', '😀😀 To Lam', [['to-lam', 'To Lam']]],
    ['emoji after', 'To Lam😀', [['to-lam', 'To Lam']]],
    ['astral letter before', '𝐀To Lam', []],
    ['empty text', '', []],
  ],
};

for (const [language, table] of Object.entries(cases)) {
  describe(language, () => {
    test.each(table)('%s', (_, text, expected) => {
      expect(found(text)).toEqual(expected);
    });
  });
}

describe('generic names alone in their text', () => {
  test('are flagged, and count on a page once something specific was named before them', () => {
    const alone = matcher.find('The Ministry of Finance said');
    expect(alone.map((m) => [m.entityId, m.alone])).toEqual([['mof', true]]);
    expect(keepNamedShortForms(alone)).toEqual([]);
    const named = new Set<string>();
    keepNamedShortForms(matcher.find('To Lam spoke first.'), named);
    expect(keepNamedShortForms(alone, named).map((m) => m.entityId)).toEqual(['mof']);
  });
});

describe('offsets', () => {
  test('surrogate pairs before a match do not shift offsets', () => {
    expect(matcher.find('😀😀 To Lam')).toEqual([
      { start: 5, end: 11, entityId: 'to-lam', alias: 0, depth: 0 },
    ]);
  });

  test('alias is the index of the first spec with that text', () => {
    expect(matcher.find('Tô Lâm').map((m) => m.alias)).toEqual([0]);
  });
});

describe('a place inside a place', () => {
  const place = (entityId: string, text: string): AliasSpec => ({
    text,
    entityId,
    lang: 'en',
    type: 'place',
  });
  const places = compileMatcher([
    place('korea', 'Korea'),
    place('south-korea', 'South Korea'),
    place('seoul', 'capital of Korea'),
  ]);
  const inside = (text: string) =>
    places.find(text).map((m) => `${m.entityId}: ${text.slice(m.start, m.end)}`);

  test('a description in common words names the place it holds; a proper name does not', () => {
    expect(inside('Delegates met in the capital of Korea.')).toEqual([
      'seoul: capital of Korea',
      'korea: Korea',
    ]);
    expect(inside('Delegates met in South Korea.')).toEqual(['south-korea: South Korea']);
  });
});
