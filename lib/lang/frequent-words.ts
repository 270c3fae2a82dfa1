import type { Lang } from '../dataset/types';
import { foldWords } from '../match/fold';

/**
 * The commonest words of each language (articles, prepositions, conjunctions, pronouns, the
 * commonest verbs). A name equal to one of them would mark that word all over every page, and a
 * run of capitals that starts with one ("The", "Die", "Le") starts a sentence, not a name.
 */
export const FREQUENT_WORDS: Record<Lang, string> = {
  en: 'the a an of and to in is it that for on with as was at by be this from or are his her he she they we you i not but have has had which its their there these those after before during while when also however according',
  vi: 'và của là có các những được cho trong với này một không đã người để về từ khi tại theo ra đến cũng như thì sẽ năm ngày ông bà sau trước đây đó nhằm chiều sáng',
  pl: 'i w z na się nie do to że jest o a jak po co tak za od ale przez dla jego jej oraz są ten ta być podczas według dzięki oprócz jednak także również we ze',
  nl: 'de het een van en in is op te dat die voor met zijn niet aan er om ook als bij door of naar uit maar wordt tot hij zij we wij tijdens volgens na over',
  fr: 'le la les de des du un une et à en est que qui dans pour pas sur au aux il elle ce par plus ne se sa ses avec ou nous lors selon grâce outre dans cette car',
  ar: 'في من على إلى عن أن مع هذا هذه التي الذي ما لا كان هو هي ذلك بين كما قد أو ثم إن لم كل بعد عند وقد حيث أيضا قبل خلال منذ نحو يوم يومي قال قالت وقال وقالت قوله قولها أكد أكدت وأكد وأكدت ذكر ذكرت وذكر وذكرت أضاف أضافت وأضاف وأضافت أعلن أعلنت يقول تقول',
  de: 'der die das und in den von zu mit ist des sich dem nicht ein eine als auch es an auf für im dass er sie wir bei aus nach wie einer eines einem einen am zum zur vom beim dies diese dieser dieses laut unter während trotz gemäß statt seit ohne durch um bis ab neben zwischen über vor ihre ihr ihren ihrer sein seine seinen seiner unser unsere',
  es: 'de la que el en y a los del se las por un una para con no es su al lo como más o pero sus le ya entre sobre tras según durante este esta',
};

/** Folded words or phrases, for comparing with folded text. */
export function foldedSet(words: readonly string[]): Set<string> {
  return new Set(foldWords(words));
}

/** One set per language from lists written as one string each, split at `separator`. */
export function foldedSets(
  lists: Record<Lang, string>,
  separator = ' ',
): Record<Lang, Set<string>> {
  return Object.fromEntries(
    Object.entries(lists).map(([lang, list]) => [lang, foldedSet(list.split(separator))]),
  ) as Record<Lang, Set<string>>;
}

/**
 * Whether a folded word is one of the lists' words (comma-separated) in any language; the set is
 * made on the first question, not when the module loads.
 */
export function inAnyLanguage(lists: Record<Lang, string>): (folded: string) => boolean {
  let words: ReadonlySet<string> | undefined;
  return (folded) => {
    words ??= new Set(
      Object.values(foldedSets(lists, ', ')).flatMap((set) => [...set].filter(Boolean)),
    );
    return words.has(folded);
  };
}

const frequent = /* @__PURE__ */ foldedSets(FREQUENT_WORDS);

/** Whether a folded word is one of the commonest of `lang`. */
export function isFrequentWord(folded: string, lang: Lang): boolean {
  return frequent[lang].has(folded);
}

/** Whether a folded word is one of the commonest of any language ("als", "el", "aux"). */
export function frequentAnywhere(folded: string): boolean {
  return (Object.keys(frequent) as Lang[]).some((lang) => frequent[lang].has(folded));
}

/** The languages in which a folded word is one of the commonest, in the order of LANGS. */
export function frequentIn(folded: string): Lang[] {
  return (Object.keys(frequent) as Lang[]).filter((lang) => frequent[lang].has(folded));
}
