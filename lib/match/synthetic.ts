import type { AliasSpec } from './types';

/**
 * Deterministic synthetic aliases and news-like paragraphs for benchmarks and scale tests, so
 * runs compare the same data without shipping a corpus.
 */

/** mulberry32: tiny, seedable, good enough to pick words. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

const ONSETS = 'b c d f g h k l m n p r s t v w z ch sz tr ng kr br st'.split(' ');
const NUCLEI = 'a e i o u y ó é â ô ư ia oe ą ê'.split(' ');
const AR_LETTERS = 'ب ت ج د ر س ع ف ق ك ل م ن ه ي ح ش ص ط'.split(' ');
const AR_VOWELS = ['ا', 'ي', 'و', '', ''];
const LANGS = ['pl', 'nl', 'fr', 'en', 'vi', 'ar'];

function latinWord(rnd: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rnd, ONSETS) + pick(rnd, NUCLEI);
  return capital(w);
}

function arabicWord(rnd: () => number): string {
  let w = '';
  const n = 2 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) w += pick(rnd, AR_LETTERS) + pick(rnd, AR_VOWELS);
  return w;
}

/** `count` multi-word names of random syllables in the six languages. */
export function syntheticAliases(count: number, seed = 1): AliasSpec[] {
  const rnd = random(seed);
  const specs: AliasSpec[] = [];
  for (let i = 0; i < count; i++) {
    const lang = pick(rnd, LANGS);
    const words = 2 + Math.floor(rnd() * 2);
    const parts: string[] = [];
    for (let k = 0; k < words; k++) {
      if (lang === 'ar') parts.push(arabicWord(rnd));
      else parts.push(latinWord(rnd, lang === 'vi' ? 1 : 1 + Math.floor(rnd() * 3)));
    }
    specs.push({ text: parts.join(' '), entityId: `e${i >> 1}`, lang });
  }
  return specs;
}

// Common words of news text; split below so each list stays one readable line per language.
const WORD_LISTS: Record<string, string> = {
  pl: 'w i na się że nie do jest z o jak przez po oraz rząd prezydent minister sprawie spotkanie rozmowy według konferencji który była został wczoraj dziś kraju polityki współpracy bezpieczeństwa także jednak może tylko roku lat czasie podczas wizyty premier partii wyborach ustawy sejmu decyzji powiedział dodał kraj świata unii europejskiej stolicy miasta',
  fr: "le la les de des du et à en un une pour que qui dans sur avec président ministre gouvernement réunion selon été accord sécurité coopération l'Union d’après aussi mais plus pays monde année pendant lors visite premier parti élections loi décision a déclaré ajouté capitale ville européenne cette ces leur sont était",
  nl: 'de het een en van in op is dat met voor niet zijn door regering minister vergadering volgens overeenkomst veiligheid samenwerking ook maar meer land wereld jaar tijdens bezoek premier partij verkiezingen wet besluit zei voegde toe hoofdstad stad europese deze die hun waren werd',
  en: 'the of and to in a is that for on with as by government minister meeting according agreement security cooperation said president also but more country world year during visit prime party elections law decision added capital city european this these their were was has have',
  ar: 'في من على إلى أن عن مع الذي التي هذا الرئيس الوزير الحكومة الاتفاقية الأمم المتحدة قال وفقا اجتماع التعاون الأمن كما لكن أكثر البلاد العالم العام خلال زيارة رئيس الحزب الانتخابات القانون القرار وأضاف العاصمة المدينة الأوروبية هذه كانت',
};
const WORDS = Object.fromEntries(
  Object.entries(WORD_LISTS).map(([lang, list]) => [lang, list.split(' ')]),
);
const TEXT_LANGS = Object.keys(WORDS);

/** How an alias may appear on a page: as typed, inflected, after a clitic, decomposed, spaced. */
function variant(rnd: () => number, spec: AliasSpec): string {
  const r = rnd();
  if (spec.lang === 'pl' && r < 0.3) return `${spec.text}${pick(rnd, ['owi', 'em', 'a'])}`;
  if (spec.lang === 'ar' && r < 0.3) return `و${spec.text}`;
  if (r < 0.4) return spec.text.normalize('NFD');
  if (r < 0.5) return spec.text.replace(/ /g, '\u00a0');
  return spec.text;
}

/** News-like paragraphs totalling about `chars` UTF-16 units, with about one alias per 40 words. */
export function syntheticParagraphs(
  chars: number,
  specs: readonly AliasSpec[],
  seed = 2,
): string[] {
  const rnd = random(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const words = WORDS[pick(rnd, TEXT_LANGS)];
    const sentences: string[] = [];
    const count = 3 + Math.floor(rnd() * 4);
    for (let s = 0; s < count; s++) {
      const parts: string[] = [];
      const length = 8 + Math.floor(rnd() * 13);
      for (let w = 0; w < length; w++) {
        parts.push(
          specs.length > 0 && rnd() < 0.025 ? variant(rnd, pick(rnd, specs)) : pick(rnd, words),
        );
      }
      parts[0] = capital(parts[0]);
      const comma = Math.floor(rnd() * length * 2);
      if (comma < length - 1) parts[comma] += ',';
      sentences.push(`${parts.join(' ')}.`);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length + 1;
  }
  return paragraphs;
}
