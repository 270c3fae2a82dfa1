import { describe, expect, test } from 'vitest';
import { compileMatcher } from './matcher';
import type { AliasSpec } from './types';

const SPECS: AliasSpec[] = [
  { text: 'María José Pinto', entityId: 'pinto', lang: 'en', type: 'person' },
  {
    text: 'Vice President of Ecuador María José Pinto',
    entityId: 'pinto',
    lang: 'en',
    type: 'person',
  },
  { text: 'Pinto', entityId: 'pinto', lang: 'en', type: 'person', short: true },
  { text: 'Ecuador', entityId: 'ecuador', lang: 'en', type: 'place' },
  { text: 'Hanoi', entityId: 'hanoi', lang: 'en', type: 'place' },
  { text: 'Hanoi Convention', entityId: 'convention', lang: 'en', type: 'document' },
  { text: 'Hanoi-Konvention', entityId: 'convention', lang: 'de', type: 'document' },
  { text: 'Übereinkommen von Hanoi', entityId: 'convention', lang: 'de', type: 'document' },
  { text: 'Hanoi Convention signing ceremony', entityId: 'ceremony', lang: 'en', type: 'event' },
  { text: 'United Nations', entityId: 'un', lang: 'en', type: 'organisation', generic: true },
  { text: 'Vereinte Nationen', entityId: 'un', lang: 'de', type: 'organisation' },
  { text: 'United Nations Office at Vienna', entityId: 'un', lang: 'en', exclude: true },
  { text: 'To Lam', entityId: 'to-lam', lang: 'en', type: 'person' },
  {
    text: 'Minister of Foreign Affairs Le Hoai Trung',
    entityId: 'trung',
    lang: 'en',
    type: 'person',
  },
  { text: 'Ministry of Foreign Affairs', entityId: 'mofa', lang: 'en', type: 'organisation' },
  { text: 'Foreign Affairs', entityId: 'mofa', lang: 'en', type: 'organisation', generic: true },
  { text: 'اتفاقية هانوي', entityId: 'convention', lang: 'ar', type: 'document' },
  { text: 'غادة والي', entityId: 'waly', lang: 'ar', type: 'person' },
  { text: 'Hanoi Conventie', entityId: 'convention', lang: 'nl', type: 'document' },
  { text: 'VN-verdrag', entityId: 'convention', lang: 'nl', type: 'document' },
  { text: 'UNODC', entityId: 'unodc', lang: 'en', type: 'organisation' },
  { text: 'wiceprezydent Ekwadoru', entityId: 'pinto', lang: 'pl', type: 'person' },
  { text: 'Maria Jose Pinto', entityId: 'pinto', lang: 'pl', type: 'person' },
  { text: 'Ekwadoru', entityId: 'ecuador', lang: 'pl', type: 'place' },
  { text: 'Ecuador', entityId: 'ecuador', lang: 'de', type: 'place' },
  { text: 'Vizepräsidentin María José Pinto', entityId: 'pinto', lang: 'de', type: 'person' },
  { text: 'ceremonia podpisania', entityId: 'ceremony', lang: 'pl', type: 'event' },
  { text: 'Konwencja z Hanoi', entityId: 'convention', lang: 'pl', type: 'document' },
  { text: 'cérémonie de signature', entityId: 'ceremony', lang: 'fr', type: 'event' },
  { text: 'Convention de Hanoï', entityId: 'convention', lang: 'fr', type: 'document' },
  {
    text: 'Steering Committee for the Hanoi Convention signing ceremony',
    entityId: 'committee',
    lang: 'en',
    type: 'organisation',
  },
  { text: 'UN', entityId: 'un', lang: 'en', type: 'organisation' },
];

const matcher = compileMatcher(SPECS);
/** Each mention as [entity, text, depth], with `*` after a short form. */
const find = (text: string) =>
  matcher
    .find(text)
    .map((m) => [`${m.entityId}${m.short ? '*' : ''}`, text.slice(m.start, m.end), m.depth]);

describe('nested mentions', () => {
  test.each([
    [
      "a person's title keeps the country inside it",
      'Vice President of Ecuador María José Pinto spoke.',
      [
        ['pinto', 'Vice President of Ecuador María José Pinto', 0],
        ['ecuador', 'Ecuador', 1],
      ],
    ],
    [
      "a title keeps the body inside it, a body's name its own words only",
      'Minister of Foreign Affairs Le Hoai Trung',
      [
        ['trung', 'Minister of Foreign Affairs Le Hoai Trung', 0],
        ['mofa', 'Foreign Affairs', 1],
      ],
    ],
    [
      'an event keeps the document, the document not its city',
      'the Hanoi Convention signing ceremony',
      [
        ['ceremony', 'Hanoi Convention signing ceremony', 0],
        ['convention', 'Hanoi Convention', 1],
      ],
    ],
    [
      "a body's name keeps the event it is named after, not the body inside",
      'the Steering Committee for the Hanoi Convention signing ceremony',
      [
        ['committee', 'Steering Committee for the Hanoi Convention signing ceremony', 0],
        ['ceremony', 'Hanoi Convention signing ceremony', 1],
        ['convention', 'Hanoi Convention', 2],
      ],
    ],
    [
      'the city inside the convention is not marked',
      'the Hanoi Convention',
      [['convention', 'Hanoi Convention', 0]],
    ],
    [
      'nor in German, hyphenated or inflected',
      'die Hanoi-Konvention und des Übereinkommens von Hanoi',
      [
        ['convention', 'Hanoi-Konvention', 0],
        ['convention', 'Übereinkommens von Hanoi', 0],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('names written in two parts', () => {
  test.each([
    [
      "a person's title right before the name",
      'wiceprezydent Ekwadoru Maria Jose Pinto',
      [
        ['pinto', 'wiceprezydent Ekwadoru Maria Jose Pinto', 0],
        ['ecuador', 'Ekwadoru', 1],
      ],
    ],
    [
      'not across a comma',
      'Maria Jose Pinto, wiceprezydent Ekwadoru',
      [
        ['pinto', 'Maria Jose Pinto', 0],
        ['pinto', 'wiceprezydent Ekwadoru', 0],
        ['ecuador', 'Ekwadoru', 1],
      ],
    ],
    [
      'a country before a name stays apart',
      'Ecuadors Vizepräsidentin María José Pinto',
      [
        ['ecuador', 'Ecuadors', 0],
        ['pinto', 'Vizepräsidentin María José Pinto', 0],
      ],
    ],
    [
      'an event and what it is about, with no word between',
      'ceremonia podpisania Konwencji z Hanoi',
      [
        ['ceremony', 'ceremonia podpisania Konwencji z Hanoi', 0],
        ['convention', 'Konwencji z Hanoi', 1],
      ],
    ],
    [
      'or the words of the language between',
      'la cérémonie de signature de la Convention de Hanoï',
      [
        ['ceremony', 'cérémonie de signature de la Convention de Hanoï', 0],
        ['convention', 'Convention de Hanoï', 1],
      ],
    ],
    [
      'or what it is on ("sur la", "sobre la", "over het", "über das", "بشأن")',
      'la cérémonie de signature sur la Convention de Hanoï',
      [
        ['ceremony', 'cérémonie de signature sur la Convention de Hanoï', 0],
        ['convention', 'Convention de Hanoï', 1],
      ],
    ],
    [
      'but not any words',
      'la cérémonie de signature et la Convention de Hanoï',
      [
        ['ceremony', 'cérémonie de signature', 0],
        ['convention', 'Convention de Hanoï', 0],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('excluded names and short forms', () => {
  test.each([
    [
      'a longer name of something else hides its inside',
      'the United Nations Office at Vienna and To Lam',
      [['to-lam', 'To Lam', 0]],
    ],
    ['a short form is found and marked as such', 'Pinto said', [['pinto*', 'Pinto', 0]]],
    [
      'the full name is not a short form',
      'María José Pinto and Pinto',
      [
        ['pinto', 'María José Pinto', 0],
        ['pinto*', 'Pinto', 0],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('spellings', () => {
  test.each([
    [
      'a long acronym written as a word',
      'Unodc and UNODC',
      [
        ['unodc', 'Unodc', 0],
        ['unodc', 'UNODC', 0],
      ],
    ],
    ['not in lower case, nor a short one', 'unodc, Un jour', []],
    [
      'an acronym as the first part of a compound names its body',
      'die Verlängerung der UN-Mission',
      [['un', 'UN', 0]],
    ],
    [
      'a compound that is an alias is found whole',
      'het VN-verdrag',
      [['convention', 'VN-verdrag', 0]],
    ],
    [
      "an inner word's German ending, in German text",
      'die Rolle der Vereinten Nationen',
      [['un', 'Vereinten Nationen', 0]],
    ],
    ['but not elsewhere', 'Vereinten Nationen are', []],
    ['German genitive of a name', 'Für To Lams Rede', [['to-lam', 'To Lams', 0]]],
    ['no genitive outside German text', 'To Lams are', []],
    [
      'a hyphen or a space alike',
      'de Hanoi-Conventie en het VN verdrag',
      [
        ['convention', 'Hanoi-Conventie', 0],
        ['convention', 'VN verdrag', 0],
      ],
    ],
    ['Arabic ta marbuta written ha', 'وقعت اتفاقيه هانوي', [['convention', 'اتفاقيه هانوي', 0]]],
    [
      'Arabic alif maqsura for ya, after a proclitic',
      'ووالى غادة والى',
      [['waly', 'غادة والى', 0]],
    ],
  ])('%s', (_, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  test('German endings -n and -s on a German alias', () => {
    const german = compileMatcher([
      { text: 'Vereinte Nationen', entityId: 'un', lang: 'de' },
      { text: 'Übereinkommen', entityId: 'c', lang: 'de' },
      { text: 'Lenkungsausschuss für die Zeremonie', entityId: 'l', lang: 'de' },
    ]);
    expect(german.find('des Lenkungsausschusses für die Zeremonie').map((m) => m.entityId)).toEqual(
      ['l'],
    );
    expect(german.find('des Übereinkommens der Vereinte Nationen').map((m) => m.entityId)).toEqual([
      'c',
      'un',
    ]);
  });

  test('an adjective in small letters takes the weak -n, a short word none', () => {
    const german = compileMatcher([
      { text: 'hochrangige Konferenz über Cyberkriminalität', entityId: 'k', lang: 'de' },
      { text: 'die Konferenz', entityId: 'd', lang: 'de' },
    ]);
    const ids = (text: string) => german.find(text).map((m) => m.entityId);
    expect(ids('zur hochrangigen Konferenz über Cyberkriminalität')).toEqual(['k']);
    expect(ids('zur Hochrangigen Konferenz über Cyberkriminalität')).toEqual(['k']);
    expect(ids('über dien Konferenz')).toEqual([]);
  });
});
