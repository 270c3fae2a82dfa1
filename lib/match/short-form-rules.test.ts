import { describe, expect, test } from 'vitest';
import { withShortForms } from './short-form-rules';
import type { AliasSpec } from './types';

const person = (entityId: string, lang: string, text: string): AliasSpec => ({
  text,
  entityId,
  lang,
  type: 'person',
});
const thing = (entityId: string, type: string, lang: string, text: string): AliasSpec => ({
  text,
  entityId,
  lang,
  type,
});

/** The short forms the rules give, as "lang:text", with ^ for those that need a title. */
function given(specs: AliasSpec[]): string[] {
  return withShortForms(specs)
    .slice(specs.length)
    .map((s) => `${s.lang}:${s.text}${s.titled ? '^' : ''}`);
}

describe('short forms by rule', () => {
  test.each<[string, AliasSpec[], string[], string[]]>([
    ['a surname', [person('g', 'en', 'António Guterres')], ['en:Guterres'], []],
    ['a surname in Arabic', [person('g', 'ar', 'أنطونيو غوتيريش')], ['ar:غوتيريش'], []],
    [
      'a name in Vietnamese order: the given name, after a title',
      [person('c', 'vi', 'Lương Cường'), person('c', 'en', 'Luong Cuong')],
      ['vi:Cường^', 'en:Cuong^'],
      ['vi:Lương', 'en:Cuong'],
    ],
    [
      'three one-syllable words are a name in Vietnamese order in any language',
      [person('c', 'fr', 'Pham Minh Chinh')],
      ['fr:Chinh^'],
      ['fr:Chinh'],
    ],
    [
      "a Spanish name's first surname, with two given names and two surnames",
      [person('p', 'es', 'María José Pinto González')],
      ['es:González', 'es:Pinto'],
      ['es:José'],
    ],
    [
      'three Spanish words: the middle one may be a given name',
      [person('p', 'es', 'María José Pinto')],
      ['es:Pinto'],
      ['es:José'],
    ],
    [
      'a title or an office is no name to take a surname from',
      [person('g', 'en', 'UN Secretary-General'), person('g', 'pl', 'wiceprezydent Ekwadoru')],
      [],
      ['en:Secretary-General', 'pl:Ekwadoru'],
    ],
    ['a common word is no short form', [person('x', 'en', 'Maria The')], [], ['en:The']],
    [
      "a person's title before the name, alone",
      [
        person('c', 'en', 'Pham Minh Chinh'),
        person('c', 'en', 'Prime Minister Pham Minh Chinh'),
        person('c', 'vi', 'Thủ tướng Phạm Minh Chính'),
        person('c', 'ar', 'فام مينه تشينه'),
        person('c', 'ar', 'رئيس الوزراء فام مينه تشينه'),
      ],
      ['en:prime minister', 'vi:thủ tướng', 'ar:رئيس الوزراء'],
      [],
    ],
    [
      'a title of one word in Arabic, or one two people hold, is no one alone',
      [
        person('c', 'ar', 'لونغ كوونغ'),
        person('c', 'ar', 'الرئيس لونغ كوونغ'),
        person('q', 'en', 'Luong Tam Quang'),
        person('q', 'en', 'General Luong Tam Quang'),
        person('g', 'en', 'Phan Van Giang'),
        person('g', 'en', 'General Phan Van Giang'),
      ],
      [],
      ['ar:الرئيس', 'en:General'],
    ],
    [
      'an event: its head word with the article, and the word before it',
      [thing('s', 'event', 'en', 'Signing ceremony of the Hanoi Convention')],
      ['en:the ceremony', 'en:the signing ceremony'],
      ['en:the convention'],
    ],
    [
      'an event named in title case: its capitalised modifier is a word like any other',
      [
        thing('c', 'event', 'en', 'UN High-level Conference on Cybercrime'),
        thing('m', 'event', 'en', 'Budapest Conference on Trade'),
        thing('budapest', 'place', 'en', 'Budapest'),
      ],
      ['en:the high-level conference', 'en:the conference'],
      ['en:the budapest conference'],
    ],
    [
      'an event in German and Dutch compounds',
      [
        thing('s', 'event', 'de', 'Unterzeichnungszeremonie der Hanoi-Konvention'),
        thing('s', 'event', 'nl', 'Ondertekeningsceremonie van het Verdrag van Hanoi'),
      ],
      ['de:die Zeremonie', 'de:der Zeremonie', 'nl:de ondertekeningsceremonie'],
      ['de:die Konvention'],
    ],
    [
      'an event in Vietnamese, Polish and Arabic',
      [
        thing('s', 'event', 'vi', 'Lễ ký Công ước Hà Nội'),
        thing('s', 'event', 'pl', 'Ceremonia podpisania Konwencji z Hanoi'),
        thing('s', 'event', 'ar', 'حفل توقيع اتفاقية هانوي'),
      ],
      ['vi:lễ ký', 'pl:ceremoni', 'ar:الحفل'],
      ['vi:lễ'],
    ],
    [
      'a document: its head word, and "the treaty" for a convention',
      [
        thing('h', 'document', 'en', 'Hanoi Convention'),
        thing('h', 'document', 'fr', 'Convention de Hanoi'),
        thing('h', 'document', 'es', 'Convención de Hanói'),
        thing('h', 'document', 'nl', 'Verdrag van Hanoi'),
        thing('h', 'document', 'de', 'Übereinkommen von Hanoi'),
        thing('h', 'document', 'pl', 'Konwencja z Hanoi'),
        thing('h', 'document', 'vi', 'Công ước Hà Nội'),
        thing('h', 'document', 'ar', 'اتفاقية هانوي'),
        thing('hanoi', 'place', 'en', 'Hanoi'),
      ],
      [
        'en:the convention',
        'en:the treaty',
        'fr:la convention',
        'es:la convención',
        'nl:het verdrag',
        'de:das Übereinkommen',
        'pl:konwencj',
        'vi:công ước',
        'ar:الاتفاقية',
        'ar:المعاهدة',
      ],
      ['en:the hanoi convention'],
    ],
    [
      'a body: its head word with the article, not the word that tells the UN',
      [
        thing('u', 'organisation', 'en', 'United Nations Office on Drugs and Crime'),
        thing(
          's',
          'organisation',
          'en',
          'Steering Committee for the Hanoi Convention signing ceremony',
        ),
        thing('s', 'organisation', 'vi', 'Ban Chỉ đạo Lễ mở ký Công ước Hà Nội'),
        thing('s', 'organisation', 'ar', 'اللجنة التوجيهية لحفل توقيع اتفاقية هانوي'),
        thing('un', 'organisation', 'fr', 'Nations unies'),
      ],
      [
        'en:the office',
        'en:the committee',
        'en:the steering committee',
        'vi:Ban Chỉ đạo',
        'ar:اللجنة',
      ],
      ['en:the nations', 'fr:les nations', 'vi:ban chỉ đạo'],
    ],
    [
      'French and Spanish: the head with the modifier after it',
      [
        thing('s', 'organisation', 'fr', 'Comité de pilotage de la cérémonie de signature'),
        thing('s', 'organisation', 'es', 'Comité Directivo de la ceremonia de firma'),
        thing('h', 'document', 'es', 'Convención de Hanói contra el crimen'),
        thing('hanoi', 'place', 'es', 'Hanói'),
      ],
      ['fr:le comité de pilotage', 'es:el comité directivo', 'es:el comité'],
      ['es:la convención de hanói'],
    ],
    [
      "a body's initials, from its first capitalised word or a later one",
      [
        thing('o', 'organisation', 'en', 'United Nations Office of Legal Affairs'),
        thing('m', 'organisation', 'en', 'Ministry of Public Security'),
      ],
      ['en:OLA', 'en:UNOLA', 'en:MPS'],
      ['en:LA', 'en:PS'],
    ],
    [
      "an event's name cut before a link, where its number says which one",
      [
        thing('k', 'event', 'en', '14th National Congress of the Communist Party of Vietnam'),
        thing('k', 'event', 'vi', 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng'),
        thing('c', 'event', 'en', 'UN High-level Conference on Cybercrime'),
      ],
      ['en:14th National Congress', 'vi:Đại hội đại biểu toàn quốc lần thứ XIV'],
      ['en:UN High-level Conference'],
    ],
    [
      'a name that ends on its country, without it, if a name of four words is left',
      [
        thing('c', 'organisation', 'en', 'Central Committee of the Communist Party of Vietnam'),
        thing('k', 'event', 'de', '14. Parteitag der Kommunistischen Partei Vietnams'),
        thing('p', 'organisation', 'en', 'Communist Party of Vietnam'),
        thing('vietnam', 'place', 'en', 'Vietnam'),
        thing('vietnam', 'place', 'de', 'Vietnam'),
      ],
      [
        'en:Central Committee of the Communist Party',
        'de:14. Parteitag der Kommunistischen Partei',
      ],
      ['en:Communist Party'],
    ],
    [
      "a Vietnamese body's initials, one for each syllable, and a ministry's of its field",
      [
        thing('s', 'organisation', 'vi', 'Ban Chỉ đạo Lễ mở ký Công ước Hà Nội'),
        thing('m', 'organisation', 'vi', 'Bộ Công an'),
        thing('g', 'organisation', 'vi', 'Đại hội đồng LHQ'),
        thing('g', 'organisation', 'vi', 'Đại hội đồng của LHQ'),
      ],
      ['vi:BCĐ', 'vi:BCA', 'vi:Bộ CA', 'vi:ĐHĐLHQ', 'vi:ĐHĐ LHQ'],
      ['vi:BCLCHN', 'vi:CHN', 'vi:ĐHĐCL', 'vi:ĐHĐL'],
    ],
    [
      "a body's generic name gives its initials too, without the country",
      [
        thing('m', 'organisation', 'pl', 'Ministerstwo Spraw Zagranicznych Wietnamu'),
        { ...thing('m', 'organisation', 'pl', 'Ministerstwo Spraw Zagranicznych'), generic: true },
      ],
      ['pl:MSZ', 'pl:MSZW'],
      [],
    ],
    [
      "a ministry's generic name with the language's other word for a ministry (Polish)",
      [
        { ...thing('f', 'organisation', 'pl', 'Ministerstwo Finansów'), generic: true },
        { ...thing('o', 'organisation', 'pl', 'Biuro Polityczne'), generic: true },
      ],
      ['pl:resort finansów'],
      ['pl:resort polityczne'],
    ],
    [
      'an Arabic generic name of a kind and what describes it, without the articles',
      [
        thing('s', 'organisation', 'ar', 'اللجنة التوجيهية لحفل توقيع اتفاقية هانوي'),
        { ...thing('s', 'organisation', 'ar', 'اللجنة التوجيهية'), generic: true },
        // Every party has one; an office is any law firm.
        { ...thing('p', 'organisation', 'ar', 'المكتب السياسي'), generic: true },
        { ...thing('c', 'organisation', 'ar', 'اللجنة المركزية'), generic: true },
        { ...thing('o', 'organisation', 'ar', 'المكتب القانوني'), generic: true },
      ],
      ['ar:لجنة توجيهية'],
      ['ar:مكتب سياسي', 'ar:لجنة مركزية', 'ar:مكتب قانوني'],
    ],
    [
      'the name the press gives a ministry of one field instead of its own',
      [
        {
          ...thing('f', 'organisation', 'es', 'Ministerio de Relaciones Exteriores'),
          generic: true,
        },
        { ...thing('p', 'organisation', 'pl', 'Ministerstwo Spraw Zagranicznych'), generic: true },
        { ...thing('d', 'organisation', 'es', 'Ministerio de Defensa'), generic: true },
      ],
      ['es:cancillería', 'pl:resort dyplomacji'],
      [],
    ],
    [
      "initials another entity lists are that one's, generic or not",
      [
        thing('cc', 'organisation', 'es', 'Comité Central del Partido Comunista de Vietnam'),
        thing('p', 'organisation', 'es', 'Partido Comunista de Vietnam'),
        { ...thing('p', 'organisation', 'es', 'PCV'), generic: true },
      ],
      ['es:CCPCV'],
      ['es:PCV'],
    ],
    [
      "a body's name cut before a link, as a generic name",
      [
        thing('v', 'place', 'en', 'Vietnam'),
        thing('un', 'organisation', 'en', 'United Nations'),
        thing(
          's',
          'organisation',
          'en',
          'Steering Committee for the Hanoi Convention signing ceremony',
        ),
        thing('s', 'organisation', 'fr', 'Comité de pilotage de la cérémonie de signature'),
        thing('s', 'organisation', 'ar', 'اللجنة التوجيهية لحفل توقيع اتفاقية هانوي'),
        thing('o', 'organisation', 'en', 'Office of the President of Vietnam'),
        thing('c', 'organisation', 'en', 'Communist Party of Vietnam'),
        thing('u', 'organisation', 'en', 'United Nations Office on Drugs and Crime'),
      ],
      [
        'en:steering committee',
        'fr:comité de pilotage',
        'ar:اللجنة التوجيهية',
        'en:office of the President',
      ],
      // A kind and a place's name is any country's body; a part holding another's name is not
      // the body.
      ['en:Communist Party', 'en:United Nations Office'],
    ],
    [
      'a place gets no short form by rule',
      [thing('h', 'place', 'en', 'Hanoi Old Quarter')],
      [],
      ['en:the quarter'],
    ],
  ])('%s', (_name, specs, present, absent) => {
    const forms = given(specs);
    for (const form of present) expect(forms).toContain(form);
    for (const form of absent) expect(forms).not.toContain(form);
  });

  test('a compound head alone is generic before the body or the event of the pack it is of', () => {
    const specs = [
      thing('c', 'organisation', 'de', 'Zentralkomitee der Kommunistischen Partei Vietnams'),
      thing('p', 'organisation', 'de', 'Kommunistischen Partei Vietnams'),
      thing('s', 'organisation', 'nl', 'stuurcomité voor de ondertekeningsceremonie'),
      { ...thing('e', 'event', 'nl', 'ondertekeningsceremonie'), generic: true },
      // Not before a place, nor before a field: every country has one.
      thing('m', 'organisation', 'de', 'Außenministerium Vietnams'),
      thing('s', 'organisation', 'de', 'Sicherheitsministerium für öffentliche Ordnung'),
      thing('vietnam', 'place', 'de', 'Vietnam'),
    ];
    const generic = withShortForms(specs)
      .filter((s) => s.generic && !s.short && !s.text.includes(' '))
      .map((s) => `${s.entityId}:${s.text}`);
    expect(generic).toEqual(['e:ondertekeningsceremonie', 'c:Zentralkomitee', 's:stuurcomité']);
  });

  test('a form that is a full name of anything, or listed already, is not given again', () => {
    const specs = [
      person('g', 'en', 'António Guterres'),
      { ...person('g', 'en', 'Guterres'), short: true },
      person('l', 'en', 'Lam Son'),
      thing('son', 'place', 'en', 'Son'),
    ];
    expect(given(specs)).toEqual([]);
  });

  test("a person's name without a word of the person's own names is the office alone", () => {
    const specs = [
      person('g', 'en', 'António Guterres'),
      person('g', 'en', 'UN Secretary-General'),
      person('g', 'en', 'UN Secretary-General António Guterres'),
      person('g', 'fr', "secrétaire général de l'ONU"),
      person('l', 'en', 'President Luong Cuong'),
      // The body whose acronym the office names: its head is its chief.
      thing('u', 'organisation', 'en', 'UN'),
      thing('u', 'organisation', 'fr', 'ONU'),
    ];
    const offices = withShortForms(specs)
      .filter((s) => s.office)
      .map((s) => s.text);
    // The title alone, after the body's acronym or before what the office is of, names the
    // office too, as a short form; one of several words in small letters, as prose writes it.
    // The head of a body is its chief by its acronym (chief-forms.ts), and the UN's by its
    // name written out, in every language.
    expect(offices.slice(0, 8)).toEqual([
      'UN Secretary-General',
      "secrétaire général de l'ONU",
      'secretary-general',
      'secrétaire général',
      'UN chief',
      "chef de l'Onu",
      "patron de l'Onu",
      "patronne de l'Onu",
    ]);
    expect(offices).toEqual(
      expect.arrayContaining(['patron des Nations unies', 'người đứng đầu LHQ']),
    );
  });

  test('a ministry named by its field is generic, unless it holds a place; "Bộ" is no ministry', () => {
    const specs = [
      thing('f', 'organisation', 'en', 'Ministry of Finance'),
      thing('f', 'organisation', 'de', 'Finanzministerium'),
      thing('s', 'organisation', 'en', 'Ministry of Public Security of Vietnam'),
      thing('p', 'organisation', 'vi', 'Bộ Chính trị'),
      thing('vietnam', 'place', 'en', 'Vietnam'),
    ];
    const generic = withShortForms(specs)
      .filter((s) => s.generic)
      .map((s) => s.text);
    // The ministry named with its place is not; its name without the place is another
    // generic name of it (a body's name cut before a link).
    expect(generic).toEqual([
      'ministry of Finance',
      'Finanzministerium',
      'ministry of Public Security',
    ]);
  });

  test("a document's or an event's word for its kind may be written in small letters", () => {
    const specs = [
      thing('c', 'document', 'fr', 'Convention de Hanoï'),
      thing('c', 'document', 'pl', 'Konwencja z Hanoi'),
      thing('c', 'document', 'en', 'Hanoi Convention'),
      thing('c', 'document', 'de', 'Hanoi-Konvention'),
      thing('c', 'document', 'vi', 'Công ước Hà Nội'),
      thing('e', 'event', 'es', 'Ceremonia de firma de la Convención de Hanói'),
      // No capital after the word: the common noun alone.
      thing('e', 'event', 'fr', 'Cérémonie de signature'),
      thing('h', 'place', 'en', 'Hanoi'),
    ];
    expect(
      withShortForms(specs)
        .slice(0, specs.length)
        .map((s) => s.text),
    ).toEqual([
      'convention de Hanoï',
      'konwencja z Hanoi',
      'Hanoi convention',
      'Hanoi-Konvention',
      'Công ước Hà Nội',
      'ceremonia de firma de la Convención de Hanói',
      'Cérémonie de signature',
      'Hanoi',
    ]);
  });

  test("a body's generic name of its kind and what describes it is written in small letters too", () => {
    const generic = (type: string, lang: string, text: string) => ({
      ...thing('s', type, lang, text),
      generic: true,
    });
    const specs = [
      generic('organisation', 'en', 'Steering Committee'),
      generic('organisation', 'es', 'Comité Directivo'),
      generic('organisation', 'pl', 'Komitet Sterujący'),
      // A kind every organisation has is any one's in small letters.
      generic('organisation', 'en', 'Central Committee'),
      // A link makes a field or an owner, whose capitals tell the name from prose.
      generic('organisation', 'en', 'Ministry of Finance'),
      // No head word: the capitals are all that make it a name.
      generic('organisation', 'fr', 'Affaires étrangères'),
      // German writes every noun with a capital.
      generic('organisation', 'de', 'Lenkungsausschuss'),
    ];
    expect(
      withShortForms(specs)
        .slice(0, specs.length)
        .map((s) => s.text),
    ).toEqual([
      'steering committee',
      'comité directivo',
      'komitet sterujący',
      'Central Committee',
      'ministry of Finance',
      'Affaires étrangères',
      'Lenkungsausschuss',
    ]);
  });

  test('two people sharing a surname both get it', () => {
    const specs = [person('a', 'en', 'Phan Van Giang'), person('b', 'en', 'Dang Hoang Giang')];
    expect(
      withShortForms(specs)
        .filter((s) => s.short)
        .map((s) => s.entityId),
    ).toEqual(['a', 'b']);
  });
});
