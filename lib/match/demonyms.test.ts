import { describe, expect, test } from 'vitest';
import { bundledFinder } from '@/tests/unit/bundled-specs';
import { demonymShortForms } from './demonyms';
import { withShortForms } from './short-form-rules';
import type { AliasSpec } from './types';

const found = bundledFinder();

const texts = (country: string, lang: string) =>
  demonymShortForms(country)
    .filter((form) => form.lang === lang)
    .map((form) => form.text);

describe('a demonym points back at a person of that country', () => {
  test.each<[string, string, string[], string[]]>([
    // The noun with its article in each case; weak and strong German nouns.
    ['PT', 'de', ['der Portugiese', 'des Portugiesen', 'dem Portugiesen', 'die Portugiesin'], []],
    ['EG', 'de', ['der Ägypter', 'des Ägypters', 'die Ägypterin', 'die ägyptische Diplomatin'], []],
    // Weak without an -e; "den Portugiesen" is also the plural's dative.
    ['HU', 'de', ['der Ungar', 'des Ungarn', 'dem Ungarn'], ['des Ungars', 'den Ungarn']],
    [
      'PT',
      'de',
      ['des portugiesischen Diplomaten'],
      ['den Portugiesen', 'portugiesischer Diplomat'],
    ],
    // A noun declined as an adjective begins names too ("die Deutsche Bank").
    ['DE', 'de', ['der deutsche Diplomat'], ['der Deutsche', 'die Deutsche']],
    // Polish: the noun in its cases, the adjective before a person noun.
    ['EG', 'pl', ['Egipcjanka', 'Egipcjance', 'Egipcjaninem', 'egipska dyplomatka'], []],
    ['PT', 'pl', ['Portugalczyk', 'portugalskiego dyplomaty'], []],
    // "Niemiec" is also Germany's name in the genitive ("Ambasador Niemiec").
    ['DE', 'pl', ['Niemca', 'Niemka'], ['Niemiec']],
    [
      'PT',
      'fr',
      ['le Portugais', 'la Portugaise', 'le diplomate portugais', 'du diplomate portugais'],
      [],
    ],
    ['EG', 'fr', ["l'Égyptienne", 'la dirigeante égyptienne'], []],
    // An aspirated h and a y take the article whole.
    ['HU', 'fr', ['le Hongrois', 'la Hongroise'], ["l'Hongrois"]],
    ['YE', 'fr', ['le Yéménite'], ["l'Yéménite"]],
    // Spanish only beside a word for a person: "el portugués" is the language as often.
    ['EC', 'es', ['la funcionaria ecuatoriana', 'del funcionario ecuatoriano'], ['la ecuatoriana']],
    ['PT', 'es', ['el diplomático portugués'], ['el portugués']],
    // "The Portuguese" are the people as often as one of them; "the Pole" is one. An office,
    // held now or before, is someone else's as often.
    [
      'PT',
      'en',
      ['the Portuguese diplomat'],
      ['the Portuguese', 'Portuguese diplomat', 'former Portuguese prime minister'],
    ],
    ['PL', 'en', ['the Pole', 'the Polish official'], []],
    // The Dutch feminine that is the adjective too ("de Portugese regering") is left out.
    ['PT', 'nl', ['de Portugees', 'de Portugese diplomaat'], ['de Portugese']],
    ['EG', 'nl', ['de Egyptenaar', 'de Egyptische diplomate'], ['de Egyptische']],
    // Arabic only after a person noun: alone it is any noun's adjective.
    ['EG', 'ar', ['المسؤولة المصرية', 'الدبلوماسي المصري'], ['المصري', 'المصرية']],
  ])('%s in %s', (country, lang, given, left) => {
    const forms = texts(country, lang);
    for (const form of given) expect(forms).toContain(form);
    for (const form of left) expect(forms).not.toContain(form);
  });

  test('a language without a word of its own, or a country not in the table, gives none', () => {
    expect(texts('PT', 'vi')).toEqual([]);
    expect(demonymShortForms('QQ')).toEqual([]);
    // No form is made of a field the table leaves empty.
    const all = ['KN', 'LC', 'AE', 'VA', 'KI'].flatMap((c) => demonymShortForms(c));
    expect(all.filter((f) => /(?:^|\s|ال)-(?:\s|$)|\s-\S/u.test(f.text))).toEqual([]);
  });

  const person = (entityId: string, text: string, country: string): AliasSpec => ({
    text,
    entityId,
    lang: 'en',
    type: 'person',
    country,
  });

  test('only a pack’s one person of a country gets its demonym', () => {
    const specs = withShortForms([
      person('ana', 'Ana Sousa', 'PT'),
      person('le', 'Le Van Tam', 'VN'),
      person('tran', 'Tran Thi Mai', 'VN'),
    ]);
    const demonym = (id: string, text: string) =>
      specs.some((s) => s.entityId === id && s.text === text && s.short && s.office);
    expect(demonym('ana', 'der Portugiese')).toBe(true);
    expect(demonym('le', 'der Vietnamese')).toBe(false);
    expect(demonym('tran', 'die Vietnamesin')).toBe(false);
  });
});

describe('demonyms on a page of the bundled story', () => {
  test.each<[string, string, string[], string[]]>([
    [
      'de',
      'UN-Generalsekretär António Guterres sprach in Hanoi. Der Portugiese mahnte zur Eile.',
      ['antonio-guterres: Der Portugiese'],
      [],
    ],
    [
      'pl',
      'Głos zabrała Ghada Waly, szefowa UNODC. Egipcjanka przekonywała, że konwencja jest potrzebna.',
      ['ghada-waly: Egipcjanka'],
      [],
    ],
    [
      'es',
      'Intervino María José Pinto. La funcionaria ecuatoriana pidió más cooperación.',
      ['maria-jose-pinto: La funcionaria ecuatoriana'],
      [],
    ],
    [
      'fr',
      "António Guterres a ouvert la séance. Le diplomate portugais a salué l'accord.",
      ['antonio-guterres: Le diplomate portugais'],
      [],
    ],
    // Anyone of the country, or several: not the one named.
    [
      'en',
      'Ghada Waly spoke. An Egyptian official said later that the former Egyptian prime minister agreed.',
      [],
      ['ghada-waly: Egyptian official', 'ghada-waly: former Egyptian prime minister'],
    ],
    [
      'de',
      'Ghada Waly sprach. Ägyptische Politiker kritisierten, die EU gab den Portugiesen mehr Zeit.',
      [],
      ['ghada-waly: Ägyptische Politiker', 'antonio-guterres: den Portugiesen'],
    ],
    [
      'es',
      'António Guterres habló. El portugués es la lengua oficial.',
      [],
      ['antonio-guterres: El portugués'],
    ],
    [
      'ar',
      'تحدثت غادة والي في الجلسة. وقالت المسؤولة المصرية إن الاتفاقية مهمة.',
      ['ghada-waly: المسؤولة المصرية'],
      [],
    ],
    // Before the person is named it may be anyone of that country.
    [
      'de',
      'Der Portugiese kam spät. Später sprach António Guterres.',
      [],
      ['antonio-guterres: Der Portugiese'],
    ],
    // Followed by another person's name, it is that person's.
    [
      'de',
      'António Guterres sprach. Der Portugiese Cristiano Ronaldo war nicht dabei.',
      [],
      ['antonio-guterres: Der Portugiese'],
    ],
    // A country's adjective before another noun is no person.
    [
      'nl',
      'António Guterres sprak. De Portugese regering tekende ook.',
      [],
      ['antonio-guterres: De Portugese'],
    ],
    // Nine people of the story are Vietnamese: the demonym is none of them.
    [
      'de',
      'Staatspräsident Luong Cuong eröffnete die Zeremonie. Der Vietnamese lobte das Abkommen.',
      [],
      ['luong-cuong: Der Vietnamese'],
    ],
  ])('%s: %s', (_lang, text, marked, unmarked) => {
    const mentions = found(text);
    for (const m of marked) expect(mentions).toContain(m);
    for (const m of unmarked) expect(mentions).not.toContain(m);
  });
});
