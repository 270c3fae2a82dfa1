import type { Lang } from '../dataset/types';
import { demonymFields } from '../lang/demonyms';
import { PERSON_NOUNS } from '../lang/person-nouns';
import type { ShortForm } from './person-short-forms';

const ELIDES = /^[aeiouyhâàéèêëîïôöûüœ]/iu;

/** The masculine and feminine of a person noun entry ("dirigeant|dirigeante", "diplomate"). */
function genders(entry: string): [string, string] {
  const [m, f = m] = entry.split('|');
  return [m, f];
}

/**
 * Each word for a person in `lang`, masculine and feminine, placed beside the demonym by `place`;
 * none where the table has no demonym (`-`).
 */
function withNouns(
  lang: Lang,
  demonym: string,
  place: (noun: string, feminine: boolean) => string[],
): string[] {
  if (demonym === '-') return [];
  return (PERSON_NOUNS[lang] ?? []).flatMap((entry) => {
    const [m, f] = genders(entry);
    return [...place(m, false), ...place(f, true)];
  });
}

/** A demonym given in both genders, or "-". */
const both = (m: string, f: string) => (m === '-' || f === '-' ? '-' : m);

const english = ([adjective, noun]: string[]): string[] => [
  // "The Portuguese" is the people as often as one of them; "the Pole", "the Briton" are one.
  ...(noun !== '-' && noun !== adjective ? [`the ${noun}`] : []),
  ...withNouns('en', adjective, (person) => [
    person.includes('*') ? person.replace('*', adjective) : `${adjective} ${person}`,
  ]),
];

const french = ([m, f]: string[]): string[] => {
  const noun = (word: string, article: string) =>
    ELIDES.test(word) ? `l'${capital(word)}` : `${article} ${capital(word)}`;
  return [
    ...(m !== '-' ? [noun(m, 'le')] : []),
    ...(f !== '-' ? [noun(f, 'la')] : []),
    ...withNouns('fr', both(m, f), (person, feminine) => [`${person} ${feminine ? f : m}`]),
  ];
};

const spanish = ([m, f]: string[]): string[] => [
  ...(m !== '-' ? [`el ${m}`] : []),
  ...(f !== '-' ? [`la ${f}`] : []),
  ...withNouns('es', both(m, f), (person, feminine) => [`${person} ${feminine ? f : m}`]),
];

/**
 * German: the noun with the article in each case, weak (-e: "des Portugiesen") or strong ("des
 * Ägypters"); a noun declined as an adjective ("der Deutsche") reads as a name's first word
 * ("die Deutsche Bank") and is left out. The adjective takes -e, -en or -er before a person noun.
 */
const german = ([m, f, stem]: string[]): string[] => {
  const forms: string[] = [];
  const adjectival = stem !== '-' && m === `${capital(stem)}er`;
  if (m !== '-' && !adjectival) {
    const other = m.endsWith('e') ? `${m}n` : m;
    forms.push(`der ${m}`, `des ${m.endsWith('e') ? other : `${m}s`}`, `dem ${other}`);
    forms.push(`den ${other}`);
  }
  if (f !== '-' && !adjectival) forms.push(`die ${f}`, `der ${f}`);
  forms.push(
    ...withNouns('de', stem, (person, feminine) => {
      const [base, weak] = person.split('+');
      if (feminine) return [`${stem}e ${base}`, `${stem}en ${base}`];
      const other = weak ? `${base}${weak}` : base;
      return [`${stem}e ${base}`, `${stem}er ${base}`, `${stem}en ${other}`];
    }),
  );
  return forms;
};

/** Dutch: the feminine noun that is the adjective too ("de Portugese regering") is left out. */
const dutch = ([m, f, adjective]: string[]): string[] => [
  ...(m !== '-' ? [`de ${m}`] : []),
  ...(f !== '-' && f !== adjective ? [`de ${f}`] : []),
  ...withNouns('nl', adjective, (person) => [`${adjective} ${person}`]),
];

/** The masculine and feminine nominative and genitive of a Polish adjective in -i or -y. */
function polishAdjective(adjective: string): [string, string, string, string] {
  const stem = adjective.slice(0, -1);
  const i = adjective.endsWith('i') ? 'i' : '';
  return [adjective, `${stem}${i}ego`, `${stem}a`, `${stem}${i}ej`];
}

/** Polish: the noun in each case, and the adjective before a person noun (nominative, genitive). */
const polish = (fields: string[]): string[] => {
  const nouns = fields.slice(0, 12).filter((form) => form !== '-');
  const [mNom, mGen, fNom, fGen] = polishAdjective(fields[12]);
  return [
    ...nouns,
    ...withNouns('pl', fields[12], (person, feminine) => {
      const [nom, gen] = person.split('/');
      return feminine ? [`${fNom} ${nom}`, `${fGen} ${gen}`] : [`${mNom} ${nom}`, `${mGen} ${gen}`];
    }),
  ];
};

/**
 * Arabic: the nisba only after a person noun ("الدبلوماسي البرتغالي"): alone, with the article,
 * it is any noun's adjective ("الحكومة المصرية").
 */
const arabic = ([nisba]: string[]): string[] =>
  withNouns('ar', nisba, (person, feminine) => [`${person} ال${nisba}${feminine ? 'ة' : ''}`]);

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const FORMS: Partial<Record<Lang, (fields: string[]) => string[]>> = {
  en: english,
  fr: french,
  es: spanish,
  de: german,
  nl: dutch,
  pl: polish,
  ar: arabic,
};

/**
 * The words the press points back at a person of `country` with, once the person is named:
 * "der Portugiese", "Egipcjanka", "la funcionaria egipcia", "the Egyptian diplomat". Vietnamese
 * writes the country's name ("người Bồ Đào Nha"), not a word of its own, and has none.
 */
export function demonymShortForms(country: string): ShortForm[] {
  const forms: ShortForm[] = [];
  for (const [lang, make] of Object.entries(FORMS) as [Lang, (fields: string[]) => string[]][]) {
    const fields = demonymFields(lang, country);
    if (!fields) continue;
    for (const text of new Set(make(fields))) forms.push({ text, lang, office: true });
  }
  return forms;
}
