import { describe, expect, test } from 'vitest';
import { bundledFinder } from '@/tests/unit/bundled-specs';
import { compileMatcher } from './matcher';
import {
  frontParts,
  type NamePattern,
  patternBacks,
  patternFronts,
  patternSpecs,
  patternTails,
  tailBodies,
  tailLeads,
} from './name-patterns';
import { keepNamedShortForms } from './short-forms';

// Built with the module: compiling the bundled pack in a test can pass its time limit.
const found = bundledFinder();

const find = bundledFinder();
/** The convention's mentions in a text, as their texts. */
const convention = (text: string) =>
  find(text)
    .filter((m) => m.startsWith('hanoi-convention: '))
    .map((m) => m.slice('hanoi-convention: '.length));

// Descriptive names of the convention none of which the catalogue lists: each row is a sentence
// and the name the convention's card must be under.
const FOUND: [string, string, string][] = [
  [
    'en',
    "On Saturday the UN's new treaty on computer crime opened for signing.",
    "UN's new treaty on computer crime",
  ],
  [
    'en',
    'Critics say the United Nations pact to fight online crime is too broad.',
    'United Nations pact to fight online crime',
  ],
  [
    'en',
    'Sixty states signed the first global agreement against cyber-crime.',
    'global agreement against cyber-crime',
  ],
  [
    'pl',
    'Konwencja ONZ przeciw przestępczości komputerowej została podpisana.',
    'Konwencja ONZ przeciw przestępczości komputerowej',
  ],
  [
    'pl',
    'Polska przystąpiła do traktatu ONZ w sprawie cyberprzestępczości.',
    'traktatu ONZ w sprawie cyberprzestępczości',
  ],
  [
    'pl',
    'Delegacje omawiały umowę Narodów Zjednoczonych o zwalczaniu cyberprzestępczości.',
    'umowę Narodów Zjednoczonych o zwalczaniu cyberprzestępczości',
  ],
  [
    'nl',
    'Het nieuwe VN-akkoord over computercriminaliteit werd in Hanoi getekend.',
    'VN-akkoord over computercriminaliteit',
  ],
  [
    'nl',
    'De overeenkomst van de Verenigde Naties ter bestrijding van cybercrime is er.',
    'overeenkomst van de Verenigde Naties ter bestrijding van cybercrime',
  ],
  [
    'fr',
    "Le pacte international de l'ONU sur la criminalité informatique divise.",
    "pacte international de l'ONU sur la criminalité informatique",
  ],
  [
    'fr',
    'Le traité onusien de lutte contre la cybercriminalité a été signé.',
    'traité onusien de lutte contre la cybercriminalité',
  ],
  [
    'de',
    'Das neue UN-Abkommen über Computerkriminalität wurde unterzeichnet.',
    'UN-Abkommen über Computerkriminalität',
  ],
  [
    'de',
    'Der Vertrag der Vereinten Nationen zur Bekämpfung von Internetkriminalität liegt vor.',
    'Vertrag der Vereinten Nationen zur Bekämpfung von Internetkriminalität',
  ],
  [
    'es',
    'Firmaron la nueva convención de la ONU contra el delito informático.',
    'convención de la ONU contra el delito informático',
  ],
  [
    'es',
    'El tratado internacional de las Naciones Unidas sobre los delitos informáticos avanza.',
    'tratado internacional de las Naciones Unidas sobre los delitos informáticos',
  ],
  [
    'vi',
    'Hiệp ước của Liên hợp quốc về phòng chống tội phạm công nghệ cao đã được ký.',
    'Hiệp ước của Liên hợp quốc về phòng chống tội phạm công nghệ cao',
  ],
  [
    'vi',
    'Công ước mới của LHQ về chống tội phạm trên không gian mạng được mở ký.',
    'Công ước mới của LHQ về chống tội phạm trên không gian mạng',
  ],
  [
    'ar',
    'وقعت الدول على المعاهدة الأممية الجديدة لمكافحة الجرائم المعلوماتية في هانوي.',
    'المعاهدة الأممية الجديدة لمكافحة الجرائم المعلوماتية',
  ],
  [
    'ar',
    'ناقش الوفد اتفاق الأمم المتحدة بشأن الجريمة الإلكترونية.',
    'اتفاق الأمم المتحدة بشأن الجريمة الإلكترونية',
  ],
];

// A pattern's words on pages about something else: no convention card.
const TRAPS: [string, string][] = [
  ['en', 'The UN treaty against piracy was signed in Montego Bay.'],
  ['en', 'The Budapest Convention on Cybercrime dates from 2001.'],
  ['en', 'The UN Convention against Corruption and a UN resolution on cybercrime were discussed.'],
  ['en', 'A UN treaty, on cybercrime experts say, is needed.'],
  [
    'pl',
    'Konwencja ONZ o prawie morza reguluje żeglugę; Konwencja Rady Europy o cyberprzestępczości też istnieje.',
  ],
  ['nl', 'Het VN-verdrag tegen corruptie en het Verdrag van Boedapest inzake cybercriminaliteit.'],
  [
    'fr',
    "La convention de l'ONU contre la corruption et la Convention de Budapest sur la cybercriminalité.",
  ],
  [
    'de',
    'Die UN-Konvention gegen Korruption und das Budapester Übereinkommen über Computerkriminalität.',
  ],
  [
    'es',
    'La convención de la ONU contra la corrupción y el Convenio de Budapest sobre la ciberdelincuencia.',
  ],
  ['vi', 'Công ước Liên hợp quốc về Luật Biển và tội phạm mạng là hai chủ đề khác nhau.'],
  ['ar', 'اتفاقية الأمم المتحدة لمكافحة الفساد واتفاقية بودابست بشأن الجريمة الإلكترونية.'],
];

describe('the convention name pattern on pages', () => {
  test.each(FOUND)('%s: %s', (_lang, text, name) => {
    expect(convention(text)).toContain(name);
  });

  test.each(TRAPS)('%s trap: %s', (_lang, text) => {
    expect(convention(text)).toEqual([]);
  });
});

describe('pattern expansion', () => {
  const pattern: NamePattern = {
    head: 'treaty',
    body: 'un',
    link: 'against',
    subject: { en: ['piracy'], de: ['Piraterie'] },
  };

  test('fronts put the body and adjectives where the language does', () => {
    const en = patternFronts(pattern, 'en');
    expect(en).toContain("UN's new treaty");
    expect(en).toContain('treaty of the United Nations');
    expect(en).not.toContain('new treaty');
    const de = patternFronts(pattern, 'de');
    expect(de).toContain('UN übereinkommens');
    expect(de).toContain('abkommen der Vereinten Nationen');
    // A German head of an adjective and a noun takes the body inside: "hochrangige UN-Konferenz".
    const conference = { ...pattern, head: 'high-level-conference' };
    expect(patternFronts(conference, 'de')).toContain('hochrangige UNO konferenz');
    expect(patternFronts(conference, 'de')).not.toContain('konferenz UNO auf hoher ebene');
  });

  test('backs are each link with each subject; only the subject languages get specs', () => {
    expect(patternBacks(pattern, 'en')).toContain('to combat piracy');
    const specs = patternSpecs([{ pattern, entityId: 'pirates', type: 'document' }]);
    expect(new Set(specs.map((s) => s.lang))).toEqual(new Set(['en', 'de']));
    const backs = specs.filter((s) => s.part === 'back');
    expect(backs.every((s) => s.entityId === 'pirates' && s.type === 'document')).toBe(true);
    expect(
      specs.filter((s) => s.part === 'front').every((s) => s.entityId === 'pattern:treaty|un'),
    ).toBe(true);
    expect(backs.map((s) => s.text)).toContain('gegen Piraterie');
  });

  test('an Arabic head of a noun and its adjective takes the body between them', () => {
    const conference: NamePattern = {
      head: 'high-level-conference',
      body: 'un',
      link: 'on',
      subject: { ar: ['الجريمة السيبرانية'] },
    };
    const ar = patternFronts(conference, 'ar');
    expect(ar).toContain('مؤتمر الأمم المتحدة رفيع المستوى');
    expect(ar).toContain('مؤتمر الأمم المتحدة الرفيع المستوى');
    // A noun with the article takes no body after it.
    expect(ar.some((front) => front.startsWith('المؤتمر الأمم المتحدة'))).toBe(false);
    expect(
      find('وشارك في مؤتمر الأمم المتحدة الرفيع المستوى بشأن الجريمة السيبرانية في هانوي.'),
    ).toContain(
      'high-level-conference: مؤتمر الأمم المتحدة الرفيع المستوى بشأن الجريمة السيبرانية',
    );
  });

  test('a pattern without a body is the head alone, joined to its back', () => {
    const bare: NamePattern = { head: 'treaty', link: 'on', subject: { en: ['whaling'] } };
    expect(patternFronts(bare, 'en')).toEqual([
      'convention',
      'treaty',
      'pact',
      'agreement',
      'accord',
      'legal framework',
      'legal instrument',
      'instrument',
    ]);
  });

  test('entities of one group share its fronts; a back names the entity, of its group only', () => {
    const specs = patternSpecs([
      {
        pattern: { ...pattern, subject: { en: ['piracy'] } },
        entityId: 'pirates',
        type: 'document',
      },
      {
        pattern: { ...pattern, subject: { en: ['whaling'] } },
        entityId: 'whales',
        type: 'document',
      },
      {
        pattern: {
          head: 'high-level-conference',
          body: 'un',
          link: 'against',
          subject: { en: ['smuggling'] },
        },
        entityId: 'summit',
        type: 'event',
      },
    ]);
    expect(specs.filter((s) => s.part === 'front' && s.text === 'UN treaty')).toHaveLength(1);
    const matcher = compileMatcher(specs);
    const text =
      'The UN treaty against whaling, the UN convention against piracy, the UN high-level ' +
      'conference against smuggling, but no UN treaty against smuggling.';
    expect(matcher.find(text).map((m) => [m.entityId, text.slice(m.start, m.end)])).toEqual([
      ['whales', 'UN treaty against whaling'],
      ['pirates', 'UN convention against piracy'],
      ['summit', 'UN high-level conference against smuggling'],
    ]);
  });

  test('"none" beside a body: the head alone starts a name too', () => {
    const either: NamePattern = {
      head: 'high-level-conference',
      body: ['un', 'none'],
      link: 'on',
      subject: { en: ['whaling'] },
    };
    expect(patternFronts(either, 'en')).toContain('high-level conference');
    expect(patternFronts(either, 'en')).toContain('UN high-level conference');
    const matcher = compileMatcher(
      patternSpecs([{ pattern: either, entityId: 'c', type: 'event' }]),
    );
    const text =
      'The high-level conference on whaling met; so did the UN high-level conference on whaling.';
    expect(matcher.find(text).map((m) => text.slice(m.start, m.end))).toEqual([
      'high-level conference on whaling',
      'UN high-level conference on whaling',
    ]);
  });

  test("one entity's patterns of two groups keep their equal backs, one for each", () => {
    const specs = patternSpecs([
      { pattern: { ...pattern, subject: { en: ['whaling'] } }, entityId: 'w', type: 'document' },
      {
        pattern: { head: 'treaty', link: 'against', subject: { en: ['whaling'] } },
        entityId: 'w',
        type: 'document',
      },
    ]);
    const matcher = compileMatcher(specs);
    const text = 'The UN treaty against whaling, and the pact against whaling.';
    expect(matcher.find(text).map((m) => text.slice(m.start, m.end))).toEqual([
      'UN treaty against whaling',
      'pact against whaling',
    ]);
  });

  test('a name with an adjective inside is a lead and a middle, joined only in that order', () => {
    const { fronts, leads, middles } = frontParts(pattern, 'en');
    expect(fronts).toContain("UN's treaty");
    expect(leads).toContain("UN's new");
    expect(middles).toContain('treaty');
    expect(fronts).not.toContain("UN's new treaty");
    const fr = frontParts(pattern, 'fr');
    expect(fr.leads).toContain('convention internationale');
    expect(fr.middles).toContain("de l'ONU");
    const matcher = compileMatcher(
      patternSpecs([
        {
          pattern: { ...pattern, subject: { en: ['piracy'], fr: ['la piraterie'] } },
          entityId: 'pirates',
        },
      ]),
    );
    const names = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));
    expect(names("Yesterday the UN's new treaty against piracy was signed.")).toEqual([
      "UN's new treaty against piracy",
    ]);
    expect(names("La convention internationale de l'ONU contre la piraterie est signée.")).toEqual([
      "convention internationale de l'ONU contre la piraterie",
    ]);
    // A lead joins its back only through a middle, and a middle never stands alone.
    expect(names("The UN's new against piracy; a treaty against piracy.")).toEqual([]);
    expect(names('Une convention internationale contre la piraterie.')).toEqual([]);
  });

  test('a subject before the head is a tail, after a body and an adjective at most', () => {
    const piracy: NamePattern = {
      ...pattern,
      body: ['un', 'global'],
      subject: { en: ['piracy'] },
      modifier: { en: ['piracy'] },
    };
    expect(patternTails(piracy, 'en')).toContain('piracy treaty');
    expect(tailLeads(piracy, 'en')).toEqual(expect.arrayContaining(['UN', "UN's new", 'global']));
    // No language but the modifier's gets tails; a body that takes no adjective gets none.
    expect(patternTails(piracy, 'fr')).toEqual([]);
    expect(tailLeads(piracy, 'en')).not.toContain('global new');
    const matcher = compileMatcher(
      patternSpecs([
        { pattern: piracy, entityId: 'pirates' },
        {
          pattern: { ...piracy, subject: { en: ['whaling'] }, modifier: { en: ['whaling'] } },
          entityId: 'whales',
        },
      ]),
    );
    const found = (text: string) =>
      matcher.find(text).map((m) => [m.entityId, text.slice(m.start, m.end)]);
    expect(found("The UN's new piracy treaty and the global whaling pact.")).toEqual([
      ['pirates', "UN's new piracy treaty"],
      ['whales', 'global whaling pact'],
    ]);
    // A tail alone, or after a lead with a word between them, is a short form: it counts only
    // once the entity is named.
    const named = (text: string) =>
      keepNamedShortForms(matcher.find(text)).map((m) => [m.entityId, text.slice(m.start, m.end)]);
    expect(
      named('A piracy treaty; the UN said a piracy treaty; the UN new, piracy treaty.'),
    ).toEqual([]);
    expect(named('The UN piracy treaty was signed. Critics of the piracy treaty spoke.')).toEqual([
      ['pirates', 'UN piracy treaty'],
      ['pirates', 'piracy treaty'],
    ]);
  });

  test('German and Dutch join the subject to a head of one word, or write it with a hyphen', () => {
    const crime = (lang: 'de' | 'nl', modifier: string): NamePattern => ({
      ...pattern,
      body: ['un'],
      subject: { [lang]: ['x'] },
      modifier: { [lang]: [modifier] },
    });
    expect(patternTails(crime('de', 'Cybercrime'), 'de')).toEqual(
      expect.arrayContaining(['Cybercrime abkommen', 'Cybercrimeabkommen']),
    );
    expect(patternTails(crime('nl', 'cybercrime'), 'nl')).toEqual(
      expect.arrayContaining(['cybercrime verdrag', 'cybercrimeverdrag']),
    );
    // A head of several words is not joined; English writes the words apart.
    expect(patternTails(crime('nl', 'cybercrime'), 'nl')).not.toContain(
      'cybercrimejuridisch kader',
    );
    expect(patternTails({ ...pattern, modifier: { en: ['piracy'] } }, 'en')).not.toContain(
      'piracytreaty',
    );
    expect(found('Am Samstag wurde das UN-Cybercrime-Abkommen in Hanoi unterzeichnet.')).toContain(
      'hanoi-convention: UN-Cybercrime-Abkommen',
    );
    expect(
      found(
        'Het VN-verdrag tegen cybercriminaliteit is getekend. Het cybercrimeverdrag is omstreden.',
      ),
    ).toContain('hanoi-convention: cybercrimeverdrag');
    expect(found('Das Cybercrime-Abkommen gilt als umstritten.')).toEqual([]);
  });

  test('in German and Dutch a tail with the body after it is a full name', () => {
    const crime: NamePattern = {
      ...pattern,
      body: ['un'],
      subject: { de: ['x'], en: ['x'] },
      modifier: { de: ['Piraterie'], en: ['piracy'] },
    };
    expect(tailBodies(crime, 'de')).toEqual(expect.arrayContaining(['der Vereinten Nationen']));
    expect(tailBodies(crime, 'en')).toEqual([]);
    const matcher = compileMatcher(patternSpecs([{ pattern: crime, entityId: 'pirates' }]));
    const named = (text: string) =>
      keepNamedShortForms(matcher.find(text)).map((m) => text.slice(m.start, m.end));
    expect(named('Das Piraterie-Abkommen der Vereinten Nationen gilt.')).toEqual([
      'Piraterie-Abkommen der Vereinten Nationen',
    ]);
    // Not the body alone, nor another subject's treaty with it.
    expect(named('Das Abkommen der Vereinten Nationen gilt.')).toEqual([]);
    expect(named('Das Klima-Abkommen der Vereinten Nationen gilt.')).toEqual([]);
    expect(named('The piracy treaty of the United Nations holds.')).toEqual([]);
    expect(found('Het cybercrimeverdrag van de Verenigde Naties is ondertekend.')).toContain(
      'hanoi-convention: cybercrimeverdrag van de Verenigde Naties',
    );
  });
});
