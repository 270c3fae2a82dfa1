import type { Lang } from '../dataset/types';

/**
 * The regions of the world the press describes a country by once it has named it ("el país
 * asiático", "het Zuidoost-Aziatische land", "das südamerikanische Land"), each with the ISO
 * 3166-1 codes of the sovereign states in it. A state may be in several. The press describes a
 * state ruled by a communist party so too ("het communistische land", "el país comunista"), as
 * it does by a region: on a page that names two such states, the pack's takes it.
 */
export const REGION_STATES: Record<string, string> = {
  asia: 'AF BD BN BT CN ID IN JP KG KH KP KR KZ LA LK MM MN MV MY NP PH PK SG TH TJ TL TM UZ VN',
  'southeast-asia': 'BN ID KH LA MM MY PH SG TH TL VN',
  'east-asia': 'CN JP KP KR MN',
  'south-asia': 'AF BD BT IN LK MV NP PK',
  'middle-east': 'AE BH EG IL IQ IR JO KW LB OM QA SA SY YE',
  europe:
    'AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM UA',
  africa:
    'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RW SC SD SL SN SO SS ST SZ TD TG TN TZ UG ZA ZM ZW',
  'south-america': 'AR BO BR CL CO EC GY PE PY SR UY VE',
  'latin-america': 'AR BO BR CL CO CR CU DO EC GT HN HT MX NI PA PE PY SV UY VE',
  andes: 'BO CO EC PE',
  'central-america': 'BZ CR GT HN NI PA SV',
  caribbean: 'AG BB BS CU DM DO GD HT JM KN LC TT VC',
  pacific: 'AU FJ FM KI MH NR NZ PG PW SB TO TV VU WS',
  communist: 'CN CU KP LA VN',
};

/**
 * A region's adjective in each language, as the language builds "the … country" with it:
 * - en: the adjective ("Southeast Asian"), or several, split by "|";
 * - fr, es: masculine and feminine after the noun ("asiatique|asiatique"), or, after "=", a
 *   phrase after it ("=d'Asie du Sud-Est");
 * - de: the stem the endings go on ("südostasiatisch");
 * - nl: the adjective before a noun ("Zuidoost-Aziatische");
 * - pl: the stem of the adjective before the endings ("azjatyck");
 * - ar: the nisba without the article ("آسيوي").
 */
export const REGION_WORDS: Record<Lang, Record<string, string>> = {
  en: {
    asia: 'Asian',
    'southeast-asia': 'Southeast Asian',
    'east-asia': 'East Asian',
    'south-asia': 'South Asian',
    'middle-east': 'Middle Eastern',
    europe: 'European',
    africa: 'African',
    'south-america': 'South American',
    'latin-america': 'Latin American',
    andes: 'Andean',
    'central-america': 'Central American',
    caribbean: 'Caribbean',
    pacific: 'Pacific',
    communist: 'communist|communist-ruled',
  },
  fr: {
    asia: 'asiatique|asiatique',
    'southeast-asia': "=d'Asie du Sud-Est",
    'middle-east': '=du Moyen-Orient',
    europe: 'européen|européenne',
    africa: 'africain|africaine',
    'south-america': 'sud-américain|sud-américaine',
    'latin-america': 'latino-américain|latino-américaine',
    andes: 'andin|andine',
    'central-america': "=d'Amérique centrale",
    caribbean: 'caribéen|caribéenne',
    communist: 'communiste|communiste',
  },
  es: {
    asia: 'asiático|asiática',
    'southeast-asia': '=del sudeste asiático',
    'middle-east': '=de Oriente Medio',
    europe: 'europeo|europea',
    africa: 'africano|africana',
    'south-america': 'sudamericano|sudamericana',
    'latin-america': 'latinoamericano|latinoamericana',
    andes: 'andino|andina',
    'central-america': 'centroamericano|centroamericana',
    caribbean: 'caribeño|caribeña',
    communist: 'comunista|comunista',
  },
  de: {
    asia: 'asiatisch',
    'southeast-asia': 'südostasiatisch',
    'east-asia': 'ostasiatisch',
    'south-asia': 'südasiatisch',
    europe: 'europäisch',
    africa: 'afrikanisch',
    'south-america': 'südamerikanisch',
    'latin-america': 'lateinamerikanisch',
    'central-america': 'mittelamerikanisch',
    caribbean: 'karibisch',
    communist: 'kommunistisch',
  },
  nl: {
    asia: 'Aziatische',
    'southeast-asia': 'Zuidoost-Aziatische',
    'east-asia': 'Oost-Aziatische',
    'south-asia': 'Zuid-Aziatische',
    europe: 'Europese',
    africa: 'Afrikaanse',
    'south-america': 'Zuid-Amerikaanse',
    'latin-america': 'Latijns-Amerikaanse',
    'central-america': 'Midden-Amerikaanse',
    caribbean: 'Caribische',
    communist: 'communistische',
  },
  pl: {
    asia: 'azjatyck',
    europe: 'europejsk',
    africa: 'afrykańsk',
    'south-america': 'południowoamerykańsk',
    'latin-america': 'latynoamerykańsk',
    communist: 'komunistyczn',
  },
  ar: {
    asia: 'آسيوي',
    europe: 'أوروبي',
    africa: 'أفريقي',
    'latin-america': 'لاتيني',
    communist: 'شيوعي',
  },
  vi: {},
};

/** The language's words for the country, as "the … country" forms take them. */
function forms(lang: Lang, word: string): string[] {
  switch (lang) {
    case 'en':
      return word.split('|').flatMap((w) => [`the ${w} country`, `the ${w} nation`]);
    case 'fr': {
      if (word.startsWith('=')) {
        const phrase = word.slice(1);
        return [...['le', 'du', 'au'].map((a) => `${a} pays ${phrase}`), `la nation ${phrase}`];
      }
      const [m, f] = word.split('|');
      return [`le pays ${m}`, `du pays ${m}`, `au pays ${m}`, `la nation ${f}`];
    }
    case 'es': {
      if (word.startsWith('=')) {
        const phrase = word.slice(1);
        return [...['el', 'del', 'al'].map((a) => `${a} país ${phrase}`), `la nación ${phrase}`];
      }
      const [m, f] = word.split('|');
      return [`el país ${m}`, `del país ${m}`, `al país ${m}`, `la nación ${f}`];
    }
    case 'de':
      return [
        `das ${word}e Land`,
        `des ${word}en Landes`,
        `dem ${word}en Land`,
        `im ${word}en Land`,
      ];
    case 'nl':
      return [`het ${word} land`];
    case 'pl': {
      // A stem in k or g takes i ("azjatycki"), others y ("komunistyczny").
      const i = /[kg]$/u.test(word) ? 'i' : 'y';
      const soft = i === 'i' ? 'i' : '';
      return [`${word}${i} kraj`, `${word}${soft}ego kraju`, `${word}${i}m kraju`];
    }
    case 'ar':
      return [`البلد ال${word}`, `الدولة ال${word}ة`];
    default:
      return [];
  }
}

/** How the press describes the state `code` by its regions in `lang` once named. */
export function regionForms(code: string, lang: Lang): string[] {
  const words = REGION_WORDS[lang];
  return Object.entries(REGION_STATES)
    .filter(([region, states]) => words[region] && states.split(' ').includes(code))
    .flatMap(([region]) => forms(lang, words[region]));
}
