import type { Lang } from '../dataset/types';

/**
 * Words for a person by what they do, that the press puts beside a demonym to point back at
 * someone it has named ("the Portuguese diplomat", "la funcionaria egipcia", "der ägyptische
 * Diplomat"). Each entry is "masculine|feminine" (one word when both are the same); German
 * masculine nouns that take -en in the other cases end in "+en"; Polish gives the nominative and
 * the genitive ("dyplomata/dyplomaty"). No office, held now or before: "the Portuguese
 * president", "the former Egyptian prime minister" are someone else as often.
 */
export const PERSON_NOUNS: Partial<Record<Lang, readonly string[]>> = {
  en: ['diplomat', 'official', 'politician', 'lawyer'],
  fr: [
    'diplomate',
    'responsable',
    'dirigeant|dirigeante',
    'fonctionnaire',
    'haut fonctionnaire|haute fonctionnaire',
    'homme politique|femme politique',
  ],
  es: ['diplomático|diplomática', 'funcionario|funcionaria', 'dirigente', 'político|política'],
  de: ['Diplomat+en|Diplomatin', 'Politiker|Politikerin'],
  nl: ['diplomaat|diplomate', 'topdiplomaat|topdiplomate', 'politicus'],
  pl: [
    'dyplomata/dyplomaty|dyplomatka/dyplomatki',
    'polityk/polityka|polityczka/polityczki',
    'urzędnik/urzędnika|urzędniczka/urzędniczki',
  ],
  ar: ['الدبلوماسي|الدبلوماسية', 'المسؤول|المسؤولة', 'السياسي|السياسية', 'الخبير|الخبيرة'],
};
