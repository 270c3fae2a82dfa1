import { LANGS, type Lang } from '../dataset/types';
import { FIELD_MINISTRY_NAMES, isHeadWord, MINISTRY_WORDS } from '../lang/heads';
import { oneWordLinks } from '../lang/links';
import { ARTICLE_WORDS } from './body-words';
import { chiefForms } from './chief-forms';
import { demonymShortForms } from './demonyms';
import { foldString } from './fold';
import { headShortForms } from './head-short-forms';
import { hostForms } from './host-forms';
import { isHead } from './name-words';
import {
  bodyOfficeForms,
  officeNames,
  officeTitles,
  personShortForms,
  roleShortForms,
  type ShortForm,
  titledShortForms,
  titleShortForms,
  writtenTitles,
} from './person-short-forms';
import { capitalForms, kindForms, organisationForms, stateRegionForms } from './region-forms';
import type { AliasSpec } from './types';

/**
 * A body's, a document's or an event's name that starts with the word for its kind and has a
 * capital further on, or a generic name of one word, is written with that word in small letters
 * too ("ministerie van Buitenlandse Zaken", "ministère des Affaires étrangères", "comité de
 * pilotage de la Convention de Hanoï", "la convention de Hanoï", "konwencja z Hanoi"): the word
 * alone is the common noun, the capitals after it keep the name. So is an English name that ends
 * on the word after capitalised words ("the Hanoi convention"), and a body's generic name of its
 * kind alone (`kindAlone`), all in small letters. Not German, whose nouns all take
 * capitals, nor Vietnamese, whose small "bộ" is a syllable of other words ("câu lạc bộ Công an Hà
 * Nội").
 */
function lowerKind(spec: AliasSpec): string {
  const { text, lang, type } = spec;
  const kind = type === 'organisation' || type === 'document' || type === 'event';
  if (!kind || spec.short || spec.part || lang === 'de' || lang === 'vi') return text;
  if (!LANGS.includes(lang as Lang)) return text;
  const space = text.indexOf(' ');
  // A generic name of one word is the common noun itself: "het politbureau", "the politburo".
  if (space < 0 && spec.generic && /^\p{Lu}\p{Ll}+$/u.test(text)) return text.toLowerCase();
  if (space < 0) return text;
  if (type === 'organisation' && spec.generic && lang !== 'ar' && kindAlone(text, lang as Lang)) {
    return text.toLowerCase();
  }
  if (lang === 'en' && type !== 'organisation') {
    const words = text.split(' ');
    const last = words.length - 1;
    const capitalised = words.every((word) => /^\p{Lu}/u.test(word));
    if (capitalised && isHeadWord(foldString(words[last]).trim(), lang)) {
      return [...words.slice(0, last), words[last].toLowerCase()].join(' ');
    }
  }
  if (!/^\p{Lu}\p{Ll}/u.test(text) || !/\p{Lu}/u.test(text.slice(space))) return text;
  const first = foldString(text.slice(0, space)).trim();
  if (!isHeadWord(first, lang as Lang)) return text;
  return text[0].toLowerCase() + text.slice(1);
}

/**
 * Whether a body's generic name is its kind and what describes it, with no link and so no
 * field or owner ("Steering Committee", "comité Directivo", "komitet Sterujący"): written in
 * small letters it names the same body, as a page that introduces it writes ("a steering
 * committee", "un comité directivo"). Not one every organisation has ("General Assembly",
 * "Central Committee"), nor a name with a link ("ministry of Finance") or with no head word
 * ("Affaires étrangères"): their capitals tell them from prose.
 */
function kindAlone(text: string, lang: Lang): boolean {
  const words = foldString(text).trim().split(' ');
  const links = cutLinksOf(lang);
  if (words.some((word) => links.has(word) || EVERY_BODYS.has(word))) return false;
  return words.some((word) => isHeadWord(word, lang));
}

// Words that describe a kind every organisation has, folded: "a general assembly", "the
// central committee" in small letters are any association's or party's.
const EVERY_BODYS = new Set(
  'general generale algemene ogolne ogolny central centrale centraal centralny'.split(' '),
);
// The same in Arabic, folded and without the article: "لجنة مركزية", "جمعية عامة", "مكتب
// سياسي" (every party has a political bureau).
const EVERY_BODYS_AR = new Set(['مركزية', 'عامة', 'سياسي'].map((word) => foldString(word).trim()));

const OFFICE_AR = foldString('مكتب').trim();

/**
 * An Arabic generic name of a body's kind and what describes it, each with the article
 * ("اللجنة التوجيهية"), without it: "a steering committee" as a page that introduces the body
 * writes it ("لجنة توجيهية خاصة بمراسم التوقيع").
 */
function arabicIndefinite(spec: AliasSpec): string | undefined {
  if (spec.lang !== 'ar' || spec.type !== 'organisation' || !spec.generic) return;
  if (spec.short || spec.part || spec.exclude) return;
  const words = spec.text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 3 || !words.every((w) => w.startsWith('ال'))) return;
  const bare = words.map((w) => w.slice(2));
  const folded = bare.map((w) => foldString(w).trim());
  // "مكتب قانوني" is any law firm: an office without its article says too little.
  if (!isHeadWord(folded[0], 'ar') || folded[0] === OFFICE_AR) return;
  if (folded.some((w) => EVERY_BODYS_AR.has(w))) return;
  return bare.join(' ');
}

// The word for a ministry in each language, as a name starts with it or (German) ends a word;
// not the Vietnamese "Bộ", which starts other bodies' names too ("Bộ Chính trị").
const MINISTRY =
  /^(?:ministry|ministerstw[oaueiy]\w*|ministerie|minist[eè]re|ministerio|وزارة)\s|ministeriums?(?:\s|$)/iu;

/**
 * Whether an alias names a ministry by its field alone ("Ministry of Finance", "Ministerie van
 * Financiën", "Finanzministerium", "وزارة المالية"): every country has one, so it is generic
 * (counted only beside a name that is not) unless it holds a place's name ("Bộ Công an Việt
 * Nam", "Vietnam's Ministry of Public Security").
 */
function ministryOfField(spec: AliasSpec, places: readonly string[]): boolean {
  if (spec.type !== 'organisation' || spec.short || spec.part || spec.exclude) return false;
  if (!MINISTRY.test(spec.text)) return false;
  const folded = ` ${foldString(spec.text).trim()} `;
  return !places.some((place) => place && folded.includes(` ${place} `));
}

/**
 * A ministry's name by its field with the language's other word for a ministry, in small
 * letters as the press writes it: "resort bezpieczeństwa publicznego" of "Ministerstwo
 * Bezpieczeństwa Publicznego" (its cases follow, polish-cases.ts).
 */
function ministryWordForm(spec: AliasSpec): string | undefined {
  const word = MINISTRY_WORDS[spec.lang as Lang];
  if (!word || spec.type !== 'organisation' || spec.short || spec.part || spec.exclude) return;
  const [head, ...field] = spec.text.trim().split(/\s+/u);
  if (field.length === 0 || !MINISTRY.test(`${head} `)) return;
  return `${word} ${field.join(' ').toLowerCase()}`;
}

/**
 * An English ministry's name with its field first after "the", as the press writes it: "the
 * finance ministry" of "Ministry of Finance", "the public security ministry"; a field that a national
 * body's adjective opens also without it ("the defence ministry" of "Ministry of National
 * Defence"). Not a field the press names another way ("Foreign Affairs": "the foreign ministry").
 */
function fieldFirstForms(spec: AliasSpec): string[] {
  if (spec.lang !== 'en' || spec.type !== 'organisation' || spec.short || spec.part) return [];
  const field = /^Ministry of (?:the )?(\p{Lu}[\p{L} ]*)$/u.exec(spec.text.trim())?.[1];
  if (!field || /\baffairs\b/iu.test(field)) return [];
  // With the article: "a finance ministry delegation", "its defence ministry" are as often
  // another country's.
  const words = field.toLowerCase().split(/\s+/u);
  const forms = [`the ${words.join(' ')} ministry`];
  if (words.length === 2 && words[0] === 'national') forms.push(`the ${words[1]} ministry`);
  return forms;
}

/**
 * A German or Dutch name that ends on one of the pack's places in the genitive, with the place's
 * genitive before it instead, as the press writes it too: "Vietnams Hauptstadt" of "Hauptstadt
 * Vietnams", "Vietnams hoofdstad" of "hoofdstad van Vietnam", as English writes "Vietnam's
 * capital". A place's name only: a body's ("Vietnams Außenministerium") is the place's and a
 * generic name of the body already.
 */
function genitiveFirst(spec: AliasSpec, places: readonly string[]): string | undefined {
  const { lang, type } = spec;
  if ((lang !== 'de' && lang !== 'nl') || type !== 'place' || spec.short || spec.part) return;
  const words = spec.text.trim().split(/\s+/u);
  if (words.length < 2) return;
  const last = words[words.length - 1];
  // Not where the place is the genitive of a name inside: "Zentralkomitee der Kommunistischen
  // Partei Vietnams", "Kabinet van de President van Vietnam".
  const before = words.slice(0, lang === 'nl' ? -2 : -1).map((word) => foldString(word).trim());
  const links = cutLinksOf(lang);
  if (before.some((word) => links.has(word) || ARTICLE_WORDS.has(word))) return;
  for (const place of places) {
    if (lang === 'de' && last === `${place}s`) {
      return `${place}s ${words.slice(0, -1).join(' ')}`;
    }
    if (lang === 'nl' && last === place && words.length >= 3 && words[words.length - 2] === 'van') {
      return `${place}s ${words.slice(0, -2).join(' ')}`;
    }
  }
  return undefined;
}

/**
 * The names the press gives a ministry of one field instead of its own (`FIELD_MINISTRY_NAMES`):
 * "Cancillería" of "Ministerio de Relaciones Exteriores".
 */
function fieldMinistryNames(spec: AliasSpec): readonly string[] {
  const byField = FIELD_MINISTRY_NAMES[spec.lang as Lang];
  if (!byField || spec.type !== 'organisation' || spec.short || spec.part || spec.exclude)
    return [];
  const words = foldString(spec.text).trim().split(/\s+/u);
  if (!MINISTRY.test(`${words[0]} `)) return [];
  const link = cutLinksOf(spec.lang as Lang).has(words[1]) ? 2 : 1;
  return byField[words.slice(link).join(' ')] ?? [];
}

// The words a body's name is cut before: the one-word links of its language's names.
const cutLinks = new Map<Lang, ReadonlySet<string>>();
function cutLinksOf(lang: Lang): ReadonlySet<string> {
  const known = cutLinks.get(lang);
  if (known) return known;
  const links = new Set(oneWordLinks(lang));
  cutLinks.set(lang, links);
  return links;
}
// An Arabic link is a prefix: "لحفل", "للحزب".
const ARABIC_LINKED = /^ل[^ا\s]\p{L}{2,}$/u;
/** The most words a shortened name before a place keeps ("Office of the President"). */
const BEFORE_PLACE = 4;
/** A number that says which one: "14th", "14e", "14.", "XIV", "XIVe". */
const ORDINAL = /^(?:\d+(?:st|nd|rd|th|e|er|\.)?|[IVXLC]{2,}(?:e|er)?)$/u;

/** Languages that write a body's head as one word with what describes it ("Zentralkomitee"). */
const COMPOUNDING = new Set(['de', 'nl']);

/** Whether the folded words, articles aside, are the full name of a body other than `entityId`. */
function ownedBy(words: readonly string[], entityId: string, owners: ReadonlyMap<string, string>) {
  let from = 0;
  while (from < words.length && ARTICLE_WORDS.has(words[from])) from++;
  const owner = owners.get(words.slice(from).join(' '));
  return owner !== undefined && owner !== entityId;
}

/**
 * A body's name cut before a link, as the press names the body once the story has set the
 * scene: "Steering Committee" of "Steering Committee for the Hanoi Convention signing ceremony",
 * "Comité de pilotage" (…de la cérémonie de signature…), "Central Committee" (…of the Communist
 * Party of Vietnam), "اللجنة التوجيهية" (…لحفل توقيع…), "Office of the President" (…of
 * Vietnam). The part kept is the shortest of two words or more that holds a head word and no
 * other name of the pack ("United Nations Office" of "United Nations Office on Drugs and
 * Crime" holds the UN's); cut before a place alone it must hold a link itself, in four words at
 * most, or be a proper name of two words ("Communist Party" of "Communist Party of Vietnam", any
 * country's: generic, it counts beside a name that is not).
 */
function shortenedName(
  spec: AliasSpec,
  places: ReadonlySet<string>,
  bodies: ReadonlySet<string>,
  owners: ReadonlyMap<string, string>,
): string | undefined {
  const { type, lang } = spec;
  const event = type === 'event';
  if (type !== 'organisation' && !event) return;
  if (spec.short || spec.part || spec.exclude || spec.generic) return;
  const links = lang === 'ar' ? undefined : cutLinksOf(lang as Lang);
  if (links?.size === 0) return;
  const words = spec.text.trim().split(/\s+/u);
  const folded = words.map((word) => foldString(word).trim());
  const isLink = (i: number) => links?.has(folded[i]) ?? ARABIC_LINKED.test(words[i]);
  // One word, a compound, before the body it belongs to: "Zentralkomitee" of "Zentralkomitee
  // der Kommunistischen Partei Vietnams".
  if (COMPOUNDING.has(lang) && words.length > 2 && isHead(folded[0], true)) {
    const rest = links?.has(folded[1]) ? folded.slice(2) : folded.slice(1);
    if (ownedBy(rest, spec.entityId, owners)) return words[0];
  }
  for (let cut = 2; cut < words.length; cut++) {
    if (!isLink(cut)) continue;
    const kept = folded.slice(0, cut);
    // An event's name says which one by its number: "14th National Congress", "XIV Congreso
    // Nacional", "Đại hội đại biểu toàn quốc lần thứ XIV".
    if (event && !words.slice(0, cut).some((word) => ORDINAL.test(word))) return;
    if (!event && !kept.some((word) => isHeadWord(word, lang as Lang))) continue;
    if (holdsName(kept, bodies)) continue;
    let rest = links ? folded.slice(cut + 1) : [folded[cut].slice(1), ...folded.slice(cut + 1)];
    while (rest.length > 0 && ARTICLE_WORDS.has(rest[0])) rest = rest.slice(1);
    if (rest.length === 0) continue;
    const linked = kept.slice(1).some((_, k) => isLink(k + 1));
    // A proper name of its head and one word is cut before its place too: "Communist Party",
    // "Communistische Partij", "Parti communiste" (generic: any country's).
    const named = cut === 2 && /^\p{Lu}/u.test(words[0]);
    if (places.has(rest.join(' ')) && ((!linked && !named) || cut > BEFORE_PLACE)) return;
    return words.slice(0, cut).join(' ');
  }
  return undefined;
}

/** The fewest words a name without its place keeps: "Zentralkomitee der Kommunistischen Partei". */
const WITHOUT_PLACE = 4;

/**
 * A body's or an event's name that ends on its country, without it, as the press writes it once
 * the country is plain from the story: "Central Committee of the Communist Party", "14e Nationale
 * Congres van de Communistische Partij", "Zentralkomitee der Kommunistischen Partei" (of
 * "... Vietnams"). What is left must still be a name: four words or more, ending on a capital,
 * with no place in it. Generic: it counts beside a name that is not, or where its home is named.
 */
function withoutPlace(
  spec: AliasSpec,
  places: ReadonlySet<string>,
  things: ReadonlySet<string>,
): string | undefined {
  const { type, lang } = spec;
  if (type !== 'organisation' && type !== 'event') return;
  if (spec.short || spec.part || spec.exclude || spec.generic || lang === 'ar') return;
  const words = spec.text.trim().split(/\s+/u);
  const folded = words.map((word) => foldString(word).trim());
  const links = cutLinksOf(lang as Lang);
  for (let from = words.length - 1; from >= WITHOUT_PLACE; from--) {
    const place = folded.slice(from).join(' ');
    const genitive = lang === 'de' && place.endsWith('s') && places.has(place.slice(0, -1));
    if (!places.has(place) && !genitive) continue;
    let cut = from;
    while (cut > 0 && ARTICLE_WORDS.has(folded[cut - 1])) cut--;
    if (cut > 0 && links.has(folded[cut - 1])) cut--;
    const kept = words.slice(0, cut);
    const last = kept[kept.length - 1] ?? '';
    if (kept.length < WITHOUT_PLACE || !/^\p{Lu}/u.test(last)) return;
    if (holdsName(folded.slice(0, cut), places)) return;
    // Not the place of a document or an event named inside: "ceremonia de firma de la
    // Convención de Hanói".
    for (let k = 1; k < cut; k++) if (things.has(folded.slice(k).join(' '))) return;
    return kept.join(' ');
  }
  return undefined;
}

/** Whether a run of the folded words, a possessive's ending aside, is one of `names`. */
function holdsName(words: readonly string[], names: ReadonlySet<string>): boolean {
  const bare = words.map((word) => word.replace(/['’]s?$/u, ''));
  for (let from = 0; from < bare.length; from++) {
    for (let to = from + 1; to <= bare.length; to++) {
      if (names.has(bare.slice(from, to).join(' '))) return true;
    }
  }
  return false;
}

/**
 * The shortened name as a page may write it: in French, Spanish and Dutch, whose press writes
 * such names in small letters but their first ("comité de pilotage", "Bureau du président"), in
 * small letters, which match either case.
 */
function shortenedForm(text: string, lang: string): string {
  return lang === 'fr' || lang === 'es' || lang === 'nl' ? text.toLowerCase() : text;
}

const isAcronym = (text: string) => /^\p{Lu}{3,6}$/u.test(text);

/**
 * A body's initials in any of its names with capitals, from its first capitalised word or a
 * later one (a body or a country before the name stays out of it): "OLA" of "United Nations
 * Office of Legal Affairs", "MPS" of "Ministry of Public Security". Once the body is named, in
 * any language, the press uses them alone: "le Bureau des affaires juridiques des Nations unies
 * (OLA)". A word in capitals gives all its letters ("UN").
 */
function initialsOf(own: readonly ShortForm[]): ShortForm[] {
  const forms: ShortForm[] = [];
  for (const { text, lang } of own) {
    if (lang === 'vi') {
      forms.push(...vietnameseInitials(text));
      continue;
    }
    const words = text.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w));
    const letters = words.map((w) => (/^\p{Lu}+$/u.test(w) ? w : w[0]));
    for (let from = 0; from < letters.length; from++) {
      const initials = letters.slice(from).join('');
      if (isAcronym(initials)) forms.push({ text: initials, lang });
    }
  }
  return forms;
}

/** The most syllables a Vietnamese name is written short by: "VPCTN", "Văn phòng Chủ tịch nước". */
const VI_INITIALS = 6;

/**
 * A Vietnamese body's initials: one letter for each syllable, as a capital, not only for each
 * capitalised one ("BCĐ" of "Ban Chỉ đạo", "TTXVN" of "Thông tấn xã Việt Nam"), of a name of
 * three to six syllables; and a ministry's word with the initials of its field ("Bộ CA" of "Bộ
 * Công an", "Bộ QP" of "Bộ Quốc phòng").
 */
function vietnameseInitials(text: string): ShortForm[] {
  const syllables = text.trim().split(/\s+/u);
  if (syllables.length > VI_INITIALS || !/^\p{Lu}/u.test(text)) return [];
  // A link is no part of the initials ("Đại hội đồng của LHQ"): such a name gives none.
  const links = cutLinksOf('vi');
  if (syllables.some((syllable) => links.has(foldString(syllable).trim()))) return [];
  // An acronym in the name gives all its letters: "ĐHĐLHQ" of "Đại hội đồng LHQ".
  const initial = (w: string) => (/^\p{Lu}+$/u.test(w) ? w : w[0].toUpperCase());
  const initials = (words: readonly string[]) => words.map(initial).join('');
  const forms: ShortForm[] = [];
  if (syllables.length >= 3) forms.push({ text: initials(syllables), lang: 'vi' });
  // ... or apart from it: "ĐHĐ LHQ".
  const last = syllables.length - 1;
  if (last >= 3 && /^\p{Lu}{2,}$/u.test(syllables[last])) {
    forms.push({ text: `${initials(syllables.slice(0, last))} ${syllables[last]}`, lang: 'vi' });
  }
  if (syllables[0] === 'Bộ' && syllables.length >= 3 && syllables.length <= 4) {
    forms.push({ text: `Bộ ${initials(syllables.slice(1))}`, lang: 'vi' });
  }
  return forms;
}

/**
 * The titles, by language and folded, that two or more people's names begin with ("Minister",
 * "General", "Bộ trưởng", "ông"): a rank many hold, or a courtesy title, names no one alone.
 */
function sharedTitles(names: ReadonlyMap<string, AliasSpec[]>): Set<string> {
  const holders = new Map<string, Set<string>>();
  for (const [entityId, own] of names) {
    if (own[0].type !== 'person') continue;
    for (const { text, lang } of own) {
      const words = foldString(text).trim().split(' ');
      for (let n = 1; n < words.length; n++) {
        const key = `${lang}\n${words.slice(0, n).join(' ')}`;
        const set = holders.get(key) ?? new Set<string>();
        set.add(entityId);
        holders.set(key, set);
      }
    }
  }
  return new Set([...holders].filter(([, people]) => people.size > 1).map(([key]) => key));
}

/** Adds `spec` to its entity's list in `lists`. */
function addTo(lists: Map<string, AliasSpec[]>, spec: AliasSpec): void {
  const list = lists.get(spec.entityId);
  if (list) list.push(spec);
  else lists.set(spec.entityId, [spec]);
}

/**
 * The aliases with the short forms the rules give each entity (docs/PACKS.md, "what a pack gets
 * by rule"): a person's surname or given name, an event's, a document's or a body's head word
 * with the language's article; and a person's names that name the office alone are marked so
 * (AliasSpec.office). Every pack gets them where its aliases become a matcher, so a reader's
 * own story has them too. A form is left out when it is a full name of anything, or one the
 * entity lists already; a form two entities share is kept for both, and the page decides
 * (short-forms.ts).
 */
export function withShortForms(specs: readonly AliasSpec[]): AliasSpec[] {
  const fold = (text: string) => foldString(text).trim();
  const taken = new Set<string>();
  const listed = new Set<string>();
  const names = new Map<string, AliasSpec[]>();
  // Who lists each folded form: an entity's id, or '' when several do.
  const listers = new Map<string, string>();
  const listedByOthers = (entityId: string, folded: string) => {
    const by = listers.get(folded);
    return by !== undefined && by !== entityId;
  };
  // A body's generic names head its short forms too: "het ministerie" after "het ministerie van
  // Openbare Veiligheid", which a page of the story names without its country.
  const generic = new Map<string, AliasSpec[]>();
  // The short forms a pack lists: a place's host name gives it the others (host-forms.ts).
  const listedShort = new Map<string, AliasSpec[]>();
  for (const spec of specs) {
    const folded = fold(spec.text);
    listed.add(`${spec.entityId}\n${folded}`);
    const by = listers.get(folded);
    listers.set(folded, by === undefined || by === spec.entityId ? spec.entityId : '');
    if (spec.short) addTo(listedShort, spec);
    if (spec.short || spec.exclude) continue;
    if (spec.generic) {
      if (spec.type === 'organisation') addTo(generic, spec);
      continue;
    }
    taken.add(folded);
    addTo(names, spec);
  }
  // A person's names that name the office alone are marked so (AliasSpec.office).
  const offices = new Set<AliasSpec>();
  for (const own of names.values()) {
    if (own[0].type === 'person') for (const office of officeNames(own)) offices.add(office);
  }
  const places = specs
    .filter((spec) => spec.type === 'place' && !spec.short)
    .map((s) => fold(s.text));
  const placeSet = new Set(places);
  const bodies = new Set(
    specs.filter((spec) => spec.type !== 'person' && !spec.short).map((s) => fold(s.text)),
  );
  const bodyNames = new Set(
    specs.filter((spec) => spec.type === 'organisation' && !spec.short).map((s) => fold(s.text)),
  );
  const things = new Set(
    specs
      .filter((spec) => (spec.type === 'document' || spec.type === 'event') && !spec.short)
      .map((s) => fold(s.text)),
  );
  // What another body's name may say it belongs to or is for, to its entity: each body's full
  // names, and each event's, generic ones too ("ondertekeningsceremonie").
  const owners = new Map<string, string>();
  for (const spec of specs) {
    if (spec.short || spec.part || spec.exclude) continue;
    if (spec.type === 'event' || (spec.type === 'organisation' && !spec.generic)) {
      owners.set(fold(spec.text), spec.entityId);
    }
  }
  const shortened: AliasSpec[] = [];
  /** Adds `form` of the name `cut` from `spec` as a generic name, unless it is taken or listed. */
  const addShortened = (spec: AliasSpec, cut: string, form: string) => {
    const key = `${spec.entityId}\n${fold(cut)}`;
    if (taken.has(fold(cut)) || listed.has(key)) return;
    listed.add(key);
    shortened.push({ ...spec, text: form, generic: true });
  };
  // German and Dutch write a place's genitive before the name too (genitiveFirst).
  const placeWords = specs
    .filter((spec) => spec.type === 'place' && !spec.short && !spec.text.includes(' '))
    .map((spec) => spec.text);
  for (const spec of specs) {
    const first = genitiveFirst(spec, placeWords);
    const key = first && `${spec.entityId}\n${fold(first)}`;
    if (first && key && !taken.has(fold(first)) && !listed.has(key)) {
      listed.add(key);
      shortened.push({ ...spec, text: first });
    }
    const name = shortenedName(spec, placeSet, bodies, owners);
    if (name) addShortened(spec, name, shortenedForm(name, spec.lang));
    const bare = withoutPlace(spec, placeSet, things);
    if (bare) addShortened(spec, bare, bare);
    const other = spec.generic ? ministryWordForm(spec) : undefined;
    if (other) addShortened(spec, other, other);
    if (spec.generic) for (const form of fieldFirstForms(spec)) addShortened(spec, form, form);
    if (spec.generic) for (const name of fieldMinistryNames(spec)) addShortened(spec, name, name);
  }
  // Of the names cut short too: "لجنة توجيهية" of "اللجنة التوجيهية" of the full name.
  for (const spec of [...specs, ...shortened]) {
    const indefinite = arabicIndefinite(spec);
    if (indefinite) addShortened(spec, indefinite, indefinite);
  }
  const out = [...specs, ...shortened].map((spec) => {
    const text = lowerKind(spec);
    const office = offices.has(spec);
    const generic = !spec.generic && ministryOfField(spec, places);
    if (!office && !generic && text === spec.text) return spec;
    return { ...spec, text, ...(office ? { office } : {}), ...(generic ? { generic } : {}) };
  });
  const seen = new Set<string>();
  // A title two people share names no one alone ("General", "Mme"), unless it begins a name of
  // an office ("secrétaire général de l'ONU"): then each holder has it, and the page gives it to
  // the one named last before it ("le secrétaire général" after To Lam is his).
  const shared = sharedTitles(names);
  const officeTitleKeys = new Set<string>();
  for (const own of names.values()) {
    if (own[0].type !== 'person') continue;
    for (const { title, lang } of officeTitles(own)) officeTitleKeys.add(`${lang}\n${fold(title)}`);
  }
  // A demonym is the short form of a pack's only person from that country: where several are,
  // the press uses it for others it does not name too ("a Vietnamese official said").
  const countries = new Map<string, number>();
  for (const own of names.values()) {
    const country = own[0].type === 'person' ? own[0].country : undefined;
    if (country) countries.set(country, (countries.get(country) ?? 0) + 1);
  }
  for (const [entityId, own] of names) {
    const type = own[0].type;
    let forms: ShortForm[] = [];
    if (type === 'person') {
      const alone = (title: string, lang: string) =>
        !shared.has(`${lang}\n${fold(title)}`) || officeTitleKeys.has(`${lang}\n${fold(title)}`);
      const titles = titleShortForms(own).filter((t) => alone(t.text, t.lang));
      const roles = roleShortForms(own, alone);
      const offices = bodyOfficeForms(own).filter((t) => alone(t.text, t.lang));
      const chiefs = chiefForms(writtenTitles(own), (acronym) =>
        bodyNames.has(fold(acronym)),
      ).filter((t) => alone(t.text, t.lang));
      forms = [
        ...personShortForms(own),
        ...titles,
        ...offices,
        ...roles,
        ...chiefs,
        ...titledShortForms(own),
      ];
      const country = own[0].country;
      if (country && countries.get(country) === 1) forms.push(...demonymShortForms(country));
    } else if (type === 'event' || type === 'document') {
      forms = headShortForms(own, type, taken);
    } else if (type === 'organisation') {
      forms = headShortForms([...own, ...(generic.get(entityId) ?? [])], type, taken);
      forms.push(...organisationForms(own));
    } else if (type === 'place') {
      const hosts = hostForms([...own, ...(listedShort.get(entityId) ?? [])]);
      forms = [...stateRegionForms(own), ...capitalForms(own), ...kindForms(own), ...hosts];
    }
    // Initials another entity lists are its own, generic or not: "PCV" of "Comité Central del
    // Partido Comunista de Vietnam" is the party's.
    if (type === 'organisation') {
      // A body's generic names are written short too ("MSZ" of "Ministerstwo Spraw
      // Zagranicznych", without its country), and a Vietnamese body's head words ("BCĐ" of "Ban
      // Chỉ đạo").
      const cut = [...(generic.get(entityId) ?? []), ...forms.filter((g) => g.lang === 'vi')];
      const initials = initialsOf([...own, ...cut]);
      forms.push(...initials.filter(({ text }) => !listedByOthers(entityId, fold(text))));
    }
    for (const { text, lang, titled, office, described, kind } of forms) {
      const folded = fold(text);
      // An acronym is one form in every language.
      const key = `${entityId}\n${isAcronym(text) ? '' : lang}\n${folded}${described ? '\n+' : ''}`;
      if (!folded || taken.has(folded) || listed.has(`${entityId}\n${folded}`) || seen.has(key)) {
        continue;
      }
      seen.add(key);
      out.push({
        text,
        entityId,
        lang,
        type,
        short: true,
        ...(titled ? { titled } : {}),
        ...(office ? { office } : {}),
        ...(described ? { described } : {}),
        ...(kind ? { kind } : {}),
      });
    }
  }
  return out;
}
