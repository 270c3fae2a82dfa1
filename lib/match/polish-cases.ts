/**
 * A Polish name of feminine words in -a ("Wietnamska Agencja Informacyjna", "Komunistyczna
 * Partia Wietnamu") changes every one of them in the other cases, which a single ending at match
 * time cannot follow: "Wietnamskiej Agencji Informacyjnej" (genitive, dative, locative),
 * "Wietnamską Agencję Informacyjną" (accusative; ą folds to a). This gives those two forms of a
 * folded key, the words of its leading phrase changed by what they look like: an adjective, or
 * the noun.
 */

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

/**
 * Which words of the name change, and how: its leading phrase, capitalised adjectives, then a
 * capitalised noun in -a, then adjectives; the words after it are its complements, which keep
 * their case ("Rada Bezpieczeństwa", "Konferencja Wysokiego Szczebla").
 */
function phrase(words: readonly number[][], capital: (w: number) => boolean): (boolean | null)[] {
  const kinds: (boolean | null)[] = words.map(() => null);
  let w = 0;
  while (w < words.length && capital(w) && isAdjective(words[w])) kinds[w++] = true;
  if (w === words.length || !capital(w) || !isNoun(words[w])) return kinds.map(() => null);
  kinds[w++] = false;
  while (w < words.length && capital(w) && isAdjective(words[w])) kinds[w++] = true;
  return kinds;
}

/**
 * The genitive and accusative of the folded key (units, words parted by single spaces) and the
 * positions of its capitals in each, or none when no capitalised word in -a changes or the name
 * is one word (a single word takes its endings at match time).
 */
export function polishPhraseCases(
  key: readonly number[],
  upper: readonly number[],
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
  const kinds = phrase(words, (w) => upper.includes(starts[w]));
  const forms: { key: number[]; upper: number[] }[] = [];
  for (const form of [0, 1]) {
    const out: number[] = [];
    const moved: number[] = [];
    let changed = false;
    words.forEach((word, w) => {
      if (w > 0) out.push(SPACE);
      moved.push(out.length - starts[w]);
      const kind = kinds[w];
      const ending = kind === null ? null : endings(word, kind)[form];
      if (!ending || (ending.length === 1 && ending[0] === A)) {
        out.push(...word);
        return;
      }
      out.push(...word.slice(0, -1), ...ending);
      changed = true;
    });
    if (!changed) continue;
    const at = (u: number) => {
      let w = starts.length - 1;
      while (starts[w] > u) w--;
      return u + moved[w];
    };
    forms.push({ key: out, upper: upper.map(at) });
  }
  return forms;
}
