import { isCalendarWord } from '../lang/calendar';
import { isFrequentWord } from '../lang/frequent-words';
import { HEAD_PHRASES, HEAD_TYPES, type HeadType } from '../lang/heads';
import { PLACE_PREPOSITION_WORDS } from '../lang/links';
import type { Span } from './span';
import { arabicProclitic, arabicStem } from './stem';
import { markTitles } from './titles';
import type { Token } from './tokens';

/**
 * Names in Arabic, which has no capitals: the words after a person's title ("الأمين العام تو
 * لام"), a head word and the words it governs ("اتفاقية هانوي", "وكالة الأنباء الفيتنامية"), and
 * a word that recurs after "في" and never takes the article (a place: "فيتنام", "هانوي").
 */
export function arabicSpans(tokens: readonly Token[], text: string): Span[] {
  const titles = markTitles(tokens, 'ar');
  const spans: Span[] = [...persons(tokens, titles), ...namedBefore(tokens, titles, text)];
  for (let i = 0; i < tokens.length; i++) {
    if (titles[i]) continue;
    const head = headType(tokens[i]);
    if (head) {
      const span = governed(tokens, i, head, titles);
      if (span) spans.push(span);
    }
  }
  return [...spans, ...places(tokens)];
}

// Words that join the next one into a name: "عبد العاطي", "أبو زيد", "بن فرحان".
const PARTICLES = new Set(['عبد', 'ابو', 'بن', 'ابن', 'بو']);

function plainWord(token: Token | undefined): token is Token {
  return (
    token?.joined === true &&
    !isFrequentWord(token.folded, 'ar') &&
    !isCalendarWord(token.folded, 'ar') &&
    /^\p{L}+$/u.test(token.text)
  );
}

/**
 * People after a title: one to three words without the article. Where a name ends, the text
 * does not say (a verb may follow: "تو لام بحرارة"), so each takes the longest start that recurs
 * after a title, or two words when none does.
 */
function persons(tokens: readonly Token[], titles: Uint8Array): Span[] {
  const runs: number[][] = [];
  const counts = new Map<string, number>();
  const ended = new Set<number[]>();
  for (let i = 1; i < tokens.length; i++) {
    if (!titles[i - 1] || titles[i]) continue;
    // The office's body or country comes first: "الأمين العام للأمم المتحدة أنطونيو غوتيريش",
    // "المديرة التنفيذية لمكتب الأمم المتحدة المعني بالمخدرات".
    let k = i;
    if (plainWord(tokens[k]) && headType(tokens[k])) k++;
    while (k < i + 6 && plainWord(tokens[k]) && definite(tokens[k])) k++;
    const run: number[] = [];
    const joins = (r: number[]) => r.length > 0 && PARTICLES.has(tokens[r[r.length - 1]].folded);
    for (; run.length < 3 && plainWord(tokens[k]) && (!definite(tokens[k]) || joins(run)); k++) {
      run.push(k);
      const key = run.map((r) => tokens[r].folded).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (run.length) runs.push(run);
    // A name that ends at a punctuation mark or a common word is whole.
    if (!plainWord(tokens[k]) || (run.length < 3 && definite(tokens[k]))) ended.add(run);
    // "بدر عبد العاطي": a name does not end on "عبد", "أبو" or "بن".
    if (joins(run) && plainWord(tokens[k])) run.push(k);
  }
  return runs.map((run) => {
    let length = ended.has(run) ? run.length : Math.min(run.length, 2);
    for (let n = run.length; n >= 1; n--) {
      const key = run
        .slice(0, n)
        .map((r) => tokens[r].folded)
        .join(' ');
      if ((counts.get(key) ?? 0) >= 2) {
        length = n;
        break;
      }
    }
    return span(tokens, run[0], run[length - 1], ['title'], 'person');
  });
}

function bareWord(token: Token | undefined): boolean {
  return token !== undefined && plainWord({ ...token, joined: true }) && !definite(token);
}

function definite(token: Token): boolean {
  return /^(?:ال|لل)/u.test(token.folded) || /^ال/u.test(arabicStem(token.folded));
}

/**
 * A name before its holder's title, as Arabic writes the two in apposition: "غادة والي المديرة
 * التنفيذية ...". Two or three words without the article that start a sentence or a clause.
 */
function namedBefore(tokens: readonly Token[], titles: Uint8Array, text: string): Span[] {
  const out: Span[] = [];
  for (let i = 2; i < tokens.length; i++) {
    // The title follows the name directly or after a comma ("ماركو روبيو، وزير الخارجية").
    const gap = text.slice(tokens[i - 1].end, tokens[i].start);
    if (!titles[i] || titles[i - 1] || !/^\s*[،,]?\s*$/u.test(gap)) continue;
    let first = i;
    while (first > i - 3 && bareWord(tokens[first - 1]) && (first === i || tokens[first].joined)) {
      first--;
    }
    // It starts a sentence or a clause, or follows a preposition ("مع ماركو روبيو").
    const before = tokens[first - 1];
    const opens =
      !tokens[first].joined || tokens[first].initial || isFrequentWord(before.folded, 'ar');
    if (i - first >= 2 && opens) out.push(span(tokens, first, i - 1, ['title'], 'person'));
  }
  return out;
}

function headType(token: Token): HeadType | undefined {
  const word = arabicStem(token.folded);
  const bare = token.folded.slice(headProclitic(token.folded));
  return HEAD_TYPES.find(
    (type) =>
      HEAD_PHRASES[type].ar.has(token.folded) ||
      HEAD_PHRASES[type].ar.has(word) ||
      HEAD_PHRASES[type].ar.has(bare),
  );
}

/** "لمكتب", "ومنظمة": a preposition or "and" joined to a head without the article. */
function headProclitic(folded: string): number {
  const m = /^[وف]?[بلك]?/u.exec(folded)?.[0].length ?? 0;
  if (m === 0 || folded.length - m < 3) return 0;
  const rest = folded.slice(m);
  return HEAD_TYPES.some((type) => HEAD_PHRASES[type].ar.has(rest)) ? m : 0;
}

/**
 * A head and what it governs: an indefinite head takes a name ("اتفاقية هانوي") or words with the
 * article or "لل" ("اتفاقية الأمم المتحدة لمكافحة..."); a definite one ("الأمم") takes one word.
 */
function governed(
  tokens: readonly Token[],
  first: number,
  type: HeadType,
  titles: Uint8Array,
): Span | undefined {
  const definite = /^ال/u.test(arabicStem(tokens[first].folded));
  const limit = definite ? 1 : 6;
  let last = first;
  let bare = false;
  // A title after the body is its holder's ("وزارة الخارجية السفير أحمد أبو زيد").
  while (last - first < limit && plainWord(tokens[last + 1]) && !titles[last + 1]) {
    // "المعني بالمخدرات والجريمة": a preposition or "and" joined to a word with the article.
    const article = /^ال/u.test(arabicStem(tokens[last + 1].folded));
    // A bare word is a name or what the head is of ("اتفاقية هانوي", "اتفاقية مكافحة الجرائم"):
    // only right after an indefinite head, and only words with the article after it.
    if (!article && (definite || bare || last > first)) break;
    bare ||= !article;
    last++;
    // "... بالمخدرات والجريمة": "and" joins the last of the words the head governs.
    if (/^و/u.test(tokens[last].folded) && article && !/^ال/u.test(tokens[last].folded)) break;
  }
  if (last === first) return undefined;
  const out = span(tokens, first, last, ['head'], type);
  out.start += arabicProclitic(tokens[first].folded) || headProclitic(tokens[first].folded);
  return out;
}

function places(tokens: readonly Token[]): Span[] {
  const after = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].folded;
    if (/^ال/u.test(arabicStem(word)) || !plainWord(tokens[i]) || word.length < 4) continue;
    total.set(word, (total.get(word) ?? 0) + 1);
    if (i > 0 && PLACE_PREPOSITION_WORDS.ar.has(tokens[i - 1].folded)) {
      after.set(word, (after.get(word) ?? 0) + 1);
    }
  }
  const out: Span[] = [];
  tokens.forEach((t, i) => {
    if ((after.get(t.folded) ?? 0) > 0 && (total.get(t.folded) ?? 0) >= 3) {
      const place = span(tokens, i, i, [], 'place');
      place.afterPlace = true;
      out.push(place);
    }
  });
  return out;
}

function span(
  tokens: readonly Token[],
  first: number,
  last: number,
  evidence: Span['evidence'],
  type: Span['type'],
): Span {
  return {
    start: tokens[first].start,
    end: tokens[last].end,
    words: tokens.slice(first, last + 1).map((t) => arabicStem(t.folded)),
    evidence,
    type,
  };
}
