import { LANGS, type Lang } from '../dataset/types';
import { ORGANISATION_KIND, PLACE_KINDS } from '../lang/back-references';
import { demonymFields, demonymLines, polishAdjective } from '../lang/demonyms';
import { STATE_CODES } from '../lang/demonyms/codes';
import { regionForms } from '../lang/regions';
import { foldString } from './fold';
import { firstLink } from './head-short-forms';
import type { ShortForm } from './person-short-forms';
import type { AliasSpec } from './types';

const displayed = new Map<string, Map<string, string>>();
const byName = new Map<string, Map<string, string>>();

/** `lang`'s names of the sovereign states as the browser writes them, by code. */
function displayedStates(lang: string): Map<string, string> {
  let names = displayed.get(lang);
  if (names) return names;
  names = new Map();
  try {
    const display = new Intl.DisplayNames([lang], { type: 'region' });
    for (const code of STATE_CODES) {
      const name = display.of(code);
      if (name && name !== code) names.set(code, name);
    }
  } catch {
    // A runtime without the language's region names gives none.
  }
  displayed.set(lang, names);
  return names;
}

/** `lang`'s names of the sovereign states, folded, to their codes. */
function stateNames(lang: string): Map<string, string> {
  let names = byName.get(lang);
  if (names) return names;
  names = new Map();
  for (const [code, name] of displayedStates(lang)) names.set(foldString(name).trim(), code);
  byName.set(lang, names);
  return names;
}

/** The pack's places that are sovereign states, by the state's code. */
export function packStates(specs: readonly AliasSpec[]): Map<string, string> {
  const places = new Map<string, AliasSpec[]>();
  for (const spec of specs) {
    if (spec.type !== 'place' || spec.short || spec.part || spec.exclude) continue;
    places.set(spec.entityId, [...(places.get(spec.entityId) ?? []), spec]);
  }
  const states = new Map<string, string>();
  for (const [id, names] of places) {
    const code = stateOf(names);
    if (code) states.set(code, id);
  }
  return states;
}

/** The sovereign state a place's names name ("Vietnam", "Việt Nam"), by its code, or undefined. */
export function stateOf(names: readonly AliasSpec[]): string | undefined {
  for (const { text, lang } of names) {
    const code = stateNames(lang).get(foldString(text).trim());
    if (code) return code;
  }
  return undefined;
}

/**
 * The names of the states a pack has no place for, in the eight languages, in small letters with
 * their marks ("bỉ", Belgium, is not "bị"), one a line, then after an empty line their
 * adjectives: a place's kind word after one of them is that state's ("Russia pushed for the
 * treaty, and the country ...", "the Saudi minister said his country", kind-words.ts).
 */
export function otherStates(specs: readonly AliasSpec[]): string {
  const own = packStates(specs);
  const found = new Set<string>();
  for (const lang of LANGS) {
    for (const [code, name] of displayedStates(lang)) {
      if (!own.has(code)) found.add(name.normalize('NFC').toLowerCase());
    }
  }
  // Their adjectives too: "Japanese", "chinois", "japonés", "japanische", "japoński", "السعودي".
  const adjectives = new Set<string>();
  for (const lang of LANGS) {
    for (const [code, fields] of demonymLines(lang)) {
      if (own.has(code)) continue;
      for (const form of adjectiveForms(lang, fields))
        adjectives.add(form.normalize('NFC').toLowerCase());
    }
  }
  // German papers' own states: "Sachsen ... das Land".
  for (const state of GERMAN_STATES) found.add(state).add(`${state}s`);
  return `${[...found].sort().join('\n')}\n\n${[...adjectives].sort().join('\n')}`;
}

const GERMAN_ENDINGS = ['e', 'en', 'er', 'es', 'em'];
const GERMAN_STATES = [
  'bayern',
  'sachsen',
  'hessen',
  'thüringen',
  'brandenburg',
  'saarland',
  'niedersachsen',
  'mecklenburg-vorpommern',
];
const POLISH_ENDINGS = ['a', 'ą', 'e', 'ego', 'ej', 'emu', 'im', 'ich', 'imi'];

/** A state's adjectives in a language, in the forms they take before a noun, from its demonyms. */
function adjectiveForms(lang: Lang, fields: readonly string[]): string[] {
  const words = (list: readonly (string | undefined)[]) =>
    list.filter((word): word is string => !!word && word !== '-');
  switch (lang) {
    case 'en':
      return words([fields[0]]);
    case 'fr':
    case 'es':
      return words([fields[0], fields[1]]).flatMap((word) => [word, `${word}s`]);
    case 'de':
      return words([fields[2]]).flatMap((stem) => GERMAN_ENDINGS.map((ending) => stem + ending));
    case 'nl':
      return words([fields[2]]);
    case 'pl': {
      const adjective = words([fields[12]])[0];
      if (!adjective) return [];
      const stem = adjective.slice(0, -1);
      // The plural of persons: "chiński" "chińscy", "niemiecki" "niemieccy".
      const persons = adjective.replace(/ski$/u, 'scy').replace(/cki$/u, 'ccy');
      return [adjective, persons, ...POLISH_ENDINGS.map((ending) => stem + ending)];
    }
    case 'ar':
      return words([fields[0]]).flatMap((nisba) =>
        [nisba, `${nisba}ة`, `${nisba}ون`, `${nisba}ين`].flatMap((form) => [form, `ال${form}`]),
      );
    default:
      return [];
  }
}

/**
 * How the press describes a state by its regions once it has named it, in every language: "the
 * Southeast Asian country", "el país asiático", "das südamerikanische Land" (lib/lang/regions.ts).
 */
export function stateRegionForms(names: readonly AliasSpec[]): ShortForm[] {
  const code = stateOf(names);
  if (!code) return [];
  return LANGS.flatMap((lang: Lang) =>
    [...regionForms(code, lang), ...sideForms(code, lang)].map((text) => ({ text, lang })),
  );
}

/**
 * A state as a party to talks, by its adjective, as diplomatic reports write it once the state
 * is named: "la partie vietnamienne", "de Vietnamese kant", "po stronie wietnamskiej", "الجانب
 * الفيتنامي". Not in English, where "the Vietnamese side" is as often a team, nor in German,
 * where "die vietnamesische Seite" is as often a web page, nor Polish "strona" alone.
 */
function sideForms(code: string, lang: Lang): string[] {
  const fields = demonymFields(lang, code);
  if (!fields) return [];
  switch (lang) {
    case 'fr':
      return fields[1] === '-' ? [] : [`la partie ${fields[1]}`];
    case 'es':
      return fields[1] === '-' ? [] : [`la parte ${fields[1]}`];
    case 'nl':
      return fields[2] === '-' ? [] : [`de ${fields[2]} kant`, `de ${fields[2]} zijde`];
    case 'pl': {
      // "Po stronie wietnamskiej" (on the Vietnamese side); "strona" alone is as often a page.
      const adjective = fields[12];
      return !adjective || adjective === '-'
        ? []
        : [`po stronie ${polishAdjective(adjective).fGen}`];
    }
    case 'ar':
      return fields[0] === '-' ? [] : [`الجانب ال${fields[0]}`];
    default:
      return [];
  }
}

/** The word for a capital city in each language, as a capital's names hold it. */
const CAPITAL_WORDS: Record<Lang, string> = {
  en: 'capital',
  fr: 'capitale',
  es: 'capital',
  de: 'hauptstadt',
  nl: 'hoofdstad',
  pl: 'stolica',
  vi: 'thủ đô',
  ar: 'العاصمة',
};

/**
 * "its capital" in each language, as the press points back at a country's capital once named;
 * not in English and Spanish, where it is as often money ("the bank raised its capital").
 */
const POSSESSIVE_CAPITALS: Partial<Record<Lang, readonly string[]>> = {
  fr: ['sa capitale'],
  de: ['seine Hauptstadt', 'seiner Hauptstadt', 'ihre Hauptstadt', 'ihrer Hauptstadt'],
  nl: ['zijn hoofdstad', 'haar hoofdstad'],
  pl: ['jego stolica', 'jego stolicy', 'jego stolicę', 'swojej stolicy', 'swoją stolicę'],
  ar: ['عاصمتها'],
};

/**
 * A capital, known by a name of its that holds the language's word for one ("Hauptstadt
 * Vietnams", "capitale vietnamienne"), is "its capital" once named: "seiner Hauptstadt", "zijn
 * hoofdstad", "sa capitale". Not "the capital": a page that names Hanoi goes on to the capital
 * it is written in ("des renforts policiers dans la capitale"), a city it names after ("Quito
 * ... en la capital") or an economic capital ("la capitale économique, Hô Chi Minh-Ville").
 */
export function capitalForms(names: readonly AliasSpec[]): ShortForm[] {
  if (!isCapital(names)) return [];
  return LANGS.flatMap((lang: Lang) =>
    (POSSESSIVE_CAPITALS[lang] ?? []).map((text) => ({ text, lang })),
  );
}

/** Whether a name of the place holds the language's word for a capital ("capitale du Vietnam"). */
function isCapital(names: readonly AliasSpec[]): boolean {
  return names.some(({ text, lang }) => {
    const word = CAPITAL_WORDS[lang as Lang];
    return !!word && ` ${foldString(text).trim()} `.includes(` ${foldString(word).trim()} `);
  });
}

/**
 * A body named an organisation, by what it is once named (ORGANISATION_KIND): "the
 * organisation", "die Weltorganisation", "المنظمة الدولية".
 */
export function organisationForms(names: readonly AliasSpec[]): ShortForm[] {
  const heads = ORGANISATION_KIND.heads.map((head) => foldString(head).trim());
  // Before the name's first link: "Office of the United Nations Organization" is an office.
  const named = names.some(({ text, lang }) => {
    const folded = ` ${foldString(text).trim()} `;
    const link = LANGS.includes(lang as Lang) ? firstLink(folded.trim(), lang as Lang) : -1;
    const head = link < 0 ? folded : `${folded.slice(0, link + 1)}`;
    return heads.some((word) => head.includes(` ${word} `));
  });
  if (!named) return [];
  return LANGS.flatMap((lang: Lang) =>
    ORGANISATION_KIND.forms[lang].map((text) => ({ text, lang, kind: true })),
  );
}

/**
 * A place by what it is, once named (PLACE_KINDS): a state's "the country", "le pays"; a
 * capital's "the capital", "the city".
 */
export function kindForms(names: readonly AliasSpec[]): ShortForm[] {
  const kinds = [
    ...(stateOf(names) ? (['country'] as const) : []),
    ...(isCapital(names) ? (['capital', 'city'] as const) : []),
  ];
  return kinds.flatMap((kind) =>
    LANGS.flatMap((lang: Lang) =>
      PLACE_KINDS[kind][lang].map((text) => ({ text, lang, kind: true })),
    ),
  );
}
