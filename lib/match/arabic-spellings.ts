import { titleStart } from './title-before';
import type { AliasSpec } from './types';

/**
 * Arabic writes a foreign name as it hears it, and its press hears it several ways: a hard g or a
 * final "ng" as غ in most countries and as ج in Egypt ("لونغ" and "لونج", "غوتيريش" and
 * "جوتيريش"), a th as ث or ت ("فام ثي تونغ", "فام تي تونغ"), a ch as تش or ش ("تشينه",
 * "شينه"), and a vowel after the first letter short or long ("لونغ" and "لوونغ", "كونغ" and
 * "كوونغ"). Each Arabic name of a person is also found in the other spellings, word by word:
 * "لوونج كونج" for "لونغ كونغ". At most MOST_FORMS forms per name; the name's own first.
 */
const GHAIN = 'غ';
const JEEM = 'ج';
const WAW = 'و';
// The letters the press writes one sound with: g (غ, ج), th (ث, ت).
const THEH = 'ث';
const PAIRS: [string, string][] = [
  [GHAIN, JEEM],
  [THEH, 'ت'],
];
const SHEEN = 'ش';
const TEH_SHEEN = 'تش';
const MOST_FORMS = 64;
const ARTICLE = 'ال';

/**
 * The word's spellings: its g as either letter; in a short word its th as either letter ("ثي",
 * "تي"); a ch at its start as either; in a syllable ending in ng its vowel short or long
 * ("لونغ", "لوونغ").
 */
function wordForms(word: string): string[] {
  const forms = new Set([word]);
  for (const [a, b] of PAIRS) {
    if (a === THEH && word.length > 2) continue;
    for (const form of [...forms]) {
      if (form.includes(a)) forms.add(form.replaceAll(a, b));
      if (form.includes(b)) forms.add(form.replaceAll(b, a));
    }
  }
  // A ch at a word's start as تش or ش: "تشينه" and "شينه" (Chinh).
  for (const form of [...forms]) {
    if (form.startsWith(TEH_SHEEN) && form.length > 3) forms.add(form.slice(1));
    else if (form.startsWith(SHEEN) && form.length > 2) forms.add(`ت${form}`);
  }
  for (const form of [...forms]) {
    if (form.length < 4 || !/ن[غج]$/u.test(form)) continue;
    if (form[1] === WAW && form[2] === WAW) forms.add(form[0] + form.slice(2));
    else if (form[1] === WAW) forms.add(form[0] + WAW + form.slice(1));
  }
  return [...forms];
}

/** The name's spellings, word by word, the name itself first. */
function nameForms(text: string): string[] {
  let forms = [''];
  for (const word of text.split(' ')) {
    const next: string[] = [];
    for (const form of forms) for (const w of wordForms(word)) next.push(form ? `${form} ${w}` : w);
    forms = next.slice(0, MOST_FORMS);
  }
  return forms;
}

export function withArabicSpellings(specs: readonly AliasSpec[]): AliasSpec[] {
  const out = specs.slice();
  const seen = new Set(specs.map((spec) => `${spec.entityId}\n${spec.text}`));
  const add = (spec: AliasSpec, text: string) => {
    const key = `${spec.entityId}\n${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ ...spec, text });
  };
  for (const spec of specs) {
    if (spec.lang !== 'ar' || spec.exclude || spec.part) continue;
    // A country's name of one word with the article and without: the Maghreb's press writes
    // "الفيتنام", others "فيتنام"; "الإكوادور" and "إكوادور".
    if (spec.type === 'place' && !spec.text.includes(' ') && !spec.short) {
      add(
        spec,
        spec.text.startsWith(ARTICLE) ? spec.text.slice(ARTICLE.length) : ARTICLE + spec.text,
      );
    }
    if (spec.type !== 'person') continue;
    // The name itself: its forms with a title before it are found from it (title-before.ts).
    if (titleStart(` ${spec.text}`, 1 + spec.text.indexOf(' ') + 1) >= 0) continue;
    if (spec.text.startsWith(ARTICLE)) continue;
    for (const text of nameForms(spec.text)) add(spec, text);
  }
  return out;
}
