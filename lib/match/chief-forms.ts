import { LANGS, type Lang } from '../dataset/types';
import { foldedSets } from '../lang/frequent-words';
import { CHIEF_FORMS, HEAD_TITLES, UN_CHIEF_FORMS } from '../lang/titles';
import { isUnName } from './body-forms';
import { ARTICLE_WORDS, PREPOSITION_WORDS } from './body-words';
import { foldString } from './fold';
import { ACRONYM, type ShortForm } from './person-short-forms';

let heads: Record<Lang, Set<string>> | undefined;

/**
 * The acronym of the body a title says the person heads, or undefined: the title's words are a
 * head's title (HEAD_TITLES) and the body's acronym, joined by a link or a hyphen or not: "UNODC
 * Executive Director", "secretario general de la ONU", "UN-Generalsekretär".
 */
function bodyHeaded(
  title: string,
  lang: Lang,
  isBody: (acronym: string) => boolean,
): string | undefined {
  heads ??= foldedSets(HEAD_TITLES, ', ') as Record<Lang, Set<string>>;
  const words = title
    .trim()
    .split(/\s+/u)
    .flatMap((written) => {
      // "de l'ONU": the article written into the acronym's word.
      const word = written.replace(/^[ld]['’]/u, '');
      const [first, ...rest] = word.split('-');
      // "UN-Generalsekretär": the acronym joined to the title.
      return ACRONYM.test(first) && rest.length > 0 ? [first, rest.join('-')] : [word];
    });
  const acronyms = words.filter((word) => ACRONYM.test(word));
  // The acronym must be a body's of the packs: a "US President" is no "US chief".
  if (acronyms.length !== 1 || !isBody(acronyms[0])) return undefined;
  const rest = words
    .filter((word) => !ACRONYM.test(word))
    .map((word) => foldString(word).trim())
    .filter((word) => !PREPOSITION_WORDS.has(word) && !ARTICLE_WORDS.has(word));
  return heads[lang]?.has(rest.join(' ')) ? acronyms[0] : undefined;
}

/**
 * What the press calls the chief of a body the person heads, by its acronym: "UNODC chief",
 * "UNODC-Chefin", "jefa de la UNODC" of "UNODC Executive Director Ghada Waly". `titles` are the
 * person's titles and offices as written before the own name (or whole), with their language;
 * `isBody` says whether an acronym is the name of one of the packs' bodies.
 */
export function chiefForms(
  titles: readonly { title: string; lang: string }[],
  isBody: (acronym: string) => boolean,
): ShortForm[] {
  // A form two titles give is given twice; withShortForms keeps one.
  const forms: ShortForm[] = [];
  let unChief = false;
  for (const { title, lang } of titles) {
    if (!(LANGS as readonly string[]).includes(lang)) continue;
    const make = CHIEF_FORMS[lang as Lang];
    if (!make) continue;
    const acronym = bodyHeaded(title, lang as Lang, isBody);
    for (const text of acronym ? make(acronym) : []) forms.push({ text, lang, office: true });
    unChief ||= acronym !== undefined && isUnName(foldString(acronym).trim());
  }
  // The UN's chief by the UN's name written out, in every language.
  if (!unChief) return forms;
  for (const lang of LANGS) {
    for (const text of UN_CHIEF_FORMS[lang]) forms.push({ text, lang, office: true });
  }
  return forms;
}
