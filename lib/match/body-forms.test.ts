import { describe, expect, test } from 'vitest';
import { withBodyForms } from './body-forms';
import type { AliasSpec } from './types';

const body = (text: string, lang: string, extra: Partial<AliasSpec> = {}): AliasSpec => ({
  text,
  entityId: 'office',
  lang,
  type: 'organisation',
  ...extra,
});
const added = (specs: AliasSpec[]) =>
  withBodyForms(specs)
    .slice(specs.length)
    .map((s) => s.text);

describe('a name written with the UN another way', () => {
  test.each([
    [
      body('Bureau des affaires juridiques des Nations unies', 'fr'),
      [
        "Bureau des affaires juridiques de l'ONU",
        "Bureau des affaires juridiques de l'Organisation des Nations unies",
        // Without the UN's name, a short form once the body is named.
        'Bureau des affaires juridiques',
      ],
    ],
    [
      body('Bureau Juridische Zaken van de Verenigde Naties', 'nl'),
      ['Bureau Juridische Zaken van de VN', 'Bureau Juridische Zaken'],
    ],
    [
      body('UN Office on Drugs and Crime', 'en'),
      [
        'U.N. Office on Drugs and Crime',
        "UN's Office on Drugs and Crime",
        "U.N.'s Office on Drugs and Crime",
        'United Nations Office on Drugs and Crime',
        "United Nations' Office on Drugs and Crime",
        'Office on Drugs and Crime',
      ],
    ],
    // The UN inside a body's name, before what it does, is written each other way there too;
    // Spanish also leaves out its article there.
    [
      body('Oficina de las Naciones Unidas contra la Droga y el Delito', 'es'),
      [
        'Oficina de la ONU contra la Droga y el Delito',
        'Oficina de la Organización de las Naciones Unidas contra la Droga y el Delito',
        'Oficina de las Naciones Unidas (ONU) contra la Droga y el Delito',
        'Oficina de Naciones Unidas contra la Droga y el Delito',
      ],
    ],
    [
      body('Văn phòng Liên hợp quốc về Ma túy và Tội phạm', 'vi'),
      [
        'Văn phòng của Liên hợp quốc về Ma túy và Tội phạm',
        'Văn phòng LHQ về Ma túy và Tội phạm',
        'Văn phòng của LHQ về Ma túy và Tội phạm',
        'Văn phòng Liên hiệp quốc về Ma túy và Tội phạm',
        'Văn phòng của Liên hiệp quốc về Ma túy và Tội phạm',
      ],
    ],
    // The longest ending is the one swapped, and a hyphen joins one-word forms only.
    [
      body('Biuro Prawne Organizacji Narodów Zjednoczonych', 'pl'),
      ['Biuro Prawne ONZ', 'Biuro Prawne Narodów Zjednoczonych'],
    ],
    // A form written with other capitals than one that folds alike is added too: a page's
    // capitals must fit ("die Uno-Konferenz"). So is one after a word, in a compound.
    [body('UN-Konferenz', 'de'), ['UNO-Konferenz', 'Uno-Konferenz']],
    [
      body('hochrangige UN-Konferenz über Cyberkriminalität', 'de'),
      [
        'hochrangige UNO-Konferenz über Cyberkriminalität',
        'hochrangige Uno-Konferenz über Cyberkriminalität',
      ],
    ],
    // A document named by its head word and the UN alone is named with the UN first too.
    [
      body('Handvest van de Verenigde Naties', 'nl', { type: 'document' }),
      ['Handvest van de VN', 'VN-Handvest'],
    ],
    // Not one whose name says more, nor a body; but German and Dutch join the UN to a head word
    // of one word, the rest in small letters.
    [
      body('Verdrag van de Verenigde Naties tegen cybercriminaliteit', 'nl', { type: 'document' }),
      ['VN-verdrag tegen cybercriminaliteit'],
    ],
    [
      body('Bureau van de Verenigde Naties voor Drugs en Misdaad', 'nl'),
      ['Bureau van de VN voor Drugs en Misdaad', 'VN-bureau voor drugs en misdaad'],
    ],
    // A name that says too little without the UN's keeps it.
    [body('Bureau van de Verenigde Naties', 'nl'), ['Bureau van de VN']],
  ])('%o', (spec, forms) => {
    expect(added([spec])).toEqual(forms);
  });

  test("a body's name without the UN is generic, an event's a short form", () => {
    const [bare] = withBodyForms([body('Văn phòng Pháp lý Liên hợp quốc', 'vi')]).filter(
      (spec) => spec.generic,
    );
    expect(bare).toMatchObject({ text: 'Văn phòng Pháp lý', generic: true });
    expect(bare.short).toBeUndefined();
    const event = body('UN High-level Conference on Cybercrime', 'en', { type: 'event' });
    const [short] = withBodyForms([event]).filter((spec) => spec.short);
    expect(short).toMatchObject({ text: 'High-level Conference on Cybercrime', short: true });
  });

  test('writes "of the UN" in the lowest case the press uses, so either case matches', () => {
    const [own] = withBodyForms([body('Bureau des affaires juridiques des Nations Unies', 'fr')]);
    expect(own.text).toBe('Bureau des affaires juridiques des Nations unies');
  });

  test('keeps what the name is: generic, excluded', () => {
    const [form] = withBodyForms([body('UN Office at Vienna', 'en', { exclude: true })]).slice(1);
    expect(form).toMatchObject({
      text: 'U.N. Office at Vienna',
      exclude: true,
      entityId: 'office',
    });
  });

  test.each([
    ['a person', body('UN Secretary-General António Guterres', 'en', { type: 'person' })],
    ['a short form', body('UN Office', 'en', { short: true })],
    ['a pattern part', body("UN's new", 'en', { part: 'lead' })],
    ['Arabic', body('مكتب الشؤون القانونية للأمم المتحدة', 'ar')],
    ['no UN in it', body('Ministry of Public Security', 'en')],
  ])('adds nothing for %s', (_what, spec) => {
    expect(added([spec])).toEqual([]);
  });

  test("the UN's own names are not bodies of it, nor a form another name has", () => {
    const un = (text: string) => body(text, 'fr', { entityId: 'un' });
    expect(added([un('ONU'), un('Organisation des Nations unies')])).toEqual([]);
    const other = body("Bureau de l'ONU", 'fr', { entityId: 'other' });
    expect(added([other, body('Bureau des Nations unies', 'fr')])).not.toContain("Bureau de l'ONU");
  });
});
