import type { Lang } from '../dataset/types';
import { demonymFields, polishAdjective } from '../lang/demonyms';
import { PERSON_NOUNS } from '../lang/person-nouns';
import type { ShortForm } from './person-short-forms';

// French elides the article before a vowel and a mute h ("l'Égyptienne", "l'Haïtien"), not before
// an aspirated h or a y ("le Hongrois", "le Yéménite").
const ELIDES = /^(?:[aeiouâàéèêëîïôöûüœ]|ha[iï]t)/iu;

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

// Every form has the definite article, or in Polish and Arabic what stands for it: the press
// points back at the one it has named ("the Egyptian official said"), while "an Egyptian official"
// or a plural ("ägyptische Politiker") is anyone.

const english = ([adjective, noun]: string[]): string[] => [
  // "The Portuguese" is the people as often as one of them; "the Pole", "the Briton" are one.
  ...(noun !== '-' && noun !== adjective ? [`the ${noun}`] : []),
  ...withNouns('en', adjective, (person) => [`the ${adjective} ${person}`]),
];

/** French: "le Portugais", "la Portugaise"; "le diplomate portugais", also after "du" and "au". */
const french = ([m, f]: string[]): string[] => {
  const noun = (word: string, article: string) =>
    ELIDES.test(word) ? `l'${capital(word)}` : `${article} ${capital(word)}`;
  const before = (person: string, feminine: boolean) => {
    if (ELIDES.test(person)) return [`l'${person}`];
    return feminine ? [`la ${person}`] : [`le ${person}`, `du ${person}`, `au ${person}`];
  };
  return [
    ...(m !== '-' ? [noun(m, 'le')] : []),
    ...(f !== '-' ? [noun(f, 'la')] : []),
    ...withNouns('fr', both(m, f), (person, feminine) =>
      before(person, feminine).map((lead) => `${lead} ${feminine ? f : m}`),
    ),
  ];
};

/**
 * Spanish: the demonym beside a word for a person ("el diplomático portugués", "del", "al");
 * alone with its article it is as often the language or the country ("el portugués", "la India").
 */
const spanish = ([m, f]: string[]): string[] =>
  withNouns('es', both(m, f), (person, feminine) =>
    feminine
      ? [`la ${person} ${f}`]
      : [`el ${person} ${m}`, `del ${person} ${m}`, `al ${person} ${m}`],
  );

// German nouns of a people declined weak without an -e: "des Ungarn", "des Jemeniten".
const GERMAN_WEAK = /(?:e|it|ot)$|^Ungar$/u;

/**
 * German: the noun with the article in the singular cases that are no plural, weak ("des
 * Portugiesen") or strong ("des Ägypters"); a noun declined as an adjective ("der Deutsche")
 * reads as a name's first word ("die Deutsche Bank") and is left out, and so is "den
 * Portugiesen", also the plural's dative. The adjective with its article before a person noun.
 */
const german = ([m, f, stem]: string[]): string[] => {
  const forms: string[] = [];
  const adjectival = stem !== '-' && m === `${capital(stem)}er`;
  if (m !== '-' && !adjectival) {
    const weak = GERMAN_WEAK.test(m);
    const other = weak ? `${m}${/(?:e|ar)$/u.test(m) ? 'n' : 'en'}` : m;
    forms.push(`der ${m}`, `des ${weak ? other : `${m}s`}`, `dem ${other}`);
    if (!weak) forms.push(`den ${m}`);
  }
  if (f !== '-' && !adjectival) forms.push(`die ${f}`, `der ${f}`);
  forms.push(
    ...withNouns('de', stem, (person, feminine) => {
      const [base, weak] = person.split('+');
      if (feminine) return [`die ${stem}e ${base}`, `der ${stem}en ${base}`];
      const other = weak ? `${base}${weak}` : base;
      const genitive = `${other}${weak ? '' : 's'}`;
      return [`der ${stem}e ${base}`, `des ${stem}en ${genitive}`, `dem ${stem}en ${other}`];
    }),
  );
  return forms;
};

/** Dutch: the feminine noun that is the adjective too ("de Portugese regering") is left out. */
const dutch = ([m, f, adjective]: string[]): string[] => [
  ...(m !== '-' ? [`de ${m}`] : []),
  ...(f !== '-' && f !== adjective ? [`de ${f}`] : []),
  ...withNouns('nl', adjective, (person) => [`de ${adjective} ${person}`]),
];

// Polish nouns of a people that are also the country's name in the genitive: "Ambasador Niemiec"
// is Germany's ambassador, "premier Włoch" Italy's prime minister.
const POLISH_COUNTRY_GENITIVES = new Set(['Niemiec', 'Włoch', 'Czech', 'Węgier']);

/** Polish: the noun in each case, and the adjective before a person noun (nominative, genitive). */
const polish = (fields: string[]): string[] => {
  const nouns = fields
    .slice(0, 12)
    .filter((form) => form !== '-' && !POLISH_COUNTRY_GENITIVES.has(form));
  const { mNom, mGen, fNom, fGen } = polishAdjective(fields[12]);
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
 * writes the country's name ("người Bồ Đào Nha"), not a word of its own, and has none. Both
 * genders: a pack does not say a person's.
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
