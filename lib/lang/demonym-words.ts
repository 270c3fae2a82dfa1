import { LANGS, type Lang } from '../dataset/types';
import { foldString } from '../match/fold';
import { demonymLines, polishAdjective } from './demonyms';

/** The words of one country's line in one language, as written before a person's name. */
function wordsOf(lang: Lang, fields: string[]): string[] {
  switch (lang) {
    case 'de': {
      const [m, f, stem] = fields;
      const endings = stem === '-' ? [] : ['e', 'en', 'er', 'es', 'em'].map((e) => `${stem}${e}`);
      return [m, f, `${m}n`, `${m}s`, ...endings];
    }
    case 'pl':
      return [...fields.slice(0, 12), ...Object.values(polishAdjective(fields[12]))];
    case 'ar':
      return fields[0] === '-'
        ? []
        : [`ال${fields[0]}`, `ال${fields[0]}ة`, fields[0], `${fields[0]}ة`];
    default:
      return fields;
  }
}

let index: Map<string, string> | undefined;

/** Every sovereign state's demonyms in the eight languages, folded, to the state's ISO code. */
function demonymIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  for (const lang of LANGS) {
    for (const [code, fields] of demonymLines(lang)) {
      for (const word of wordsOf(lang, fields)) {
        if (word === '-' || word.includes('-') || word.length < 3) continue;
        const folded = foldString(word).trim();
        // A word two states share ("Koreańczyk") says neither.
        const had = index.get(folded);
        index.set(folded, had === undefined || had === code ? code : '');
      }
    }
  }
  return index;
}

/** The state whose demonym `words` (as written, in order) are, or undefined. */
export function demonymCountry(words: readonly string[]): string | undefined {
  return demonymIndex().get(foldString(words.join(' ')).trim()) || undefined;
}
