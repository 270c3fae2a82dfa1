import type { Lang } from '../dataset/types';

/**
 * Words for a person by what they do, that the press puts beside a demonym to point back at
 * someone it has named ("the Portuguese diplomat", "la funcionaria egipcia", "der ägyptische
 * Diplomat"). Each entry is "masculine|feminine" (one word when both are the same); German
 * masculine nouns that take -en in the other cases end in "+en"; Polish gives the nominative and
 * the genitive ("dyplomata/dyplomaty"). A star stands for the demonym where the language puts
 * it elsewhere ("former * prime minister"). No office held now: "the Portuguese
 * president" is someone else.
 */
export const PERSON_NOUNS: Partial<Record<Lang, readonly string[]>> = {
  en: [
    'diplomat',
    'official',
    'politician',
    'lawyer',
    'former * prime minister',
    'former * minister',
  ],
  fr: [
    'diplomate',
    'responsable',
    'dirigeant|dirigeante',
    'fonctionnaire',
    'haut fonctionnaire|haute fonctionnaire',
    'homme politique|femme politique',
    'ancien premier ministre|ancienne première ministre',
    'ancien ministre|ancienne ministre',
  ],
  es: [
    'diplomático|diplomática',
    'funcionario|funcionaria',
    'dirigente',
    'mandatario|mandataria',
    'político|política',
    'ex primer ministro|ex primera ministra',
    'ex ministro|ex ministra',
    'expresidente|expresidenta',
  ],
  de: ['Diplomat+en|Diplomatin', 'Politiker|Politikerin'],
  nl: ['diplomaat|diplomate', 'topdiplomaat|topdiplomate', 'politicus'],
  pl: [
    'dyplomata/dyplomaty|dyplomatka/dyplomatki',
    'polityk/polityka|polityczka/polityczki',
    'urzędnik/urzędnika|urzędniczka/urzędniczki',
  ],
  ar: ['الدبلوماسي|الدبلوماسية', 'المسؤول|المسؤولة', 'السياسي|السياسية', 'الخبير|الخبيرة'],
};
