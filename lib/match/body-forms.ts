import { PATTERN_BODIES, wordList } from '../lang/pattern-words';
import { foldString } from './fold';
import type { AliasSpec } from './types';

// The ways each language writes "of the UN" after a name and "UN" before one (the name
// patterns' body vocabulary), without the adjectives ("onusien"), which agree with their noun.
const UN = PATTERN_BODIES.un;
const afterForms = (lang: string) =>
  wordList(UN.after[lang as keyof typeof UN.after]).filter((form) => !/^\p{Ll}+$/u.test(form));
const beforeForms = (lang: string) => wordList(UN.before[lang as keyof typeof UN.before]);
// Inside a body's name Spanish also leaves out the article: "Oficina de Naciones Unidas contra la
// Droga y el Delito" (the name patterns keep to the forms with it: each form there is a front).
const insideForms = (lang: string) =>
  lang === 'es' ? [...afterForms(lang), 'de Naciones Unidas'] : afterForms(lang);
const adjectiveForms = (lang: string) =>
  wordList(UN.after[lang as keyof typeof UN.after]).filter((form) => /^\p{Ll}+$/u.test(form));

/** The form of `forms` the text ends with (compared in lower case), the longest. */
function endingOf(text: string, forms: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  // The longest that fits: "Organizacji Narodów Zjednoczonych", not "Narodów Zjednoczonych".
  let found: string | undefined;
  for (const form of forms) {
    const fits = lower.endsWith(` ${form.toLowerCase()}`);
    if (fits && form.length > (found?.length ?? 0)) found = form;
  }
  return found;
}

/**
 * A German or Dutch name of one head word, "of the UN" and what the thing does, with the UN
 * joined to the head word instead, as the press writes it in small letters: "het VN-bureau voor
 * drugs en misdaad" of "Bureau van de Verenigde Naties voor Drugs en Misdaad", "UN-Büro für
 * Drogen- und Verbrechensbekämpfung". Small letters fit capitals on a page.
 */
function unJoined(text: string, lang: string): string[] {
  if ((lang !== 'de' && lang !== 'nl') || text.includes('(')) return [];
  const lower = text.toLowerCase();
  for (const form of afterForms(lang)) {
    const at = lower.indexOf(` ${form.toLowerCase()} `);
    const head = text.slice(0, at);
    if (at <= 0 || /\s/u.test(head)) continue;
    const rest = text.slice(at + form.length + 1).toLowerCase();
    const joined = beforeForms(lang).filter((b) => !/[\s.']/u.test(b));
    return joined.map((b) => `${b}-${head.toLowerCase()}${rest}`);
  }
  return [];
}

/** The text with its ending `from` (compared in lower case) written as each of `to`. */
function swapEnd(text: string, from: readonly string[], to: readonly string[]): string[] {
  const found = endingOf(text, from);
  if (!found) return [];
  const stem = text.slice(0, text.length - found.length);
  return to.filter((form) => form !== found).map((form) => stem + form);
}

/**
 * A body's name with "of the UN" inside it, before the words that say what the body does, with
 * each other way of writing it there: "Oficina de Naciones Unidas contra la Droga y el Delito"
 * of "Oficina de las Naciones Unidas contra ...", "Văn phòng LHQ về Ma túy và Tội phạm" of "Văn
 * phòng Liên hợp quốc về ...". The longest form found, at its first place.
 */
function swapInside(text: string, forms: readonly string[]): string[] {
  const lower = text.toLowerCase();
  let found: string | undefined;
  let at = -1;
  for (const form of forms) {
    const i = lower.indexOf(` ${form.toLowerCase()} `);
    if (i > 0 && form.length > (found?.length ?? 0)) [found, at] = [form, i + 1];
  }
  if (!found) return [];
  const head = text.slice(0, at);
  const rest = text.slice(at + found.length);
  return forms.filter((form) => form !== found).map((form) => head + form + rest);
}

/**
 * The text with its "of the UN" written in the lowest case the press uses ("des Nations unies"
 * for "des Nations Unies"), so that either case on a page matches.
 */
function lowestCase(text: string, lang: string): string {
  const found = endingOf(text, afterForms(lang));
  return found ? text.slice(0, text.length - found.length) + found : text;
}

/**
 * The text with its start `from`, before a space or a hyphen, written as each of `to`; or the
 * first of `from` that starts a hyphen compound after a word ("hochrangige UN-Konferenz").
 */
function swapStart(text: string, from: readonly string[], to: readonly string[]): string[] {
  let found: string | undefined;
  let at = 0;
  for (const form of from) {
    const fits = text.startsWith(`${form} `) || text.startsWith(`${form}-`);
    if (fits && form.length > (found?.length ?? 0)) found = form;
  }
  for (const form of found ? [] : from) {
    const inner = text.indexOf(` ${form}-`);
    if (inner > 0 && (!found || form.length > found.length)) [found, at] = [form, inner + 1];
  }
  if (!found) return [];
  const head = text.slice(0, at);
  const rest = text.slice(at + found.length);
  // A hyphen joins a one-word form only ("UNO-Konferenz", not "Vereinte Nationen-Konferenz").
  const fits = (form: string) => rest[0] === ' ' || !/[\s.']/u.test(form);
  return to.filter((form) => form !== found && fits(form)).map((form) => head + form + rest);
}

/** The form and what follows each of its words or an elided article: "de l'ONU", "l'ONU", "ONU". */
function tails(form: string): string[] {
  const words = form.split(' ');
  const out = words.map((_, i) => words.slice(i).join(' '));
  return [...out, ...out.map((tail) => tail.replace(/^\p{L}['’]/u, ''))];
}

/**
 * The aliases with the forms a name takes where it names the UN another way: "Bureau des affaires
 * juridiques des Nations unies" is also written "... de l'ONU", "Bureau Juridische Zaken van de
 * Verenigde Naties" "... van de VN", "UN Office of Legal Affairs" "U.N. Office of Legal Affairs",
 * "UN-Konferenz" "UNO-Konferenz". People's and places' names are left as they are, as are short
 * forms, name patterns' parts, the UN's own names (not the other names it excludes) and Arabic;
 * a form that is a name of anything already is not added.
 */
let unNamesFolded: ReadonlySet<string> | undefined;

/** The UN's names as the body vocabulary writes them, each folded: "nations unies", "onu". */
function unNames(): ReadonlySet<string> {
  unNamesFolded ??= new Set(
    Object.keys(UN.after).flatMap((lang) =>
      [...afterForms(lang), ...beforeForms(lang)].flatMap(tails).map((tail) => foldString(tail)),
    ),
  );
  return unNamesFolded;
}

/** Whether folded text is one of the UN's names, which other bodies' names hold. */
export const isUnName = (folded: string): boolean => unNames().has(folded);

/**
 * A thing whose name holds the UN's ("Büro der Vereinten Nationen für ...", "United Nations
 * Convention against Cybercrime") named by each of `heads` and the UN alone, as the press points
 * back at it: German and Dutch join the UN's short name by a hyphen ("UN-Büro", "UNO-Büro",
 * "VN-verdrag"), English writes it before the head ("UN treaty", "UN pact"), the others after
 * ("traité de l'ONU", "konwencja ONZ", "convention onusienne"). Outside German and Dutch only
 * for a document or an event (`thing`): "the United Nations Office" is any of the UN's offices;
 * but an Arabic body with the UN's adjective ("المكتب الأممي").
 */
export function unHeads(
  text: string,
  lang: string,
  heads: readonly string[],
  thing: boolean,
): string[] {
  const lower = ` ${text.toLowerCase()} `;
  const holds = (form: string) => lower.includes(` ${form.toLowerCase()} `);
  if (!afterForms(lang).some(holds) && !beforeForms(lang).some(holds)) return [];
  if (lang === 'de' || lang === 'nl') {
    const short = beforeForms(lang).filter((form) => !/[\s.]/u.test(form));
    return short.flatMap((form) => heads.map((head) => `${form}-${head}`));
  }
  // Arabic points back at an office with the UN's adjective, in both genders ("المكتب الأممي",
  // "الهيئة الأممية"); another office's name goes on with what it is for ("المكتب الأممي لحقوق
  // الإنسان"), which the checks where it is found reject (short-checks.ts).
  if (!thing && lang === 'ar')
    return heads.flatMap((head) => [`${head} الأممي`, `${head} الأممية`]);
  if (!thing) return [];
  const before = beforeForms(lang).filter((form) => !/['’]/u.test(form));
  if (before.length > 0) return before.flatMap((form) => heads.map((head) => `${form} ${head}`));
  // The adjectives too, in both genders, as the head takes one: "la convention onusienne",
  // "l'agence onusienne", "le traité onusien".
  const after = [...afterForms(lang), ...adjectiveForms(lang)];
  return after.flatMap((form) => heads.map((head) => `${head} ${form}`));
}

/**
 * A document named by its head word and the UN alone ("Charter of the United Nations", "Handvest
 * van de Verenigde Naties") with the UN written first, as English, Dutch and German also name it:
 * "UN Charter", "VN-Handvest", "UNO-Charta". The UN has one of it, so the form is a full name; a
 * name that says more ("... against Cybercrime") does not shorten so.
 */
function unFirst(text: string, lang: string): string[] {
  const found = endingOf(text, afterForms(lang));
  if (!found) return [];
  const head = text.slice(0, text.length - found.length).trim();
  if (!head || /\s/u.test(head)) return [];
  const joined = lang === 'de' || lang === 'nl';
  return beforeForms(lang)
    .filter((form) => !joined || !/[\s.']/u.test(form))
    .map((form) => (joined ? `${form}-${head}` : `${form} ${head}`));
}

/**
 * A body's or an event's name without the UN's, as the press names it beside the UN or once the
 * UN is plain from the story: "Office of Legal Affairs", "Văn phòng Pháp lý", "Bureau des affaires juridiques",
 * "Biuro Spraw Prawnych". Only a name that still says what it is (three words or more, four
 * syllables in Vietnamese, with a capital first): "General Assembly" may be anyone's.
 */
function withoutUn(text: string, lang: string): string | undefined {
  const end = endingOf(text, afterForms(lang));
  let rest = end ? text.slice(0, text.length - end.length) : undefined;
  if (rest === undefined) {
    const start = beforeForms(lang).find((form) => text.startsWith(`${form} `));
    if (start) rest = text.slice(start.length);
  }
  rest = rest?.trim();
  if (!rest || !/^\p{Lu}/u.test(rest)) return undefined;
  const words = rest.split(/\s+/u).length;
  return words >= (lang === 'vi' ? 4 : 3) ? rest : undefined;
}

export function withBodyForms(specs: readonly AliasSpec[]): AliasSpec[] {
  // The entity of each folded name and the names as written: a form another entity's name folds
  // to is left out, one written with other capitals than the entity's own is kept ("Uno-
  // Generalversammlung" beside "UNO-Generalversammlung": capitals must match on a page).
  const owners = new Map(specs.map((spec) => [foldString(spec.text).trim(), spec.entityId]));
  const written = new Set(specs.map((spec) => spec.text));
  // The UN itself, whose names these forms hold: "Organisation des Nations unies" is no body of it.
  const bodies = new Set(
    specs.filter((spec) => isUnName(foldString(spec.text).trim())).map((spec) => spec.entityId),
  );
  const out = specs.slice();
  for (const [i, spec] of specs.entries()) {
    if (spec.short || spec.part || spec.type === 'person' || spec.type === 'place') continue;
    // Arabic joins the UN's name in two ways, by whether the noun before it has the article.
    if (spec.lang === 'ar' || (bodies.has(spec.entityId) && !spec.exclude)) continue;
    const { lang } = spec;
    const text = lowestCase(spec.text, lang);
    if (text !== spec.text) out[i] = { ...spec, text };
    const forms = [
      ...swapEnd(text, afterForms(lang), afterForms(lang)),
      ...swapStart(text, beforeForms(lang), beforeForms(lang)),
      ...(spec.type === 'document' ? unFirst(text, lang) : []),
      ...(spec.type === 'organisation' ? swapInside(text, insideForms(lang)) : []),
      ...unJoined(text, lang),
    ];
    for (const form of forms) {
      const folded = foldString(form).trim();
      const recased = owners.get(folded) === spec.entityId && !written.has(form);
      if (owners.has(folded) && !recased) continue;
      owners.set(folded, spec.entityId);
      written.add(form);
      out.push({ ...spec, text: form });
    }
    const bare = spec.exclude || spec.type === 'document' ? undefined : withoutUn(text, lang);
    if (bare && !owners.has(foldString(bare).trim())) {
      owners.set(foldString(bare).trim(), spec.entityId);
      // A body's is generic, counting where the UN or another home is named ("auf Seiten der
      // Vereinten Nationen ... das Büro für Rechtsangelegenheiten"); an event's, a short form.
      const kind = spec.type === 'organisation' ? { generic: true } : { short: true };
      out.push({ ...spec, text: bare, ...kind });
    }
  }
  return out;
}
