/**
 * A Polish name of feminine words in -a ("Wietnamska Agencja Informacyjna", "Komunistyczna
 * Partia Wietnamu") changes every one of them in the other cases, which a single ending at match
 * time cannot follow: "Wietnamskiej Agencji Informacyjnej" (genitive, dative, locative),
 * "Wietnamską Agencję Informacyjną" (accusative; ą folds to a). This gives those two forms of a
 * folded key, the words of its leading phrase changed by what they look like: an adjective, or
 * the noun. A name led by the word for its kind in the masculine or the neuter ("Komitet
 * Centralny", "Ministerstwo Finansów", "Biuro Prawne ONZ") gives its genitive, dative and
 * instrumental: "Komitetu Centralnego", "Ministerstwem Finansów", "Biurem Prawnym ONZ". A noun
 * with a hard stem gives its dative and locative too: "Karcie Narodów Zjednoczonych".
 */
import { isHeadWord } from '../lang/heads';

const A = 0x61;
const E = 0x65;
const I = 0x69;
const J = 0x6a;
const Y = 0x79;
const SPACE = 0x20;

const codes = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const IEJ = codes('iej');
const EJ = codes('ej');

const text = (word: readonly number[]) => String.fromCharCode(...word);

/** A feminine adjective: -ska, -cka, -zka, -na after a consonant or o, -owa, -ewa. */
const isAdjective = (word: readonly number[]) =>
  word.length >= 4 && /(?:[scz]k|[^aeiouy]n|on|ow|ew)a$/.test(text(word));
const isNoun = (word: readonly number[]) => word.length >= 4 && word[word.length - 1] === A;

/** What an adjective's or a noun's -a becomes: [genitive, accusative]. */
function endings(word: readonly number[], adjective: boolean): [number[], number[]] {
  const n = word.length;
  // Adjectives: -ska/-cka/-zka take -iej, the others -ej; both keep -ą (a) in the accusative.
  if (adjective) return [word[n - 2] === 0x6b ? IEJ : EJ, [A]];
  // Nouns: -ja/-ia and -ka/-ga take -i, the others -y; -ę (e) in the accusative.
  const soft = [J, I, 0x6b, 0x67].includes(word[n - 2]);
  return [[soft ? I : Y], [E]];
}

// The dative and locative of a noun with a hard stem change its last consonant: "Karta" →
// "Karcie", "Rada" → "Radzie", "Polska" → "Polsce", "Ustawa" → "Ustawie". Folded, in the order
// tried; a soft stem ("Konwencja", "Partia") keeps its genitive there.
const LOCATIVES: readonly [RegExp, string][] = [
  [/st$/, 'scie'],
  [/(?:[rcsd]z|[cjil])$/, ''],
  [/ch$/, 'sze'],
  [/t$/, 'cie'],
  [/d$/, 'dzie'],
  [/r$/, 'rze'],
  [/k$/, 'ce'],
  [/g$/, 'dze'],
  [/([nwmspbfz])$/, '$1ie'],
];

/** A feminine noun's dative and locative when they are not its genitive, or null. */
function locative(word: readonly number[]): number[] | null {
  const stem = text(word.slice(0, -1));
  for (const [end, replace] of LOCATIVES) {
    if (end.test(stem)) return replace ? codes(stem.replace(end, replace)) : null;
  }
  return null;
}

/**
 * Which words of the name change, and how: its leading phrase, capitalised adjectives, then a
 * capitalised noun in -a (or the word for its kind, in small letters, first), then adjectives;
 * the words after it are its complements, which keep their case ("Rada Bezpieczeństwa", "Konferencja Wysokiego Szczebla").
 */
function phrase(
  words: readonly number[][],
  capital: (w: number) => boolean,
  lower: boolean,
): (boolean | null)[] {
  const kinds: (boolean | null)[] = words.map(() => null);
  let w = 0;
  while (w < words.length && capital(w) && isAdjective(words[w])) kinds[w++] = true;
  // The word for its kind may start a name in small letters, with capitals after it ("konwencja
  // z Hanoi") or, a body's generic name of its kind and what describes it (`lower`), none
  // ("kancelaria prezydenta": "w imieniu kancelarii prezydenta").
  const named = lower || words.some((_, k) => capital(k));
  const lead = capital(w) || (w === 0 && named && isHeadWord(text(words[0]), 'pl'));
  if (w === words.length || !lead || !isNoun(words[w])) return kinds.map(() => null);
  kinds[w++] = false;
  while (w < words.length && capital(w) && isAdjective(words[w])) kinds[w++] = true;
  return kinds;
}

const O = 0x6f;
/** A folded Roman numeral or a number with its dot: "xiv", "14.". */
const ORDINAL = /^(?:[ivxlc]{2,}|\d+\.?)$/;
const VOWELS = new Set(codes('aeiouy'));

/**
 * A masculine or neuter adjective (folded): -ny, -owy, -ski, -ący and their neuter -ne, -owe,
 * -skie, -ące after a consonant; not a noun's genitive in -y ("Obrony", "Rady").
 */
const isPlainAdjective = (word: readonly number[]) =>
  word.length >= 5 && /(?:[^aeiouy][nl][ye]|[oe]w[ye]|[scz]kie?|ac[ye])$/.test(text(word));

/** A head word of the masculine (a consonant at its end) or the neuter (-o), as listed. */
function headGender(word: readonly number[]): 'm' | 'n' | null {
  if (word.length < 4 || !isHeadWord(text(word), 'pl')) return null;
  const last = word[word.length - 1];
  if (last === O) return 'n';
  return VOWELS.has(last) || text(word).endsWith('um') ? null : 'm';
}

/** An adjective's genitive, dative and instrumental: "centralny" → "centralnego", ... */
function adjectiveCases(word: readonly number[]): number[][] {
  const t = text(word);
  const soft = /(?:i|ie)$/.test(t);
  const stem = t.replace(/(?:ie|[yie])$/, '');
  const forms = soft ? ['iego', 'iemu', 'im'] : ['ego', 'emu', 'ym'];
  return forms.map((ending) => codes(stem + ending));
}

/** A head noun's genitive, dative and instrumental: "komitet" → "komitetu", "ministerstwo" → ... */
function nounCases(word: readonly number[], gender: 'm' | 'n'): number[][] {
  const t = text(word);
  if (gender === 'n') return ['a', 'u', 'em'].map((ending) => codes(t.slice(0, -1) + ending));
  return ['u', 'owi', 'em'].map((ending) => codes(t + ending));
}

/**
 * The words of a name led by a masculine or neuter head word, in three cases, or null: its
 * capitalised adjectives before and after the head change with it, its complements keep theirs.
 */
function plainPhraseCases(
  words: readonly number[][],
  capital: (w: number) => boolean,
): number[][][] | null {
  // A number that says which one keeps its form: "XIV Krajowy Zjazd" → "XIV Krajowego Zjazdu".
  const first = ORDINAL.test(text(words[0])) ? 1 : 0;
  let w = first;
  while (w < words.length && capital(w) && isPlainAdjective(words[w])) w++;
  // The head word may start the name in small letters, as a body's kind is written in running
  // text (short-form-rules.ts).
  const gender = w < words.length && (capital(w) || w === first) ? headGender(words[w]) : null;
  if (!gender) return null;
  const head = w;
  let end = head + 1;
  while (end < words.length && capital(end) && isPlainAdjective(words[end])) end++;
  return [0, 1, 2].map((form) =>
    words.map((word, k) => {
      if (k === head) return nounCases(word, gender)[form];
      return k >= first && k < end ? adjectiveCases(word)[form] : [...word];
    }),
  );
}

/**
 * The locative of a one-word masculine noun whose last consonant changes in it, folded:
 * "traktat" → "traktacie", "dokument" → "dokumencie", "tekst" → "tekscie" (tekście). The other
 * masculine locatives add an ending the match takes at its end ("Ekwadorze", "planie"), or take
 * -u; null for those.
 */
export function masculineLocative(key: readonly number[]): number[] | null {
  if (key.length < 4 || key.includes(SPACE)) return null;
  const t = text(key);
  if (t.endsWith('st')) return codes(`${t.slice(0, -2)}scie`);
  if (t.endsWith('t')) return codes(`${t.slice(0, -1)}cie`);
  return null;
}

/**
 * The genitive and accusative of the folded key (units, words parted by single spaces) and the
 * positions of its capitals in each, or none when no capitalised word in -a changes or the name
 * is one word (a single word takes its endings at match time).
 */
export function polishPhraseCases(
  key: readonly number[],
  upper: readonly number[],
  turned = false,
  lower = false,
): { key: number[]; upper: number[] }[] {
  const words: number[][] = [[]];
  const starts = [0];
  for (let k = 0; k < key.length; k++) {
    if (key[k] === SPACE) {
      words.push([]);
      starts.push(k + 1);
    } else words[words.length - 1].push(key[k]);
  }
  if (words.length < 2) return [];
  const capital = (w: number) => upper.includes(starts[w]);
  const plain = plainPhraseCases(words, capital);
  if (plain) {
    const forms = plain.map((changed) => withUppers(changed, starts, upper));
    const other = turned ? null : otherOrder(words, starts, upper, capital);
    if (!other) return forms;
    return [...forms, other, ...polishPhraseCases(other.key, other.upper, true)];
  }
  const kinds = phrase(words, capital, lower);
  // All in small letters, the accusative's -ę folds to the plural's -e ("kancelarie prezydenta"):
  // the genitive alone.
  const bare = !words.some((_, k) => capital(k));
  const forms: { key: number[]; upper: number[] }[] = [];
  for (const form of bare ? [0] : [0, 1]) {
    let changed = false;
    const out = words.map((word, w) => {
      const kind = kinds[w];
      const ending = kind === null ? null : endings(word, kind)[form];
      if (!ending || (ending.length === 1 && ending[0] === A)) return [...word];
      changed = true;
      return [...word.slice(0, -1), ...ending];
    });
    if (changed) forms.push(withUppers(out, starts, upper));
  }
  // The dative and locative, where the noun's differs from its genitive: "w Karcie Narodów
  // Zjednoczonych"; its adjectives take the genitive's ending.
  const noun = kinds.indexOf(false);
  const dative = noun < 0 ? null : locative(words[noun]);
  if (dative) {
    const out = words.map((word, w) => {
      if (w === noun) return dative;
      return kinds[w] ? [...word.slice(0, -1), ...endings(word, true)[0]] : [...word];
    });
    forms.push(withUppers(out, starts, upper));
  }
  return forms;
}

/**
 * The name with its head and the one capitalised adjective before or after it the other way
 * round, as Polish writes a name either way ("XIV Krajowy Zjazd", "XIV Zjazd Krajowy"), or null.
 */
function otherOrder(
  words: readonly number[][],
  starts: readonly number[],
  upper: readonly number[],
  capital: (w: number) => boolean,
): { key: number[]; upper: number[] } | null {
  const first = ORDINAL.test(text(words[0])) ? 1 : 0;
  if (first + 1 >= words.length || !capital(first) || !capital(first + 1)) return null;
  const [a, b] = [words[first], words[first + 1]];
  const swap =
    (isPlainAdjective(a) && headGender(b) !== null) ||
    (headGender(a) !== null && isPlainAdjective(b));
  if (!swap) return null;
  const order = words.map((_, w) => (w === first ? first + 1 : w === first + 1 ? first : w));
  const key: number[] = [];
  const moved: number[] = [];
  for (const w of order) {
    if (key.length > 0) key.push(SPACE);
    const start = key.length;
    const end = w + 1 < starts.length ? starts[w + 1] - 1 : Number.POSITIVE_INFINITY;
    for (const u of upper) if (u >= starts[w] && u < end) moved.push(start + u - starts[w]);
    key.push(...words[w]);
  }
  return { key, upper: moved.sort((x, y) => x - y) };
}

/** The words joined by spaces, with the capitals moved to where their words now start. */
function withUppers(
  words: readonly number[][],
  starts: readonly number[],
  upper: readonly number[],
): { key: number[]; upper: number[] } {
  const key: number[] = [];
  const moved: number[] = [];
  words.forEach((word, w) => {
    if (w > 0) key.push(SPACE);
    moved.push(key.length - starts[w]);
    key.push(...word);
  });
  const at = (u: number) => {
    let w = starts.length - 1;
    while (starts[w] > u) w--;
    return u + moved[w];
  };
  return { key, upper: upper.map(at) };
}

/** The case endings a foreign man's name ending in a consonant takes in Polish. */
const PERSON_ENDINGS = ['a', 'owi', 'em', 'iem', 'u'].map(codes);

/**
 * A foreign person's name in Polish changes its first word as well as its last: "Luonga
 * Cuonga", "premierem Phamem Minh Chinhem", "z To Lamem" (To ends on a vowel: no change). The
 * last word's ending is read at match time; this gives the forms of the folded key whose first
 * capitalised word, ending on a consonant, takes each ending.
 */
export function polishPersonCases(
  key: readonly number[],
  upper: readonly number[],
): { key: number[]; upper: number[] }[] {
  const space = key.indexOf(SPACE);
  if (space < 2 || !upper.includes(0) || VOWELS.has(key[space - 1])) return [];
  const rest = key.slice(space);
  return PERSON_ENDINGS.map((ending) => ({
    key: [...key.slice(0, space), ...ending, ...rest],
    upper: upper.map((u) => (u > space ? u + ending.length : u)),
  }));
}
