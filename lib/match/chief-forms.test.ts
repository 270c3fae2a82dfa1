import { describe, expect, test } from 'vitest';
import { chiefForms } from './chief-forms';

// The bodies of the packs, by their acronyms.
const BODIES = new Set(['UNODC', 'WHO', 'UN', 'ONU', 'VN']);
const texts = (title: string, lang: string) =>
  chiefForms([{ title, lang }], (acronym) => BODIES.has(acronym))
    .filter((f) => f.lang === lang)
    .map((f) => f.text);

describe("a body's chief by its acronym, from the title the person's names write", () => {
  test.each([
    ['UNODC Executive Director', 'en', ['UNODC chief']],
    ['WHO Director-General', 'en', ['WHO chief']],
    [
      'UN-Generalsekretär',
      'de',
      // The UN's chief by its name written out too.
      ['UN-Chef', 'UN-Chefin', 'Chef der Vereinten Nationen', 'Chefin der Vereinten Nationen'],
    ],
    [
      "secrétaire général de l'ONU",
      'fr',
      // One capital: found as "l'ONU" and as "l'Onu".
      [
        "chef de l'Onu",
        "patron de l'Onu",
        "patronne de l'Onu",
        'patron des Nations unies',
        'patronne des Nations unies',
        'chef des Nations unies',
      ],
    ],
    [
      'directora ejecutiva de la UNODC',
      'es',
      [
        'jefe de la UNODC',
        'jefe del UNODC',
        'jefa de la UNODC',
        'jefa del UNODC',
        'titular de la UNODC',
        'titular del UNODC',
      ],
    ],
    [
      'secretaris-generaal van de VN',
      'nl',
      [
        'VN-chef',
        'VN-topman',
        'VN-topvrouw',
        'topman van de Verenigde Naties',
        'topvrouw van de Verenigde Naties',
      ],
    ],
  ])('%s (%s)', (title, lang, expected) => {
    expect(texts(title, lang)).toEqual(expected);
  });

  test.each([
    // A deputy's title, or a title that heads nothing, makes no chief.
    ['UN Under-Secretary-General', 'en'],
    ['UN Deputy Secretary-General', 'en'],
    ['Minister of Public Security', 'en'],
    // No acronym: the body is not named short; a state's is no body's of the packs.
    ['Secretary-General of the United Nations', 'en'],
    ['US President', 'en'],
    // Languages without the word.
    ['الأمين العام للأمم المتحدة', 'ar'],
  ])('none for %s (%s)', (title, lang) => {
    expect(texts(title, lang)).toEqual([]);
  });
});

test("the UN's chief is named so in every language, a Vietnamese page's too", () => {
  const forms = chiefForms([{ title: 'UN Secretary-General', lang: 'en' }], (a) => BODIES.has(a));
  expect(forms).toContainEqual({ text: 'người đứng đầu LHQ', lang: 'vi', office: true });
  // Not another body's chief.
  const unodc = chiefForms([{ title: 'UNODC Executive Director', lang: 'en' }], (a) =>
    BODIES.has(a),
  );
  expect(unodc.map((f) => f.text)).toEqual(['UNODC chief']);
});
